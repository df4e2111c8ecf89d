package org.byterun.nodes;

import org.byterun.loader.CodeObject;
import org.byterun.runtime.PyCell;
import org.byterun.runtime.PyDict;
import org.byterun.runtime.PyFunction;
import org.byterun.runtime.PyTuple;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** MAKE_FUNCTION and SET_FUNCTION_ATTRIBUTE. */
public final class FunctionOps {
    private FunctionOps() {
    }

    @TruffleBoundary
    public static PyFunction makeFunction(Object code, PyDict globals) {
        return new PyFunction((CodeObject) code, globals);
    }

    /** flag 1 defaults, 2 keyword-only defaults, 4 annotations, 8 closure. */
    @TruffleBoundary
    public static void setAttribute(PyFunction fn, int flag, Object value) {
        switch (flag) {
            case 1 -> fn.setDefaults(((PyTuple) value).items());
            case 2 -> fn.setKwDefaults((PyDict) value);
            case 4 -> fn.setAnnotations(value);
            case 8 -> {
                Object[] cells = ((PyTuple) value).items();
                PyCell[] closure = new PyCell[cells.length];
                for (int i = 0; i < cells.length; i++) {
                    closure[i] = (PyCell) cells[i];
                }
                fn.setClosure(closure);
            }
            default -> throw org.byterun.runtime.PyErrors.systemError("bad SET_FUNCTION_ATTRIBUTE flag " + flag);
        }
    }
}

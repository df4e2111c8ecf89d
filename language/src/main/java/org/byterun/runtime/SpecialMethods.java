package org.byterun.runtime;

import static org.byterun.bytecode.Opcodes.*;

import org.byterun.nodes.Calls;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The data-model fallback: when no built-in fast path handles an operation, look the special method
 * ({@code __add__}, {@code __len__}, ...) up on the operand's type, as CPython's slots do.
 */
public final class SpecialMethods {
    private SpecialMethods() {
    }

    private static final String[] BINARY_NAMES = {"add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift", "sub", "truediv", "xor"};

    /** Calls {@code self.name(args)} if the type defines it; null if it does not. */
    @TruffleBoundary
    public static Object call(Object self, String name, Object... args) {
        Object method = PyObjects.typeOf(self).lookup(name);
        if (method == null) {
            return null;
        }
        return Calls.call(method, Calls.prepend(self, args));
    }

    /** a OP b through __op__ / __rop__ (and __iop__ for in-place forms); null when neither handles it. */
    @TruffleBoundary
    public static Object binary(int op, Object a, Object b) {
        boolean inplace = op >= NB_INPLACE_ADD;
        String base = BINARY_NAMES[inplace ? op - NB_INPLACE_ADD : op];
        if (inplace) {
            Object r = call(a, "__i" + base + "__", b);
            if (r != null && r != PyNotImplemented.INSTANCE) {
                return r;
            }
        }
        PyType ta = PyObjects.typeOf(a);
        PyType tb = PyObjects.typeOf(b);
        // a subclass's reflected method gets the first chance, as in CPython
        boolean rightFirst = tb != ta && tb.isSubtypeOf(ta) && tb.lookup("__r" + base + "__") != ta.lookup("__r" + base + "__");
        if (rightFirst) {
            Object r = call(b, "__r" + base + "__", a);
            if (r != null && r != PyNotImplemented.INSTANCE) {
                return r;
            }
        }
        Object r = call(a, "__" + base + "__", b);
        if (r != null && r != PyNotImplemented.INSTANCE) {
            return r;
        }
        if (!rightFirst && tb != ta) {
            r = call(b, "__r" + base + "__", a);
            if (r != null && r != PyNotImplemented.INSTANCE) {
                return r;
            }
        }
        return null;
    }

    private static final String[] COMPARE_NAMES = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    private static final int[] SWAPPED = {Comparison.GT, Comparison.GE, Comparison.EQ, Comparison.NE, Comparison.LT, Comparison.LE};

    /** Rich comparison through __lt__ & co. with the reflected fallback; null when neither handles it. */
    @TruffleBoundary
    public static Object compare(int op, Object a, Object b) {
        Object r = call(a, COMPARE_NAMES[op], b);
        if (r != null && r != PyNotImplemented.INSTANCE) {
            return r;
        }
        r = call(b, COMPARE_NAMES[SWAPPED[op]], a);
        if (r != null && r != PyNotImplemented.INSTANCE) {
            return r;
        }
        return null;
    }
}

package org.byterun.nodes;

import org.byterun.ByteRunContext;
import org.byterun.runtime.PyDict;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/** LOAD_GLOBAL: the module's globals, then builtins; NameError if neither has the name. */
public final class LoadGlobalNode extends Node {
    private final String name;

    private LoadGlobalNode(String name) {
        this.name = name;
    }

    public static LoadGlobalNode create(String name) {
        return new LoadGlobalNode(name);
    }

    public Object execute(PyDict globals) {
        return lookup(globals, ByteRunContext.get(this));
    }

    @TruffleBoundary
    private Object lookup(PyDict globals, ByteRunContext context) {
        Object v = globals.get(name);
        if (v == null) {
            v = context.getBuiltins().getDict().get(name);
            if (v == null) {
                throw NameOps.nameNotDefined(name);
            }
        }
        return v;
    }
}

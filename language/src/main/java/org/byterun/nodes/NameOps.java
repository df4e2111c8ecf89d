package org.byterun.nodes;

import org.byterun.ByteRunContext;
import org.byterun.loader.CodeObject;
import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.PyBaseException;
import org.byterun.runtime.PyDict;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyException;
import org.byterun.runtime.PyTuple;
import org.byterun.runtime.Subscripts;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Name lookups of module and class bodies (LOAD_NAME & co.), globals, and the errors for unbound names. */
public final class NameOps {
    private NameOps() {
    }

    /**
     * The frame's locals mapping: the explicit one (class bodies, exec) or the globals (module code).
     * A class body's is whatever mapping the metaclass's __prepare__ returned.
     */
    private static Object locals(Object[] frameArgs) {
        Object locals = frameArgs[FrameArgs.LOCALS];
        return locals != null ? locals : FrameArgs.globals(frameArgs);
    }

    /** mapping[name], or null if the mapping has no such key (a dict directly, other mappings through __getitem__). */
    @TruffleBoundary
    public static Object mappingGet(Object mapping, String name) {
        if (mapping instanceof PyDict d) {
            return d.get(name);
        }
        try {
            return Subscripts.getItem(mapping, name);
        } catch (PyException e) {
            if (e.isInstanceOf(BuiltinTypes.KEY_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    @TruffleBoundary
    public static Object loadName(ByteRunContext context, Object[] frameArgs, String name) {
        Object v = mappingGet(locals(frameArgs), name);
        return v != null ? v : loadGlobalOrBuiltin(context, frameArgs, name);
    }

    /** A name's value in the frame's globals, else in builtins; NameError if neither has it. */
    @TruffleBoundary
    public static Object loadGlobalOrBuiltin(ByteRunContext context, Object[] frameArgs, String name) {
        Object v = FrameArgs.globals(frameArgs).get(name);
        if (v == null) {
            v = context.getBuiltins().getDict().get(name);
        }
        if (v == null) {
            throw nameNotDefined(name);
        }
        return v;
    }

    @TruffleBoundary
    public static void storeName(Object[] frameArgs, String name, Object value) {
        Object locals = locals(frameArgs);
        if (locals instanceof PyDict d) {
            d.put(name, value);
        } else {
            Subscripts.setItem(locals, name, value);
        }
    }

    @TruffleBoundary
    public static void deleteName(Object[] frameArgs, String name) {
        Object locals = locals(frameArgs);
        if (locals instanceof PyDict d) {
            if (d.remove(name) == null) {
                throw nameNotDefined(name);
            }
            return;
        }
        try {
            Subscripts.delItem(locals, name);
        } catch (PyException e) {
            if (e.isInstanceOf(BuiltinTypes.KEY_ERROR)) {
                throw nameNotDefined(name);
            }
            throw e;
        }
    }

    /** SETUP_ANNOTATIONS: module and class bodies with annotations get an __annotations__ dict. */
    @TruffleBoundary
    public static void setupAnnotations(Object[] frameArgs) {
        if (mappingGet(locals(frameArgs), "__annotations__") == null) {
            storeName(frameArgs, "__annotations__", new PyDict());
        }
    }

    @TruffleBoundary
    public static void storeGlobal(PyDict globals, String name, Object value) {
        globals.put(name, value);
    }

    @TruffleBoundary
    public static void deleteGlobal(PyDict globals, String name) {
        if (globals.remove(name) == null) {
            throw nameNotDefined(name);
        }
    }

    @TruffleBoundary
    public static PyException nameNotDefined(String name) {
        PyBaseException e = new PyBaseException(BuiltinTypes.NAME_ERROR, PyTuple.of("name '" + name + "' is not defined"));
        e.setAttribute("name", name);
        return new PyException(e);
    }

    @TruffleBoundary
    public static PyException unboundLocal(String name) {
        return PyErrors.create(BuiltinTypes.UNBOUND_LOCAL_ERROR, "cannot access local variable '" + name + "' where it is not associated with a value");
    }

    @TruffleBoundary
    public static PyException unboundDeref(CodeObject code, int index) {
        String name = code.localsPlusNames[index];
        if ((code.localsPlusKinds[index] & CodeObject.CO_FAST_FREE) != 0) {
            return PyErrors.create(BuiltinTypes.NAME_ERROR, "cannot access free variable '" + name + "' where it is not associated with a value in enclosing scope");
        }
        return unboundLocal(name);
    }
}

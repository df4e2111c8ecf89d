package org.byterun.builtins;

import org.byterun.nodes.Calls;
import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.PyBuiltinFunction;
import org.byterun.runtime.PyDict;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.PyObjects;
import org.byterun.runtime.PyStaticMethod;
import org.byterun.runtime.PyTuple;
import org.byterun.runtime.PyType;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Calling a type. A metaclass may override __call__; otherwise type.__call__ runs: builtin types
 * use their registered constructor (exceptions are built by {@link ExceptionInit}), classes call
 * {@code __new__} and then {@code __init__}.
 */
public final class TypeCalls {
    private TypeCalls() {
    }

    /** type.__call__ as registered on the type object, to tell it from a metaclass's override. */
    static Object typeCallBuiltin;

    @TruffleBoundary
    public static Object call(PyType type, Object[] args, String[] kwNames, Object[] kwValues) {
        PyType meta = type.getMetatype();
        if (meta.isHeapType()) {
            Object call = meta.lookup("__call__");
            if (call != typeCallBuiltin) {
                return Calls.call(call, Calls.prepend(type, args), kwNames, kwValues);
            }
        }
        return typeCall(type, args, kwNames, kwValues);
    }

    /** type.__call__(cls, *args, **kwargs). */
    @TruffleBoundary
    public static Object typeCall(PyType type, Object[] args, String[] kwNames, Object[] kwValues) {
        if (!type.isHeapType()) {
            return callBuiltinType(type, args, kwNames, kwValues);
        }
        Object obj = Calls.call(unwrapStatic(type.lookup("__new__")), Calls.prepend(type, args), kwNames, kwValues);
        PyType objType = PyObjects.typeOf(obj);
        if (!objType.isSubtypeOf(type)) {
            return obj;
        }
        Object init = objType.lookup("__init__");
        checkInitResult(Calls.call(init, Calls.prepend(obj, args), kwNames, kwValues));
        return obj;
    }

    /** __init__ must return None. */
    public static void checkInitResult(Object r) {
        if (r != PyNone.INSTANCE) {
            throw initReturned(r);
        }
    }

    @TruffleBoundary
    private static org.byterun.runtime.PyException initReturned(Object r) {
        return PyErrors.typeError("__init__() should return None, not '" + PyErrors.typeName(r) + "'");
    }

    private static Object callBuiltinType(PyType type, Object[] args, String[] kwNames, Object[] kwValues) {
        if (type.isSubtypeOf(BuiltinTypes.BASE_EXCEPTION)) {
            return ExceptionInit.construct(type, args, kwNames, kwValues);
        }
        if (type == BuiltinTypes.TYPE) {
            if (args.length == 1 && kwNames.length == 0) {
                return PyObjects.typeOf(args[0]);
            }
            return newTypeFromArgs(BuiltinTypes.TYPE, args, kwNames, kwValues);
        }
        PyBuiltinFunction.Body constructor = type.getConstructor();
        if (constructor != null) {
            return constructor.call(args, kwNames, kwValues);
        }
        throw PyErrors.typeError("cannot create '" + type.getName() + "' instances");
    }

    /** type(name, bases, dict, **kwds) and type.__new__(metatype, name, bases, dict, **kwds). */
    @TruffleBoundary
    static PyType newTypeFromArgs(PyType metatype, Object[] args, String[] kwNames, Object[] kwValues) {
        if (args.length != 3) {
            throw PyErrors.typeError("type() takes 1 or 3 arguments");
        }
        if (!(args[0] instanceof String name)) {
            throw PyErrors.typeError("type.__new__() argument 1 must be str, not " + PyErrors.typeName(args[0]));
        }
        if (!(args[1] instanceof PyTuple bases)) {
            throw PyErrors.typeError("type.__new__() argument 2 must be tuple, not " + PyErrors.typeName(args[1]));
        }
        if (!(org.byterun.runtime.BuiltinValues.unwrap(args[2]) instanceof PyDict ns)) {
            throw PyErrors.typeError("type.__new__() argument 3 must be dict, not " + PyErrors.typeName(args[2]));
        }
        return TypeFactory.newType(metatype, name, bases.items().clone(), ns, kwNames, kwValues);
    }

    /** A __new__ stored as a staticmethod is called as the plain function. */
    static Object unwrapStatic(Object fn) {
        return fn instanceof PyStaticMethod sm ? sm.getFunction() : fn;
    }
}

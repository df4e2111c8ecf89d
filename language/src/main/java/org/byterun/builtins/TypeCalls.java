package org.byterun.builtins;

import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.PyBuiltinFunction;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyObjects;
import org.byterun.runtime.PyType;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Calling a builtin type: exceptions are built by {@link ExceptionInit}; every other type registers
 * its constructor (int(x), list(it), ...) with {@link PyType#setConstructor}; type(x) is here.
 */
public final class TypeCalls {
    private TypeCalls() {
    }

    @TruffleBoundary
    public static Object call(PyType type, Object[] args, String[] kwNames, Object[] kwValues) {
        if (type.isSubtypeOf(BuiltinTypes.BASE_EXCEPTION)) {
            return ExceptionInit.construct(type, args, kwNames, kwValues);
        }
        PyBuiltinFunction.Body constructor = type.getConstructor();
        if (constructor != null) {
            return constructor.call(args, kwNames, kwValues);
        }
        if (type == BuiltinTypes.TYPE) {
            Args.noKeywords("type", kwNames);
            if (args.length == 1) {
                return PyObjects.typeOf(args[0]);
            }
            throw PyErrors.notImplemented("type(name, bases, dict)");
        }
        throw PyErrors.typeError("cannot create '" + type.getName() + "' instances");
    }
}

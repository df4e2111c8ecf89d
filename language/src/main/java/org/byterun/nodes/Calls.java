package org.byterun.nodes;

import org.byterun.ByteRunLanguage;
import org.byterun.builtins.TypeCalls;
import org.byterun.runtime.BuiltinValues;
import org.byterun.runtime.PyBoundBuiltin;
import org.byterun.runtime.PyBuiltinFunction;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyFunction;
import org.byterun.runtime.PyMethod;
import org.byterun.runtime.PyObjects;
import org.byterun.runtime.PyType;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.IndirectCallNode;

/** Calling from Java code that has no call site of its own (builtins, interop): the uncached path. */
public final class Calls {
    private Calls() {
    }

    private static final String[] NO_NAMES = new String[0];
    private static final Object[] NO_VALUES = new Object[0];

    @TruffleBoundary
    public static Object call(Object callable, Object... positional) {
        return call(callable, positional, NO_NAMES, NO_VALUES);
    }

    @TruffleBoundary
    public static Object call(Object callable, Object[] positional, String[] kwNames, Object[] kwValues) {
        if (callable instanceof PyFunction fn) {
            Object[] frameArgs = ArgumentBinder.bind(fn, positional, kwNames, kwValues);
            try {
                return IndirectCallNode.getUncached().call(BytecodeRootNode.forCode(ByteRunLanguage.get(null), fn.getCode()).getCallTarget(), frameArgs);
            } catch (StackOverflowError e) {
                throw DispatchNode.recursionError();
            }
        } else if (callable instanceof PyBuiltinFunction fn) {
            return callBuiltin(fn, positional, kwNames, kwValues);
        } else if (callable instanceof PyBoundBuiltin m) {
            return callBuiltin(m.getFunction(), prepend(m.getSelf(), positional), kwNames, kwValues);
        } else if (callable instanceof PyType type) {
            return callType(type, positional, kwNames, kwValues);
        } else if (callable instanceof PyMethod m) {
            return call(m.getFunction(), prepend(m.getSelf(), positional), kwNames, kwValues);
        }
        return callObject(callable, positional, kwNames, kwValues);
    }

    /** Calling any other object: its type's __call__, if it has one. */
    @TruffleBoundary
    public static Object callObject(Object callable, Object[] positional, String[] kwNames, Object[] kwValues) {
        Object call = PyObjects.typeOf(callable).lookup("__call__");
        if (call == null) {
            throw PyErrors.typeError("'" + PyErrors.typeName(callable) + "' object is not callable");
        }
        return call(call, prepend(callable, positional), kwNames, kwValues);
    }

    @TruffleBoundary
    public static Object callBuiltin(PyBuiltinFunction fn, Object[] positional, String[] kwNames, Object[] kwValues) {
        if (fn.unwrapsArguments() && positional.length > 0) {
            Object[] args = BuiltinValues.argumentsFor(fn, positional);
            return BuiltinValues.resultFor(fn.getBody().call(args, kwNames, kwValues), positional, args);
        }
        return fn.getBody().call(positional, kwNames, kwValues);
    }

    @TruffleBoundary
    public static Object callType(PyType type, Object[] positional, String[] kwNames, Object[] kwValues) {
        return TypeCalls.call(type, positional, kwNames, kwValues);
    }

    public static Object[] prepend(Object first, Object[] rest) {
        Object[] r = new Object[rest.length + 1];
        r[0] = first;
        System.arraycopy(rest, 0, r, 1, rest.length);
        return r;
    }
}

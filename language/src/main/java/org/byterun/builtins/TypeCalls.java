package org.byterun.builtins;

import java.math.BigInteger;

import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.PyBaseException;
import org.byterun.runtime.PyBuiltinFunction;
import org.byterun.runtime.PyDict;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyList;
import org.byterun.runtime.PyObjects;
import org.byterun.runtime.PyRange;
import org.byterun.runtime.PySet;
import org.byterun.runtime.PyTuple;
import org.byterun.runtime.PyType;
import org.byterun.runtime.Repr;
import org.byterun.runtime.Sequences;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Calling a builtin type: its constructor (int(x), str(x), list(it), ValueError(msg), ...). */
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
        String name = type.getName();
        switch (name) {
            case "list":
                Args.noKeywords("list", kwNames);
                Args.range("list", args, 0, 1);
                return args.length == 0 ? new PyList() : new PyList(Sequences.toArray(args[0]));
            case "tuple":
                Args.noKeywords("tuple", kwNames);
                Args.range("tuple", args, 0, 1);
                return args.length == 0 ? PyTuple.EMPTY : PyTuple.of(Sequences.toArray(args[0]));
            case "set":
                Args.noKeywords("set", kwNames);
                Args.range("set", args, 0, 1);
                return args.length == 0 ? new PySet() : PySet.of(Sequences.toArray(args[0]));
            case "dict":
                return makeDict(args, kwNames, kwValues);
            case "range":
                return makeRange(args, kwNames);
            case "type":
                Args.noKeywords("type", kwNames);
                if (args.length == 1) {
                    return PyObjects.typeOf(args[0]);
                }
                throw PyErrors.notImplemented("type(name, bases, dict)");
            default:
                throw PyErrors.notImplemented("calling the type '" + name + "'");
        }
    }

    private static PyDict makeDict(Object[] args, String[] kwNames, Object[] kwValues) {
        Args.range("dict", args, 0, 1);
        PyDict d = new PyDict();
        if (args.length == 1) {
            if (args[0] instanceof PyDict src) {
                for (Object k : src.storage().keysArray()) {
                    d.put(k, src.get(k));
                }
            } else {
                for (Object item : Sequences.toArray(args[0])) {
                    Object[] pair = Sequences.toArray(item);
                    if (pair.length != 2) {
                        throw PyErrors.valueError("dictionary update sequence element has length " + pair.length + "; 2 is required");
                    }
                    d.put(pair[0], pair[1]);
                }
            }
        }
        for (int i = 0; i < kwNames.length; i++) {
            d.put(kwNames[i], kwValues[i]);
        }
        return d;
    }

    private static Object makeRange(Object[] args, String[] kwNames) {
        Args.noKeywords("range", kwNames);
        if (args.length == 0) {
            throw PyErrors.typeError("range expected at least 1 argument, got 0");
        }
        Args.range("range", args, 1, 3);
        long[] v = new long[args.length];
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof Boolean bo) {
                v[i] = bo ? 1 : 0;
            } else if (a instanceof Long l) {
                v[i] = l;
            } else if (a instanceof BigInteger) {
                throw PyErrors.notImplemented("range() bounds beyond 64-bit integers");
            } else {
                throw PyErrors.typeError("'" + PyErrors.typeName(a) + "' object cannot be interpreted as an integer");
            }
        }
        if (args.length == 1) {
            return new PyRange(0, v[0], 1);
        }
        long step = args.length == 3 ? v[2] : 1;
        if (step == 0) {
            throw PyErrors.valueError("range() arg 3 must not be zero");
        }
        return new PyRange(v[0], v[1], step);
    }
}

package org.byterun.interop;

import java.math.BigInteger;

import org.byterun.runtime.PyNone;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnsupportedMessageException;

/** Converts values crossing the polyglot boundary: host/foreign values in, Python values out. */
public final class InteropValues {
    private InteropValues() {
    }

    /** A value handed to Python by another language or the host, as a Python value. */
    @TruffleBoundary
    public static Object toPython(Object v) {
        if (v instanceof Long || v instanceof Double || v instanceof Boolean || v instanceof String) {
            return v;
        } else if (v instanceof Integer i) {
            return (long) i;
        } else if (v instanceof Short s) {
            return (long) s;
        } else if (v instanceof Byte b) {
            return (long) b;
        } else if (v instanceof Float f) {
            return (double) f;
        } else if (v instanceof Character c) {
            return String.valueOf(c);
        } else if (v instanceof BigIntegerValue b) {
            return b.value;
        } else if (v instanceof TruffleObject && isPythonObject(v)) {
            return v;
        }
        InteropLibrary lib = InteropLibrary.getUncached(v);
        try {
            if (lib.isNull(v)) {
                return PyNone.INSTANCE;
            } else if (lib.isBoolean(v)) {
                return lib.asBoolean(v);
            } else if (lib.isString(v)) {
                return lib.asString(v);
            } else if (lib.fitsInLong(v)) {
                return lib.asLong(v);
            } else if (lib.fitsInBigInteger(v)) {
                return org.byterun.runtime.PyNumbers.normalize(lib.asBigInteger(v));
            } else if (lib.fitsInDouble(v)) {
                return lib.asDouble(v);
            }
        } catch (UnsupportedMessageException e) {
            // not a primitive after all: pass it through as a foreign object
        }
        return v;
    }

    private static boolean isPythonObject(Object v) {
        return v.getClass().getPackageName().equals("org.byterun.runtime");
    }

    @TruffleBoundary
    public static Object[] toPython(Object[] args) {
        Object[] r = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            r[i] = toPython(args[i]);
        }
        return r;
    }

    /** A Python value leaving to another language: everything is already interop-valid but big ints. */
    public static Object toInterop(Object v) {
        if (v instanceof BigInteger b) {
            return new BigIntegerValue(b);
        }
        return v;
    }
}

package org.byterun.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Numeric helpers shared by the operators and builtins: normalization and cross-type comparison. */
public final class PyNumbers {
    private PyNumbers() {
    }

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    public static boolean isNumber(Object o) {
        return o instanceof Long || o instanceof Double || o instanceof Boolean || o instanceof BigInteger;
    }

    /** A Python int as a long, or a BigInteger if it does not fit: the canonical int representation. */
    @TruffleBoundary
    public static Object normalize(BigInteger b) {
        if (b.bitLength() < 64) {
            return b.longValue();
        }
        return b;
    }

    @TruffleBoundary
    public static BigInteger toBig(Object intValue) {
        if (intValue instanceof Long l) {
            return BigInteger.valueOf(l);
        } else if (intValue instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        return (BigInteger) intValue;
    }

    /** Exact == between two numbers of any of int/bool/float, as Python compares them. */
    @TruffleBoundary
    public static boolean numericEquals(Object a, Object b) {
        return compare(a, b) == 0;
    }

    /**
     * Exact three-way comparison of two real numbers; NaN compares unequal to everything and
     * returns Integer.MIN_VALUE.
     */
    @TruffleBoundary
    public static int compare(Object a, Object b) {
        if (a instanceof Double da) {
            if (b instanceof Double db) {
                return Double.isNaN(da) || Double.isNaN(db) ? Integer.MIN_VALUE : Double.compare(da + 0.0, db + 0.0);
            }
            return -compareIntDouble(b, da);
        }
        if (b instanceof Double db) {
            return compareIntDouble(a, db);
        }
        if (a instanceof Long la && b instanceof Long lb) {
            return Long.compare(la, lb);
        }
        return toBig(intOf(a)).compareTo(toBig(intOf(b)));
    }

    private static Object intOf(Object o) {
        return o instanceof Boolean bo ? (bo ? 1L : 0L) : o;
    }

    /** Compares an int exactly with a double (no rounding of large ints). */
    private static int compareIntDouble(Object i, double d) {
        if (Double.isNaN(d)) {
            return Integer.MIN_VALUE;
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? -1 : 1;
        }
        Object iv = intOf(i);
        if (iv instanceof Long l && Math.abs(l) < (1L << 53)) {
            return Double.compare((double) l, d + 0.0) ;
        }
        return new BigDecimal(toBig(iv)).compareTo(new BigDecimal(d));
    }

    public static boolean fitsLong(BigInteger b) {
        return b.compareTo(LONG_MIN) >= 0 && b.compareTo(LONG_MAX) <= 0;
    }

    public static boolean isInt(Object o) {
        return o instanceof Long || o instanceof Boolean || o instanceof BigInteger;
    }

    /** Whether {@link #index} accepts {@code o}: an int, or an object whose type has __index__. */
    @TruffleBoundary
    public static boolean hasIndex(Object o) {
        return isInt(o) || PyObjects.typeOf(o).lookup("__index__") != null;
    }

    /** operator.index(o): an int (bool becomes 0/1), through __index__ for other objects. */
    @TruffleBoundary
    public static Object index(Object o) {
        if (o instanceof Long || o instanceof BigInteger) {
            return o;
        } else if (o instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        Object r = SpecialMethods.call(o, "__index__");
        if (r == null) {
            throw PyErrors.typeError("'" + PyErrors.typeName(o) + "' object cannot be interpreted as an integer");
        }
        if (!isInt(r)) {
            throw PyErrors.typeError("__index__ returned non-int (type " + PyErrors.typeName(r) + ")");
        }
        return Ints.unbool(r);
    }

    /**
     * A slice bound as CPython's _PyEval_SliceIndex reads it: an int, or an object whose type has
     * __index__ (anything else raises TypeError with {@code message}); out-of-range values saturate.
     */
    @TruffleBoundary
    public static long sliceIndex(Object v, String message) {
        if (!isInt(v) && PyObjects.typeOf(v).lookup("__index__") == null) {
            throw PyErrors.typeError(message);
        }
        return Ints.toLongIndex(index(v));
    }

    /** A real number (int, bool, float or an object with __float__/__index__) as a double. */
    @TruffleBoundary
    public static double toDouble(Object o, String what) {
        if (o instanceof Double || isInt(o)) {
            return Floats.toDouble(o);
        }
        Object r = SpecialMethods.call(o, "__float__");
        if (r != null) {
            if (!(r instanceof Double d)) {
                throw PyErrors.typeError(PyErrors.typeName(o) + ".__float__ returned non-float (type " + PyErrors.typeName(r) + ")");
            }
            return d;
        }
        if (PyObjects.typeOf(o).lookup("__index__") != null) {
            return Floats.toDouble(index(o));
        }
        throw PyErrors.typeError(what + PyErrors.typeName(o) + "'");
    }
}

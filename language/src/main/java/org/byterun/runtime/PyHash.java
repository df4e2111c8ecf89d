package org.byterun.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Python's hash() and == for dictionary and set keys, with CPython's numeric hashing so that
 * {@code 1}, {@code 1.0} and {@code True} are the same key.
 */
public final class PyHash {
    private PyHash() {
    }

    /** CPython's modulus for numeric hashes: 2**61 - 1. */
    public static final long MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);
    private static final long INF_HASH = 314159;
    /** CPython 3.12+ hashes None to a constant. */
    private static final long NONE_HASH = 4238894112L;

    @TruffleBoundary
    public static long hash(Object key) {
        if (key instanceof Long l) {
            return hashLong(l);
        } else if (key instanceof String s) {
            long h = s.hashCode();
            return h == -1 ? -2 : h;
        } else if (key instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (key instanceof Double d) {
            return hashDouble(d);
        } else if (key instanceof BigInteger b) {
            return hashBig(b);
        } else if (key instanceof PyTuple t) {
            return hashTuple(t);
        } else if (key instanceof PySlice sl) {
            // hashable since 3.12: hashed as the tuple (start, stop, step)
            return hashTuple(sl.asTuple());
        } else if (key instanceof PyGenericAlias ga) {
            return hash(ga.getOrigin()) ^ hash(ga.getArgs());
        } else if (key instanceof PyMappingProxy p) {
            return hash(p.mapping());
        } else if (key instanceof PyList || key instanceof PyDict || key instanceof PySet || key instanceof PyByteArray) {
            throw PyErrors.typeError("unhashable type: '" + PyErrors.typeName(key) + "'");
        } else if (key instanceof PyComplex c) {
            long h = hashDouble(c.real) + 1000003L * hashDouble(c.imag);
            return h == -1 ? -2 : h;
        } else if (key instanceof PyFrozenSet f) {
            return f.hashValue();
        } else if (key instanceof PyNone) {
            return NONE_HASH;
        } else if (key instanceof PyBytes b) {
            long h = java.util.Arrays.hashCode(b.bytes());
            return h == -1 ? -2 : h;
        } else if (SpecialMethods.hasHeapType(key)) {
            return SpecialMethods.hash(key);
        } else if (key instanceof PyMethod m) {
            long h = identityHash(m.getSelf()) ^ hash(m.getFunction());
            return h == -1 ? -2 : h;
        }
        return identityHash(key);
    }

    /** object.__hash__: by identity. */
    public static long identityHash(Object o) {
        return System.identityHashCode(o);
    }

    public static long hashLong(long v) {
        long h;
        if (v > -MODULUS && v < MODULUS) {
            // the common case needs no division: an int below the modulus hashes to itself
            h = v;
        } else if (v >= 0) {
            h = v % MODULUS;
        } else if (v == Long.MIN_VALUE) {
            return hashBig(BigInteger.valueOf(v));
        } else {
            h = -((-v) % MODULUS);
        }
        return h == -1 ? -2 : h;
    }

    @TruffleBoundary
    public static long hashBig(BigInteger v) {
        long h = v.abs().mod(BIG_MODULUS).longValue();
        if (v.signum() < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    /** CPython's _Py_HashDouble, so that integral floats hash like the equal int. */
    public static long hashDouble(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? INF_HASH : -INF_HASH;
        }
        if (Double.isNaN(v)) {
            return 0;
        }
        if (v == 0) {
            return 0;
        }
        int sign = 1;
        double m = v;
        if (m < 0) {
            sign = -1;
            m = -m;
        }
        // frexp: m = mantissa in [0.5, 1), e such that |v| = m * 2**e
        int e = Math.getExponent(m) + 1;
        if (e < Double.MIN_EXPONENT + 1) { // subnormal
            m *= 0x1p54;
            e = Math.getExponent(m) + 1;
            m = m / Math.scalb(1.0, e);
            e -= 54;
        } else {
            m = m / Math.scalb(1.0, e);
        }
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & MODULUS) | (x >>> (61 - 28));
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= MODULUS) {
                x -= MODULUS;
            }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & MODULUS) | (x >>> (61 - e));
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    /** CPython 3.8+'s xxHash-based tuple hash. */
    public static long hashTuple(PyTuple t) {
        long acc = 2870177450012600261L;
        for (Object item : t.items()) {
            long lane = hash(item);
            acc += lane * -4417276706812531889L; // XXPRIME_2
            acc = Long.rotateLeft(acc, 31);
            acc *= -7046029288634856825L; // XXPRIME_1
        }
        acc += t.size() ^ (2870177450012600261L ^ 3527539L);
        return acc == -1 ? 1546275796 : acc;
    }

    /** Python {@code ==} for the builtin value types; identity for everything else. */
    @TruffleBoundary
    public static boolean eq(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof String sa && b instanceof String) {
            return sa.equals(b);
        }
        if (PyNumbers.isNumber(a) && PyNumbers.isNumber(b)) {
            return PyNumbers.numericEquals(a, b);
        }
        if (a instanceof PyComplex ca && (b instanceof PyComplex || PyNumbers.isNumber(b))) {
            return Complexes.equalsNumber(ca, b);
        }
        if (b instanceof PyComplex cb && PyNumbers.isNumber(a)) {
            return Complexes.equalsNumber(cb, a);
        }
        if (a instanceof PyTuple ta && b instanceof PyTuple tb) {
            return sequenceEquals(ta.items(), ta.size(), tb.items(), tb.size());
        }
        if (a instanceof PyList la && b instanceof PyList lb) {
            return sequenceEquals(la.getArray(), la.size(), lb.getArray(), lb.size());
        }
        if (a instanceof PySlice sa && b instanceof PySlice sb) {
            return sequenceEquals(sa.asTuple().items(), 3, sb.asTuple().items(), 3);
        }
        if (a instanceof PyBytes ba && b instanceof PyBytes bb) {
            return java.util.Arrays.equals(ba.bytes(), bb.bytes());
        }
        if (a instanceof PyDict da && b instanceof PyDict db) {
            return da.storage().contentEquals(db.storage());
        }
        if (a instanceof PyAbstractSet sa && b instanceof PyAbstractSet sb) {
            return sa.storage().keysEqual(sb.storage());
        }
        if (isBuiltinValue(a) && isBuiltinValue(b)) {
            return false;
        }
        return Comparison.compare(Comparison.EQ, a, b);
    }

    /**
     * Builtin values whose == is decided here without special methods: two of them that the cases
     * above do not match are unequal.
     */
    static boolean isBuiltinValue(Object o) {
        return o instanceof String || PyNumbers.isNumber(o) || o instanceof PyTuple || o instanceof PyList || o instanceof PyBytes
                        || o instanceof PyDict || o instanceof PyAbstractSet || o instanceof PyNone || o instanceof PyComplex || o instanceof PySlice;
    }

    private static boolean sequenceEquals(Object[] a, int na, Object[] b, int nb) {
        if (na != nb) {
            return false;
        }
        for (int i = 0; i < na; i++) {
            if (!eq(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }
}

package org.byterun.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** round() of ints and floats: half to even, correctly rounded from the exact binary value. */
public final class Rounding {
    private Rounding() {
    }

    /** round(x) for a float: the nearest int, ties to even. */
    @TruffleBoundary
    public static Object roundFloat(double x) {
        return Floats.toInt(Math.rint(x));
    }

    /** round(x, ndigits) for a float: a float. */
    @TruffleBoundary
    public static double roundFloat(double x, Object ndigits) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0) {
            return x;
        }
        long n = Ints.toLongIndex(ndigits);
        if (n > 330) {
            return x;
        }
        if (n < -330) {
            return Math.copySign(0.0, x);
        }
        double r = new BigDecimal(x).setScale((int) n, RoundingMode.HALF_EVEN).doubleValue();
        if (Double.isInfinite(r)) {
            throw PyErrors.create(BuiltinTypes.OVERFLOW_ERROR, "rounded value too large to represent");
        }
        return Math.copySign(r, x);
    }

    /** round(x, ndigits) for an int: an int; negative ndigits round to a multiple of 10**-ndigits. */
    @TruffleBoundary
    public static Object roundInt(Object x, Object ndigits) {
        Object v = Ints.unbool(x);
        long n = Ints.toLongIndex(ndigits);
        if (n >= 0) {
            return v;
        }
        if (n < -100_000) {
            return 0L;
        }
        BigInteger big = PyNumbers.toBig(v);
        BigInteger pow = BigInteger.TEN.pow((int) -n);
        BigInteger q = Ints.floorDiv(big, pow);
        BigInteger r = big.subtract(q.multiply(pow));
        int c = r.shiftLeft(1).compareTo(pow);
        if (c > 0 || (c == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return PyNumbers.normalize(q.multiply(pow));
    }
}

package org.byterun.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** float.hex, float.fromhex and float.as_integer_ratio: exact views of a double's bits. */
public final class FloatHex {
    private FloatHex() {
    }

    private static final long MANTISSA_MASK = (1L << 52) - 1;

    @TruffleBoundary
    public static String hex(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String sign = (Double.doubleToRawLongBits(d) < 0) ? "-" : "";
        if (d == 0) {
            return sign + "0x0.0p+0";
        }
        long bits = Double.doubleToRawLongBits(d);
        long mantissa = bits & MANTISSA_MASK;
        int exp = Math.getExponent(d);
        String lead = "1";
        if (exp < Double.MIN_EXPONENT) { // subnormal
            lead = "0";
            exp = Double.MIN_EXPONENT;
        }
        return sign + "0x" + lead + "." + String.format("%013x", mantissa) + "p" + (exp >= 0 ? "+" : "") + exp;
    }

    @TruffleBoundary
    public static double fromHex(String text) {
        String s = text.strip();
        String body = s;
        String sign = "";
        if (!body.isEmpty() && (body.charAt(0) == '+' || body.charAt(0) == '-')) {
            sign = body.substring(0, 1);
            body = body.substring(1);
        }
        String lower = body.toLowerCase();
        if (lower.equals("inf") || lower.equals("infinity")) {
            return sign.equals("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (lower.equals("nan")) {
            return Double.NaN;
        }
        if (lower.startsWith("0x")) {
            lower = lower.substring(2);
        }
        if (!lower.matches("([0-9a-f]+\\.?[0-9a-f]*|\\.[0-9a-f]+)(p[+-]?[0-9]+)?")) {
            throw PyErrors.valueError("invalid hexadecimal floating-point string");
        }
        String exp = lower.contains("p") ? "" : "p0";
        double d = Double.parseDouble(sign + "0x" + lower + exp);
        if (Double.isInfinite(d)) {
            throw PyErrors.create(BuiltinTypes.OVERFLOW_ERROR, "hexadecimal value too large to represent as a float");
        }
        return d;
    }

    @TruffleBoundary
    public static PyTuple asIntegerRatio(double d) {
        if (Double.isInfinite(d)) {
            throw PyErrors.create(BuiltinTypes.OVERFLOW_ERROR, "cannot convert Infinity to integer ratio");
        }
        if (Double.isNaN(d)) {
            throw PyErrors.valueError("cannot convert NaN to integer ratio");
        }
        if (d == 0) {
            return new PyTuple(new Object[]{0L, 1L});
        }
        long bits = Double.doubleToRawLongBits(d);
        int rawExp = (int) ((bits >>> 52) & 0x7ff);
        long m = bits & MANTISSA_MASK;
        int e;
        if (rawExp == 0) {
            e = -1074;
        } else {
            m |= 1L << 52;
            e = rawExp - 1075;
        }
        int tz = Long.numberOfTrailingZeros(m);
        m >>= tz;
        e += tz;
        BigInteger num = BigInteger.valueOf(d < 0 ? -m : m);
        BigInteger den = BigInteger.ONE;
        if (e >= 0) {
            num = num.shiftLeft(e);
        } else {
            den = den.shiftLeft(-e);
        }
        return new PyTuple(new Object[]{PyNumbers.normalize(num), PyNumbers.normalize(den)});
    }
}

package org.byterun.runtime;

import java.math.BigDecimal;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** CPython's repr of floats: the shortest round-tripping digits, in CPython's layout. */
public final class FloatFormatter {
    private FloatFormatter() {
    }

    @TruffleBoundary
    public static String repr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        // Since JDK 19 Double.toString gives the shortest decimal that round-trips (as CPython's repr).
        BigDecimal bd = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        String digits = bd.unscaledValue().toString();
        int exp = digits.length() - bd.scale() - 1; // decimal exponent of the first digit
        if (digits.length() == 2) {
            // Java prints at least two digits (4.9e-324) where one round-trips (5e-324)
            String shorter = oneDigit(Math.abs(d), digits, exp);
            if (shorter != null) {
                digits = shorter.length() == 2 ? "1" : shorter;
                exp = shorter.length() == 2 ? exp + 1 : exp;
            }
        }
        StringBuilder sb = new StringBuilder();
        if (d < 0) {
            sb.append('-');
        }
        if (exp >= -4 && exp < 16) {
            if (exp < 0) {
                sb.append("0.");
                sb.append("0".repeat(-exp - 1));
                sb.append(digits);
            } else if (digits.length() <= exp + 1) {
                sb.append(digits);
                sb.append("0".repeat(exp + 1 - digits.length()));
                sb.append(".0");
            } else {
                sb.append(digits, 0, exp + 1);
                sb.append('.');
                sb.append(digits, exp + 1, digits.length());
            }
        } else {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.');
                sb.append(digits, 1, digits.length());
            }
            sb.append('e');
            sb.append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) {
                sb.append('0');
            }
            sb.append(a);
        }
        return sb.toString();
    }

    /** The single digit (or "10") closest to {@code a} that still round-trips to it, or null. */
    private static String oneDigit(double a, String digits, int exp) {
        int first = digits.charAt(0) - '0';
        String best = null;
        BigDecimal bestDistance = null;
        BigDecimal exact = new BigDecimal(a);
        for (int c : new int[]{first, first + 1}) {
            BigDecimal candidate = new BigDecimal(c + "e" + exp);
            BigDecimal distance = candidate.subtract(exact).abs();
            if (candidate.doubleValue() == a && (bestDistance == null || distance.compareTo(bestDistance) < 0)) {
                best = Integer.toString(c);
                bestDistance = distance;
            }
        }
        return best;
    }
}

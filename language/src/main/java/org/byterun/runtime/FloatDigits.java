package org.byterun.runtime;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Correctly rounded decimal text of a finite, non-negative double in the 'f', 'e' and 'g' styles
 * (the exact binary value rounded half-even, as CPython's dtoa does).
 */
public final class FloatDigits {
    private FloatDigits() {
    }

    @TruffleBoundary
    public static String fixed(double abs, int precision, boolean alternate) {
        String s = new BigDecimal(abs).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
        return alternate && precision == 0 ? s + "." : s;
    }

    @TruffleBoundary
    public static String exponent(double abs, int precision, boolean alternate, boolean upper) {
        String digits;
        int exp;
        if (abs == 0) {
            digits = "0".repeat(precision + 1);
            exp = 0;
        } else {
            BigDecimal bd = new BigDecimal(abs).round(new MathContext(precision + 1, RoundingMode.HALF_EVEN));
            String unscaled = bd.unscaledValue().toString();
            exp = unscaled.length() - 1 - bd.scale();
            digits = unscaled.length() > precision + 1 ? unscaled.substring(0, precision + 1) : unscaled + "0".repeat(precision + 1 - unscaled.length());
        }
        StringBuilder sb = new StringBuilder();
        sb.append(digits.charAt(0));
        if (precision > 0 || alternate) {
            sb.append('.');
        }
        sb.append(digits, 1, digits.length());
        sb.append(upper ? 'E' : 'e').append(exp < 0 ? '-' : '+');
        int a = Math.abs(exp);
        if (a < 10) {
            sb.append('0');
        }
        return sb.append(a).toString();
    }

    /** The decimal exponent of abs once rounded to {@code significant} digits. */
    private static int roundedExponent(double abs, int significant) {
        if (abs == 0) {
            return 0;
        }
        BigDecimal bd = new BigDecimal(abs).round(new MathContext(significant, RoundingMode.HALF_EVEN));
        return bd.precision() - 1 - bd.scale();
    }

    /**
     * The 'g' style; {@code addDot0} is the no-type style with a precision, which keeps a ".0" on
     * fixed-point results that would have none.
     */
    @TruffleBoundary
    public static String general(double abs, int precision, boolean alternate, boolean upper, boolean addDot0) {
        int p = precision == 0 ? 1 : precision;
        int exp = roundedExponent(abs, p);
        String s;
        // the no-type style switches to an exponent one digit earlier (CPython's add_dot_0_if_integer)
        if (exp >= -4 && exp < (addDot0 ? p - 1 : p)) {
            s = fixed(abs, p - 1 - exp, alternate);
        } else {
            s = exponent(abs, p - 1, alternate, upper);
        }
        if (!alternate) {
            s = stripZeros(s);
        }
        if (addDot0 && s.indexOf('.') < 0 && s.indexOf('e') < 0 && s.indexOf('E') < 0) {
            s = s + ".0";
        }
        return s;
    }

    private static String stripZeros(String s) {
        int e = Math.max(s.indexOf('e'), s.indexOf('E'));
        String mantissa = e < 0 ? s : s.substring(0, e);
        String tail = e < 0 ? "" : s.substring(e);
        if (mantissa.indexOf('.') >= 0) {
            int end = mantissa.length();
            while (mantissa.charAt(end - 1) == '0') {
                end--;
            }
            if (mantissa.charAt(end - 1) == '.') {
                end--;
            }
            mantissa = mantissa.substring(0, end);
        }
        return mantissa + tail;
    }

    /** True when the text of a rounded number shows only zero digits (so "-0.00" can drop its sign). */
    public static boolean isZero(String text) {
        if (text.indexOf('n') >= 0 || text.indexOf('N') >= 0) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'e' || c == 'E') {
                return true;
            }
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return true;
    }
}

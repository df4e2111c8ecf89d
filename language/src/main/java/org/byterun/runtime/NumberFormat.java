package org.byterun.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** format(number, spec) for int, float and complex, with CPython's checks and messages. */
public final class NumberFormat {
    private NumberFormat() {
    }

    @TruffleBoundary
    public static String formatInt(Object value, FormatSpec f) {
        switch (f.type) {
            case 'e', 'E', 'f', 'F', 'g', 'G', '%':
                return formatFloat(Floats.toDouble(value), f);
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n', 0:
                break;
            default:
                throw f.unknownType(PyErrors.typeName(value));
        }
        if (f.precision >= 0) {
            throw PyErrors.valueError("Precision not allowed in integer format specifier");
        }
        if (f.noNegativeZero) {
            throw PyErrors.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        BigInteger v = PyNumbers.toBig(Ints.unbool(value));
        if (f.type == 'c') {
            if (f.sign != 0) {
                throw PyErrors.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (f.alternate) {
                throw PyErrors.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (v.bitLength() > 63) {
                throw PyErrors.create(BuiltinTypes.OVERFLOW_ERROR, "Python int too large to convert to C long");
            }
            if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
                throw PyErrors.create(BuiltinTypes.OVERFLOW_ERROR, "%c arg not in range(0x110000)");
            }
            return f.number("", "", "", new String(Character.toChars(v.intValue())));
        }
        int radix = switch (f.type) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        String digits = v.abs().toString(radix);
        String prefix = "";
        if (f.type == 'X') {
            digits = digits.toUpperCase(java.util.Locale.ROOT);
        }
        if (f.alternate && radix != 10) {
            prefix = "0" + (f.type == 'b' ? "b" : f.type == 'o' ? "o" : f.type == 'x' ? "x" : "X");
        }
        return f.number(signText(v.signum() < 0, f), prefix, digits, "");
    }

    private static String signText(boolean negative, FormatSpec f) {
        if (negative) {
            return "-";
        }
        return f.sign == '+' ? "+" : f.sign == ' ' ? " " : "";
    }

    @TruffleBoundary
    public static String formatFloat(double d, FormatSpec f) {
        char t = f.type;
        String suffix = "";
        double v = d;
        switch (t) {
            case '%' -> {
                v = d * 100;
                t = 'f';
                suffix = "%";
            }
            case 'e', 'E', 'f', 'F', 'g', 'G', 'n', 0 -> {
            }
            default -> throw f.unknownType("float");
        }
        boolean negative = v < 0 || (v == 0 && 1 / v < 0) || (Double.isNaN(v) && Double.doubleToRawLongBits(v) < 0);
        String text = floatText(Math.abs(v), t, f.floatPrecision(), f.alternate);
        if (f.noNegativeZero && negative && FloatDigits.isZero(text)) {
            negative = false;
        }
        int i = 0;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return f.number(signText(negative, f), "", text.substring(0, i), text.substring(i) + suffix);
    }

    /** The text of a non-negative float (or inf/nan) in presentation type t. */
    static String floatText(double abs, char t, int precision, boolean alternate) {
        boolean upper = t == 'E' || t == 'F' || t == 'G';
        if (Double.isNaN(abs) || Double.isInfinite(abs)) {
            String s = Double.isNaN(abs) ? "nan" : "inf";
            return upper ? s.toUpperCase(java.util.Locale.ROOT) : s;
        }
        int p = precision < 0 ? 6 : precision;
        return switch (t) {
            case 'f', 'F' -> FloatDigits.fixed(abs, p, alternate);
            case 'e', 'E' -> FloatDigits.exponent(abs, p, alternate, upper);
            case 'g', 'G', 'n' -> FloatDigits.general(abs, p, alternate, upper, false);
            default -> precision < 0 ? reprText(abs, alternate) : FloatDigits.general(abs, precision, alternate, false, true);
        };
    }

    /** The shortest repr; the alternate form keeps a decimal point before the exponent ("1.e+16"). */
    private static String reprText(double abs, boolean alternate) {
        String r = FloatFormatter.repr(abs);
        int e = r.indexOf('e');
        return alternate && e >= 0 && r.indexOf('.') < 0 ? r.substring(0, e) + "." + r.substring(e) : r;
    }

    @TruffleBoundary
    public static String formatComplex(PyComplex c, FormatSpec f) {
        char t = f.type;
        switch (t) {
            case 'e', 'E', 'f', 'F', 'g', 'G', 'n', 0 -> {
            }
            default -> throw f.unknownType("complex");
        }
        if (f.fill == '0') {
            throw PyErrors.valueError("Zero padding is not allowed in complex format specifier");
        }
        if (f.align == '=') {
            throw PyErrors.valueError("'=' alignment flag is not allowed in complex format specifier");
        }
        boolean parens = false;
        boolean skipReal = false;
        if (t == 0) {
            skipReal = c.real == 0 && 1 / c.real > 0;
            parens = !skipReal;
        }
        String re = partText(c.real, t, f.floatPrecision(), f.alternate);
        String im = partText(c.imag, t, f.floatPrecision(), f.alternate);
        boolean reNeg = c.real < 0 || (c.real == 0 && 1 / c.real < 0);
        boolean imNeg = c.imag < 0 || (c.imag == 0 && 1 / c.imag < 0);
        StringBuilder sb = new StringBuilder();
        if (parens) {
            sb.append('(');
        }
        if (!skipReal) {
            sb.append(signText(reNeg, f)).append(re);
            sb.append(imNeg ? "-" : "+");
        } else {
            sb.append(signText(imNeg, f));
        }
        sb.append(im).append('j');
        if (parens) {
            sb.append(')');
        }
        return f.pad(sb.toString(), '>');
    }

    /** One part of a complex: with no type, repr digits without a trailing ".0" (or 'g' when a precision is given). */
    private static String partText(double d, char t, int precision, boolean alternate) {
        double abs = Math.abs(d);
        if (t == 0) {
            if (precision >= 0) {
                return floatText(abs, 'g', precision, alternate);
            }
            String r = FloatFormatter.repr(abs);
            r = r.endsWith(".0") ? r.substring(0, r.length() - 2) : r;
            if (alternate && r.indexOf('.') < 0 && Character.isDigit(r.charAt(0))) {
                int e = r.indexOf('e');
                r = e < 0 ? r + "." : r.substring(0, e) + "." + r.substring(e);
            }
            return r;
        }
        return floatText(abs, t, precision, alternate);
    }
}

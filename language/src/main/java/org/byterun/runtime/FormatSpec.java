package org.byterun.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A parsed format specification, {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]},
 * and the padding and digit grouping every formatted value shares.
 */
public final class FormatSpec {
    int fill = ' ';
    /** '<', '>', '^', '=' or 0 when not given. */
    char align;
    /** '+', '-', ' ' or 0 when not given. */
    char sign;
    boolean noNegativeZero;
    boolean alternate;
    long width = -1;
    /** ',', '_' or 0 for none. */
    char grouping;
    long precision = -1;
    /** The presentation type, or 0 when not given. */
    char type;

    private FormatSpec() {
    }

    /** Parses {@code spec} for a value of {@code typeName}, with its default alignment and presentation type. */
    @TruffleBoundary
    public static FormatSpec parse(String spec, String typeName, char defaultAlign, char defaultType) {
        FormatSpec f = new FormatSpec();
        int[] cps = spec.codePoints().toArray();
        int n = cps.length;
        int pos = 0;
        boolean fillGiven = false;
        if (n >= 2 && isAlign(cps[1])) {
            f.fill = cps[0];
            f.align = (char) cps[1];
            fillGiven = true;
            pos = 2;
        } else if (n >= 1 && isAlign(cps[0])) {
            f.align = (char) cps[0];
            pos = 1;
        }
        if (pos < n && (cps[pos] == '+' || cps[pos] == '-' || cps[pos] == ' ')) {
            f.sign = (char) cps[pos++];
        }
        if (pos < n && cps[pos] == 'z') {
            f.noNegativeZero = true;
            pos++;
        }
        if (pos < n && cps[pos] == '#') {
            f.alternate = true;
            pos++;
        }
        if (!fillGiven && pos < n && cps[pos] == '0') {
            f.fill = '0';
            if (f.align == 0 && defaultAlign == '>') {
                f.align = '=';
            }
            pos++;
        }
        int start = pos;
        pos = digits(cps, pos);
        if (pos > start) {
            f.width = number(cps, start, pos);
        }
        if (pos < n && (cps[pos] == ',' || cps[pos] == '_')) {
            f.grouping = (char) cps[pos++];
            if (pos < n && (cps[pos] == ',' || cps[pos] == '_')) {
                if (cps[pos] == f.grouping) {
                    throw PyErrors.valueError("Cannot specify '" + f.grouping + "' with '" + f.grouping + "'.");
                }
                throw PyErrors.valueError("Cannot specify both ',' and '_'.");
            }
        }
        if (pos < n && cps[pos] == '.') {
            pos++;
            start = pos;
            pos = digits(cps, pos);
            if (pos == start) {
                throw PyErrors.valueError("Format specifier missing precision");
            }
            f.precision = number(cps, start, pos);
        }
        if (n - pos > 1) {
            throw PyErrors.valueError("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        }
        f.type = pos < n ? (char) cps[pos] : defaultType;
        if (f.grouping != 0) {
            checkGrouping(f);
        }
        return f;
    }

    private static void checkGrouping(FormatSpec f) {
        switch (f.type) {
            case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
                return;
            case 'b', 'o', 'x', 'X':
                if (f.grouping == '_') {
                    return;
                }
                break;
            default:
                break;
        }
        String t = f.type > 32 && f.type < 128 ? String.valueOf(f.type) : String.format("\\x%x", (int) f.type);
        throw PyErrors.valueError("Cannot specify '" + f.grouping + "' with '" + t + "'.");
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '^' || c == '=';
    }

    private static int digits(int[] cps, int pos) {
        while (pos < cps.length && cps[pos] >= '0' && cps[pos] <= '9') {
            pos++;
        }
        return pos;
    }

    private static long number(int[] cps, int from, int to) {
        long v = 0;
        for (int i = from; i < to; i++) {
            if (v > (Long.MAX_VALUE - 9) / 10) {
                throw PyErrors.valueError("Too many decimal digits in format string");
            }
            v = v * 10 + (cps[i] - '0');
        }
        return v;
    }

    /** The number of fill characters to add to text of length len; CPython runs out of memory on huge widths. */
    private int padding(int len) {
        if (width <= len) {
            return 0;
        }
        if (width > Integer.MAX_VALUE / 2) {
            throw PyErrors.create(BuiltinTypes.MEMORY_ERROR, "");
        }
        return (int) width - len;
    }

    /** The precision as the float formatters take it. */
    int floatPrecision() {
        if (precision > Integer.MAX_VALUE) {
            throw PyErrors.valueError("precision too big");
        }
        if (precision > Integer.MAX_VALUE / 16) {
            // CPython would build a string of gigabytes
            throw PyErrors.create(BuiltinTypes.MEMORY_ERROR, "");
        }
        return (int) precision;
    }

    PyException unknownType(String typeName) {
        String t = type > 32 && type < 128 ? "'" + type + "'" : String.format("'\\x%x'", (int) type);
        return PyErrors.valueError("Unknown format code " + t + " for object of type '" + typeName + "'");
    }

    /** Pads {@code text} to the width with the fill, aligned as given or by {@code defaultAlign}. */
    @TruffleBoundary
    String pad(String text, char defaultAlign) {
        int total = padding(text.codePointCount(0, text.length()));
        if (total == 0) {
            return text;
        }
        char a = align == 0 ? defaultAlign : align;
        int left = a == '>' ? total : a == '^' ? total / 2 : 0;
        String f = new String(Character.toChars(fill));
        return f.repeat(left) + text + f.repeat(total - left);
    }

    /**
     * Lays out a number: sign, prefix (0x...), the integer digits (grouped, zero-filled for '0'
     * padding) and the rest (fraction, exponent, '%'), padded to the width.
     */
    @TruffleBoundary
    String number(String signText, String prefix, String intDigits, String rest) {
        int fixedLen = signText.length() + prefix.length() + rest.length();
        boolean zeroFill = fill == '0' && align == '=';
        String digits = intDigits;
        if (grouping != 0) {
            digits = group(intDigits, zeroFill ? (int) Math.min(width - fixedLen, Integer.MAX_VALUE / 2) : 0, grouping, type == 'b' || type == 'o' || type == 'x' || type == 'X' ? 4 : 3);
        } else if (zeroFill) {
            digits = "0".repeat(padding(digits.length() + fixedLen)) + digits;
        }
        String body = digits + rest;
        int total = padding(signText.length() + prefix.length() + body.codePointCount(0, body.length()));
        if (total == 0) {
            return signText + prefix + body;
        }
        String f = new String(Character.toChars(fill));
        char a = align == 0 ? '>' : align;
        return switch (a) {
            case '<' -> signText + prefix + body + f.repeat(total);
            case '^' -> f.repeat(total / 2) + signText + prefix + body + f.repeat(total - total / 2);
            case '=' -> signText + prefix + f.repeat(total) + body;
            default -> f.repeat(total) + signText + prefix + body;
        };
    }

    /** CPython's _PyUnicode_InsertThousandsGrouping: groups from the right, zero-filling to minWidth. */
    private static String group(String digits, int minWidth, char sep, int size) {
        StringBuilder out = new StringBuilder();
        int remaining = digits.length();
        int pos = digits.length();
        int mw = minWidth;
        boolean first = true;
        while (true) {
            int l = Math.min(size, Math.max(Math.max(remaining, mw), 1));
            int zeros = Math.max(0, l - remaining);
            int chars = Math.max(0, Math.min(remaining, l));
            String part = "0".repeat(zeros) + digits.substring(pos - chars, pos);
            out.insert(0, first ? part : part + sep);
            first = false;
            pos -= chars;
            remaining -= chars;
            mw -= l;
            if (remaining <= 0 && mw <= 0) {
                break;
            }
            mw -= 1;
        }
        return out.toString();
    }
}

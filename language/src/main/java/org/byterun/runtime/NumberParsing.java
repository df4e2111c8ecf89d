package org.byterun.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** int(str, base), float(str) and complex(str) with CPython's syntax and messages. */
public final class NumberParsing {
    private NumberParsing() {
    }

    /** CPython's default sys.get_int_max_str_digits(): longer decimal strings are refused. */
    private static final int MAX_STR_DIGITS = 4300;

    /**
     * CPython first maps Unicode decimal digits to ASCII and Unicode spaces to ' ', then parses
     * ASCII; null when some other non-ASCII character makes the text invalid.
     */
    private static String toAscii(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) {
                sb.append((char) cp);
            } else if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                sb.append((char) ('0' + Character.digit(cp, 10)));
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                sb.append(' ');
            } else {
                return null;
            }
        }
        return sb.toString();
    }

    /** Python's str.strip() of ASCII whitespace (after toAscii every space is ASCII). */
    private static String strip(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isSpace(s.charAt(a))) {
            a++;
        }
        while (b > a && isSpace(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
    }

    /** int(text, base); {@code shown} is what the error message quotes (the str or bytes repr). */
    @TruffleBoundary
    public static Object parseInt(String text, int base, String shown) {
        if (base != 0 && (base < 2 || base > 36)) {
            throw PyErrors.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        String ascii = toAscii(text);
        Object r = ascii == null ? null : parseIntAscii(strip(ascii), base);
        if (r == null) {
            String q = shown.length() > 200 ? shown.substring(0, 200) : shown;
            throw PyErrors.valueError("invalid literal for int() with base " + base + ": " + q);
        }
        return r;
    }

    private static Object parseIntAscii(String s, int base) {
        int i = 0;
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int b = base;
        boolean prefixed = false;
        if (i + 1 < s.length() && s.charAt(i) == '0') {
            char p = Character.toLowerCase(s.charAt(i + 1));
            int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (pb != 0 && (base == 0 || base == pb)) {
                b = pb;
                i += 2;
                prefixed = true;
            }
        }
        if (b == 0) {
            b = 10;
        }
        if (prefixed && i < s.length() && s.charAt(i) == '_') {
            i++;
        }
        String body = s.substring(i);
        if (body.isEmpty() || body.startsWith("_") || body.endsWith("_") || body.contains("__")) {
            return null;
        }
        String digits = body.replace("_", "");
        for (int k = 0; k < digits.length(); k++) {
            if (Character.digit(digits.charAt(k), b) < 0) {
                return null;
            }
        }
        // base 0 forbids leading zeros in a non-zero decimal ("010" is not an int literal)
        if (base == 0 && !prefixed && digits.length() > 1 && digits.charAt(0) == '0' && !digits.chars().allMatch(c -> c == '0')) {
            return null;
        }
        if (Integer.bitCount(b) != 1 && digits.length() > MAX_STR_DIGITS) {
            throw PyErrors.valueError("Exceeds the limit (" + MAX_STR_DIGITS + " digits) for integer string conversion: value has " + digits.length()
                            + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        BigInteger v = new BigInteger(digits, b);
        return PyNumbers.normalize(negative ? v.negate() : v);
    }

    /** float(text); null-free: raises CPython's ValueError quoting {@code shown}. */
    @TruffleBoundary
    public static double parseFloat(String text, String shown) {
        String ascii = toAscii(text);
        Double d = ascii == null ? null : parseFloatAscii(strip(ascii));
        if (d == null) {
            throw PyErrors.valueError("could not convert string to float: " + shown);
        }
        return d;
    }

    private static final String DIGITS = "\\d(_?\\d)*";
    private static final String DECIMAL = "((" + DIGITS + ")(\\.(" + DIGITS + ")?)?|\\.(" + DIGITS + "))([eE][+-]?" + DIGITS + ")?";

    /** A float literal body as Python accepts it (sign, digits with single underscores, inf, nan); else null. */
    static Double parseFloatAscii(String s) {
        String body = s;
        double sign = 1;
        if (!body.isEmpty() && (body.charAt(0) == '+' || body.charAt(0) == '-')) {
            sign = body.charAt(0) == '-' ? -1 : 1;
            body = body.substring(1);
        }
        String lower = body.toLowerCase();
        if (lower.equals("inf") || lower.equals("infinity")) {
            return sign * Double.POSITIVE_INFINITY;
        }
        if (lower.equals("nan")) {
            return Math.copySign(Double.NaN, sign);
        }
        if (!body.matches(DECIMAL)) {
            return null;
        }
        return sign * Double.parseDouble(body.replace("_", ""));
    }

    /** complex(text): "1", "2j", "1+2j", "-j", optionally in parentheses. */
    @TruffleBoundary
    public static PyComplex parseComplex(String text) {
        String ascii = toAscii(text);
        PyComplex c = ascii == null ? null : parseComplexAscii(strip(ascii));
        if (c == null) {
            throw PyErrors.valueError("complex() arg is a malformed string");
        }
        return c;
    }

    private static PyComplex parseComplexAscii(String text) {
        String s = text;
        if (s.startsWith("(")) {
            if (!s.endsWith(")")) {
                return null;
            }
            s = strip(s.substring(1, s.length() - 1));
        }
        if (s.isEmpty()) {
            return null;
        }
        char last = s.charAt(s.length() - 1);
        if (last != 'j' && last != 'J') {
            Double re = parseFloatAscii(s);
            return re == null ? null : new PyComplex(re, 0);
        }
        String withoutJ = s.substring(0, s.length() - 1);
        // the imaginary part starts at the last sign that is not an exponent's sign
        int split = -1;
        for (int k = withoutJ.length() - 1; k > 0; k--) {
            char c = withoutJ.charAt(k);
            if ((c == '+' || c == '-') && Character.toLowerCase(withoutJ.charAt(k - 1)) != 'e') {
                split = k;
                break;
            }
        }
        String realText = split < 0 ? "" : withoutJ.substring(0, split);
        String imagText = split < 0 ? withoutJ : withoutJ.substring(split);
        Double re = realText.isEmpty() ? Double.valueOf(0.0) : parseFloatAscii(realText);
        Double im = imagText.equals("+") || imagText.isEmpty() ? Double.valueOf(1.0) : imagText.equals("-") ? Double.valueOf(-1.0) : parseFloatAscii(imagText);
        if (re == null || im == null) {
            return null;
        }
        return new PyComplex(re, im);
    }
}

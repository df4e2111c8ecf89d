package org.byterun.runtime;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * printf-style formatting, {@code str % args}, as CPython's PyUnicode_Format does it, and
 * {@code bytes % args} (PEP 461) as _PyBytes_FormatEx does it: bytes are formatted as the latin-1
 * string of their byte values, so both share one parser.
 */
public final class PercentFormat {
    private final String fmt;
    /** True for bytes/bytearray formatting: fmt and the result hold one char per byte. */
    private final boolean bytesMode;
    private final Object[] args;
    /** The mapping for %(key)s, or null. */
    private final Object mapping;
    private int argIndex;
    private int pos;

    private PercentFormat(String fmt, Object values, boolean bytesMode) {
        this.fmt = fmt;
        this.bytesMode = bytesMode;
        if (values instanceof PyTuple t) {
            this.args = t.items();
            this.mapping = null;
        } else {
            this.args = new Object[]{values};
            // anything with __getitem__ other than tuple and str (and bytes-like objects, for bytes %) counts as a mapping
            boolean isBuffer = values instanceof PyBytes || values instanceof PyByteArray;
            boolean isMapping = values instanceof PyDict || values instanceof PyList || values instanceof PyRange
                    || values instanceof PyMappingProxy || (isBuffer && !bytesMode);
            this.mapping = isMapping ? values : null;
        }
    }

    @TruffleBoundary
    public static String format(String fmt, Object values) {
        return new PercentFormat(fmt, values, false).runAll();
    }

    /** {@code bytes % values} and {@code bytearray % values}: the result's contents. */
    @TruffleBoundary
    public static byte[] formatBytes(byte[] fmt, Object values) {
        String latin1 = new String(fmt, StandardCharsets.ISO_8859_1);
        return new PercentFormat(latin1, values, true).runAll().getBytes(StandardCharsets.ISO_8859_1);
    }

    private String runAll() {
        String out = run();
        if (argIndex < args.length && mapping == null) {
            throw PyErrors.typeError("not all arguments converted during " + (bytesMode ? "bytes" : "string") + " formatting");
        }
        return out;
    }

    private Object nextArg() {
        if (argIndex >= args.length) {
            throw PyErrors.typeError("not enough arguments for format string");
        }
        return args[argIndex++];
    }

    private String run() {
        StringBuilder out = new StringBuilder();
        int n = fmt.length();
        while (pos < n) {
            char c = fmt.charAt(pos++);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (pos < n && fmt.charAt(pos) == '%') {
                out.append('%');
                pos++;
                continue;
            }
            out.append(conversion());
        }
        return out.toString();
    }

    /** One conversion, after its '%'. */
    private String conversion() {
        int n = fmt.length();
        Object value = null;
        if (pos < n && fmt.charAt(pos) == '(') {
            value = keyedValue();
        }
        boolean left = false;
        boolean zero = false;
        boolean alternate = false;
        char sign = 0;
        for (; pos < n; pos++) {
            char c = fmt.charAt(pos);
            if (c == '-') {
                left = true;
            } else if (c == '+') {
                sign = '+';
            } else if (c == ' ') {
                sign = sign == '+' ? '+' : ' ';
            } else if (c == '#') {
                alternate = true;
            } else if (c == '0') {
                zero = true;
            } else {
                break;
            }
        }
        long width = -1;
        if (pos < n && fmt.charAt(pos) == '*') {
            pos++;
            width = starArg();
            if (width < 0) {
                left = true;
                width = -width;
            }
        } else {
            width = digits(width);
        }
        int precision = -1;
        if (pos < n && fmt.charAt(pos) == '.') {
            pos++;
            long p;
            if (pos < n && fmt.charAt(pos) == '*') {
                pos++;
                p = starArg();
                if (p > Integer.MAX_VALUE || p < Integer.MIN_VALUE) {
                    throw PyErrors.create(BuiltinTypes.OVERFLOW_ERROR, "Python int too large to convert to C int");
                }
            } else {
                p = digits(0);
                if (p > Integer.MAX_VALUE) {
                    throw PyErrors.valueError("precision too big");
                }
            }
            precision = (int) Math.max(0, p);
        }
        while (pos < n && (fmt.charAt(pos) == 'l' || fmt.charAt(pos) == 'h' || fmt.charAt(pos) == 'L')) {
            pos++;
        }
        if (pos >= n) {
            throw PyErrors.valueError("incomplete format");
        }
        char type = fmt.charAt(pos++);
        if (value == null) {
            value = nextArg();
        }
        String signText;
        String prefix = "";
        String body;
        switch (type) {
            case 's', 'r', 'a', 'b' -> {
                if (type == 'b' && !bytesMode) {
                    throw unsupported(type);
                }
                String s;
                if (bytesMode) {
                    s = type == 's' || type == 'b' ? bytesText(value) : Repr.ascii(Repr.repr(value));
                } else {
                    s = type == 's' ? Repr.str(value) : type == 'r' ? Repr.repr(value) : Repr.ascii(Repr.repr(value));
                }
                if (precision >= 0 && precision < s.codePointCount(0, s.length())) {
                    s = s.substring(0, s.offsetByCodePoints(0, precision));
                }
                return pad("", "", s, width, left, false);
            }
            case 'c' -> {
                return pad("", "", bytesMode ? byteCharOf(value) : charOf(value), width, left, false);
            }
            case 'd', 'i', 'u', 'o', 'x', 'X' -> {
                BigInteger v = integerOf(value, type);
                int radix = type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10;
                body = v.abs().toString(radix);
                if (type == 'X') {
                    body = body.toUpperCase(java.util.Locale.ROOT);
                }
                if (precision > body.length()) {
                    body = "0".repeat(precision - body.length()) + body;
                }
                if (alternate && radix != 10) {
                    prefix = "0" + (type == 'o' ? "o" : type == 'x' ? "x" : "X");
                }
                signText = v.signum() < 0 ? "-" : sign == 0 ? "" : String.valueOf(sign);
            }
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                double d = floatOf(value, bytesMode);
                if (precision > Integer.MAX_VALUE / 16) {
                    // CPython would build a string of gigabytes
                    throw PyErrors.create(BuiltinTypes.MEMORY_ERROR, "");
                }
                boolean negative = d < 0 || (d == 0 && 1 / d < 0);
                body = NumberFormat.floatText(Math.abs(d), type, precision, alternate);
                signText = negative ? "-" : sign == 0 ? "" : String.valueOf(sign);
            }
            default -> throw unsupported(type);
        }
        return pad(signText, prefix, body, width, left, zero);
    }

    private PyException unsupported(char type) {
        return PyErrors.valueError(String.format("unsupported format character '%c' (0x%x) at index %d", type, (int) type, pos - 1));
    }

    private Object keyedValue() {
        int depth = 1;
        int start = ++pos;
        while (pos < fmt.length() && depth > 0) {
            char c = fmt.charAt(pos++);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
        if (depth > 0) {
            throw PyErrors.valueError("incomplete format key");
        }
        if (mapping == null) {
            throw PyErrors.typeError("format requires a mapping");
        }
        // as in CPython, a keyed conversion leaves no positional argument for later ones
        argIndex = args.length;
        String key = fmt.substring(start, pos - 1);
        return Subscripts.getItem(mapping, bytesMode ? new PyBytes(key.getBytes(StandardCharsets.ISO_8859_1)) : key);
    }

    private long starArg() {
        Object v = nextArg();
        if (v instanceof BigInteger) {
            throw PyErrors.create(BuiltinTypes.OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
        }
        if (!(v instanceof Long || v instanceof Boolean)) {
            throw PyErrors.typeError("* wants int");
        }
        return Ints.toLongIndex(v);
    }

    private long digits(long dflt) {
        int start = pos;
        long v = 0;
        while (pos < fmt.length() && fmt.charAt(pos) >= '0' && fmt.charAt(pos) <= '9') {
            if (v > (Long.MAX_VALUE - 9) / 10) {
                throw PyErrors.valueError("width too big");
            }
            v = v * 10 + fmt.charAt(pos++) - '0';
        }
        return pos == start ? dflt : v;
    }

    private static String pad(String sign, String prefix, String body, long width, boolean left, boolean zero) {
        int len = sign.length() + prefix.length() + body.codePointCount(0, body.length());
        if (width <= len) {
            return sign + prefix + body;
        }
        if (width > Integer.MAX_VALUE / 2) {
            throw PyErrors.create(BuiltinTypes.MEMORY_ERROR, "");
        }
        int extra = (int) width - len;
        if (left) {
            return sign + prefix + body + " ".repeat(extra);
        }
        if (zero) {
            return sign + prefix + "0".repeat(extra) + body;
        }
        return " ".repeat(extra) + sign + prefix + body;
    }

    private static String charOf(Object value) {
        if (value instanceof String s && s.codePointCount(0, s.length()) == 1) {
            return s;
        }
        if (value instanceof Long || value instanceof Boolean || value instanceof BigInteger) {
            BigInteger v = PyNumbers.toBig(Ints.unbool(value));
            if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
                throw PyErrors.create(BuiltinTypes.OVERFLOW_ERROR, "%c arg not in range(0x110000)");
            }
            return new String(Character.toChars(v.intValue()));
        }
        throw PyErrors.typeError("%c requires int or char");
    }

    /** The operand of bytes' %s and %b: a bytes-like object, as latin-1 text. */
    private static String bytesText(Object value) {
        byte[] b = ByteArrays.bufferOf(value);
        if (b == null) {
            throw PyErrors.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '" + PyErrors.typeName(value) + "'");
        }
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    /** The operand of bytes' %c: an int in range(256) or a bytes-like object of length 1. */
    private static String byteCharOf(Object value) {
        byte[] b = ByteArrays.bufferOf(value);
        if (b != null && b.length == 1) {
            return String.valueOf((char) (b[0] & 0xff));
        }
        if (value instanceof Long || value instanceof Boolean || value instanceof BigInteger) {
            BigInteger v = PyNumbers.toBig(Ints.unbool(value));
            if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(255)) > 0) {
                throw PyErrors.create(BuiltinTypes.OVERFLOW_ERROR, "%c arg not in range(256)");
            }
            return String.valueOf((char) v.intValue());
        }
        throw PyErrors.typeError("%c requires an integer in range(256) or a single byte");
    }

    private static BigInteger integerOf(Object value, char type) {
        if (value instanceof Long || value instanceof Boolean || value instanceof BigInteger) {
            return PyNumbers.toBig(Ints.unbool(value));
        }
        if (value instanceof Double d && (type == 'd' || type == 'i' || type == 'u')) {
            if (Double.isNaN(d)) {
                throw PyErrors.valueError("cannot convert float NaN to integer");
            }
            if (Double.isInfinite(d)) {
                throw PyErrors.create(BuiltinTypes.OVERFLOW_ERROR, "cannot convert float infinity to integer");
            }
            return new java.math.BigDecimal(d).toBigInteger();
        }
        if (type == 'd' || type == 'i' || type == 'u') {
            throw PyErrors.typeError("%" + type + " format: a real number is required, not " + PyErrors.typeName(value));
        }
        throw PyErrors.typeError("%" + type + " format: an integer is required, not " + PyErrors.typeName(value));
    }

    private static double floatOf(Object value, boolean bytesMode) {
        if (value instanceof Double d) {
            return d;
        }
        if (value instanceof Long || value instanceof Boolean || value instanceof BigInteger) {
            return Floats.toDouble(value);
        }
        throw PyErrors.typeError((bytesMode ? "float argument required, not " : "must be real number, not ") + PyErrors.typeName(value));
    }
}

package org.byterun.runtime;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** str.encode and bytes decoding for utf-8, ascii and latin-1, with the strict/ignore/replace handlers. */
public final class Codecs {
    private Codecs() {
    }

    /** The codec's canonical name (as CPython's messages show it), or an error for an unknown one. */
    private static String canonical(String encoding) {
        String n = encoding.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        switch (n) {
            case "utf-8", "utf8", "u8", "utf", "cp65001":
                return "utf-8";
            case "ascii", "us-ascii", "646", "us":
                return "ascii";
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "cp819", "latin", "l1":
                return "latin-1";
            case "utf-16", "utf16", "utf-32", "utf32", "cp1252", "windows-1252", "utf-16-le", "utf-16-be":
                throw PyErrors.notImplemented("the '" + encoding + "' codec");
            default:
                throw PyErrors.create(BuiltinTypes.LOOKUP_ERROR, "unknown encoding: " + encoding);
        }
    }

    private static String escape(int cp) {
        return cp <= 0xff ? String.format("\\x%02x", cp) : cp <= 0xffff ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
    }

    @TruffleBoundary
    public static PyBytes encode(String s, String encoding, String errors) {
        String codec = canonical(encoding);
        int limit = codec.equals("ascii") ? 0x80 : codec.equals("latin-1") ? 0x100 : 0x110000;
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        int pos = 0;
        for (int i = 0; i < s.length(); pos++) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean surrogate = cp >= 0xd800 && cp <= 0xdfff;
            if (cp < limit && !surrogate) {
                if (limit == 0x110000) {
                    byte[] b = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    out.write(b, 0, b.length);
                } else {
                    out.write(cp);
                }
                continue;
            }
            switch (errors) {
                case "strict" -> {
                    String reason = limit == 0x110000 ? "surrogates not allowed" : "ordinal not in range(" + limit + ")";
                    throw unicodeError(BuiltinTypes.UNICODE_ENCODE_ERROR, "'" + codec + "' codec can't encode character '" + escape(cp) + "' in position " + pos + ": " + reason,
                                    codec, s, pos, pos + 1, reason);
                }
                case "ignore" -> {
                }
                case "replace" -> out.write('?');
                case "backslashreplace" -> out.writeBytes(escape(cp).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                case "xmlcharrefreplace" -> out.writeBytes(("&#" + cp + ";").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                default -> throw PyErrors.create(BuiltinTypes.LOOKUP_ERROR, "unknown error handler name '" + errors + "'");
            }
        }
        return new PyBytes(out.toByteArray());
    }

    @TruffleBoundary
    public static String decode(byte[] b, String encoding, String errors) {
        String codec = canonical(encoding);
        StringBuilder sb = new StringBuilder(b.length);
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            if (codec.equals("latin-1") || c < 0x80) {
                sb.append((char) c);
                i++;
                continue;
            }
            int end;
            String reason;
            if (codec.equals("ascii")) {
                end = i + 1;
                reason = "ordinal not in range(128)";
            } else {
                int n = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
                int j = i + 1;
                while (n > 0 && j < i + n && j < b.length && continuationOk(c, j - i, b[j] & 0xff)) {
                    j++;
                }
                if (n > 0 && j == i + n) {
                    String ch = new String(b, i, n, java.nio.charset.StandardCharsets.UTF_8);
                    sb.append(ch);
                    i = j;
                    continue;
                }
                end = n == 0 ? i + 1 : j;
                reason = n == 0 ? "invalid start byte" : j >= b.length ? "unexpected end of data" : "invalid continuation byte";
            }
            switch (errors) {
                case "strict" -> {
                    String where = end - i == 1 ? String.format("byte 0x%02x in position %d", c, i) : "bytes in position " + i + "-" + (end - 1);
                    throw unicodeError(BuiltinTypes.UNICODE_DECODE_ERROR, "'" + codec + "' codec can't decode " + where + ": " + reason,
                                    codec, new PyBytes(b.clone()), i, end, reason);
                }
                case "ignore" -> {
                }
                case "replace" -> sb.append('\ufffd');
                case "backslashreplace" -> {
                    for (int k = i; k < end; k++) {
                        sb.append(String.format("\\x%02x", b[k] & 0xff));
                    }
                }
                default -> throw PyErrors.create(BuiltinTypes.LOOKUP_ERROR, "unknown error handler name '" + errors + "'");
            }
            i = end;
        }
        return sb.toString();
    }

    /** A UnicodeEncodeError/UnicodeDecodeError with its encoding, object, start, end and reason attributes. */
    private static PyException unicodeError(PyType type, String message, String codec, Object object, int start, int end, String reason) {
        PyException e = PyErrors.create(type, message);
        PyBaseException exc = e.getPyException();
        exc.setAttribute("encoding", codec);
        exc.setAttribute("object", object);
        exc.setAttribute("start", (long) start);
        exc.setAttribute("end", (long) end);
        exc.setAttribute("reason", reason);
        return e;
    }

    /** UTF-8's well-formedness table: the second byte's range depends on the first byte. */
    private static boolean continuationOk(int first, int index, int c) {
        if (index == 1) {
            int lo = first == 0xe0 ? 0xa0 : first == 0xf0 ? 0x90 : 0x80;
            int hi = first == 0xed ? 0x9f : first == 0xf4 ? 0x8f : 0xbf;
            return c >= lo && c <= hi;
        }
        return c >= 0x80 && c <= 0xbf;
    }
}

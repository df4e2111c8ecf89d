package org.byterun.loader;

/**
 * UTF-8 decoding with Python's "surrogatepass" error handler, which marshal uses for str: a
 * surrogate encoded on its own (ED A0..BF xx) decodes to that lone surrogate. Java's decoders would
 * replace it, so this one is hand-written; everything else must be strict UTF-8.
 */
final class Utf8 {
    private Utf8() {
    }

    /** The decoded text of {@code data[from, to)}, or null if it is not valid. */
    static String decodeSurrogatePass(byte[] data, int from, int to) {
        char[] out = new char[to - from];
        int n = 0;
        int i = from;
        while (i < to) {
            int b = data[i] & 0xFF;
            if (b < 0x80) {
                out[n++] = (char) b;
                i++;
                continue;
            }
            int length;
            int min;
            int cp;
            if (b >= 0xC2 && b <= 0xDF) {
                length = 2;
                min = 0x80;
                cp = b & 0x1F;
            } else if (b >= 0xE0 && b <= 0xEF) {
                length = 3;
                min = 0x800;
                cp = b & 0x0F;
            } else if (b >= 0xF0 && b <= 0xF4) {
                length = 4;
                min = 0x10000;
                cp = b & 0x07;
            } else {
                return null;
            }
            if (length > to - i) {
                return null;
            }
            for (int k = 1; k < length; k++) {
                int c = data[i + k] & 0xFF;
                if ((c & 0xC0) != 0x80) {
                    return null;
                }
                cp = cp << 6 | c & 0x3F;
            }
            // overlong forms and code points past U+10FFFF are errors; surrogates pass
            if (cp < min || cp > Character.MAX_CODE_POINT) {
                return null;
            }
            n += Character.toChars(cp, out, n);
            i += length;
        }
        return new String(out, 0, n);
    }
}

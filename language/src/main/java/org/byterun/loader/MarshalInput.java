package org.byterun.loader;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.byterun.loader.PycFormatException.Kind;

/**
 * The read position in marshal data, plus the stack of objects being read so that an error can say
 * where it happened. Every read is bounds-checked: running off the end is a TRUNCATED error.
 */
final class MarshalInput {
    /** CPython's MAX_MARSHAL_STACK_DEPTH; it also bounds the reader's Java recursion. */
    static final int MAX_DEPTH = 2000;

    /** Thrown when nesting reaches a limit below MAX_DEPTH: the reader must start again with a larger stack. */
    static final class NeedsLargerStack extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final NeedsLargerStack INSTANCE = new NeedsLargerStack();

        private NeedsLargerStack() {
            super(null, null, false, false);
        }
    }

    private final byte[] data;
    private final String fileName;
    private int pos;
    private final int maxDepth;
    /** What each open nesting level is reading ("a tuple"); null while its type code is unread. */
    private final String[] reading;
    /** The size claimed by the innermost object, for messages ("of 5 items"); null if none. */
    private String claimed;
    private int depth;

    /** Reads from {@code data[offset]}; nesting beyond {@code maxDepth} levels is an error only at MAX_DEPTH. */
    MarshalInput(byte[] data, int offset, String fileName, int maxDepth) {
        if (offset < 0 || offset > data.length) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside data of length " + data.length);
        }
        this.data = data;
        this.fileName = fileName;
        this.pos = offset;
        this.maxDepth = maxDepth;
        this.reading = new String[maxDepth];
    }

    String fileName() {
        return fileName;
    }

    int position() {
        return pos;
    }

    int length() {
        return data.length;
    }

    int maxDepth() {
        return maxDepth;
    }

    /** Number of open nesting levels; the innermost object is at level depth() - 1. */
    int depth() {
        return depth;
    }

    /** Opens a nesting level for the object whose type code comes next. */
    void enter() {
        if (depth == maxDepth) {
            if (maxDepth < MAX_DEPTH) {
                throw NeedsLargerStack.INSTANCE;
            }
            throw badData("objects nested deeper than " + MAX_DEPTH + " levels", pos);
        }
        reading[depth++] = null;
        claimed = null;
    }

    void describe(String what) {
        reading[depth - 1] = what;
    }

    void exit() {
        depth--;
        claimed = null;
    }

    int u8() {
        need(1);
        return data[pos++] & 0xFF;
    }

    int u16() {
        need(2);
        int v = (data[pos] & 0xFF) | (data[pos + 1] & 0xFF) << 8;
        pos += 2;
        return v;
    }

    int i32() {
        need(4);
        int v = (data[pos] & 0xFF) | (data[pos + 1] & 0xFF) << 8 | (data[pos + 2] & 0xFF) << 16 | data[pos + 3] << 24;
        pos += 4;
        return v;
    }

    long i64() {
        long low = i32() & 0xFFFFFFFFL;
        return low | (long) i32() << 32;
    }

    double f64() {
        return Double.longBitsToDouble(i64());
    }

    /** A 32-bit size that must be non-negative and, at one byte per unit at least, fit in the rest of the data. */
    int size(String unit) {
        int at = pos;
        int n = i32();
        if (n < 0) {
            throw badData(reading[depth - 1] + " claims a negative size " + n, at);
        }
        claim(n, n + " " + unit);
        return n;
    }

    /** Fails now, before anything is allocated, if the next {@code bytes} bytes are not all there. */
    void claim(long bytes, String what) {
        claimed = what;
        need(bytes);
    }

    byte[] bytes(int n) {
        need(n);
        byte[] b = Arrays.copyOfRange(data, pos, pos + n);
        pos += n;
        return b;
    }

    /** CPython reads the ASCII string types as Latin-1 (PyUnicode_1BYTE_KIND) without checking. */
    String latin1(int n) {
        need(n);
        String s = new String(data, pos, n, StandardCharsets.ISO_8859_1);
        pos += n;
        return s;
    }

    String utf8(int n) {
        need(n);
        String s = Utf8.decodeSurrogatePass(data, pos, pos + n);
        if (s == null) {
            throw badData("invalid UTF-8 in a str", pos);
        }
        pos += n;
        return s;
    }

    private void need(long n) {
        if (n > data.length - pos) {
            throw new PycFormatException(Kind.TRUNCATED, fileName,
                            "truncated: marshal data ends at byte " + data.length + " " + where());
        }
    }

    private String where() {
        String what = reading[depth - 1];
        if (what == null) {
            return "where an object was expected" + (depth > 1 ? " inside " + reading[depth - 2] : "");
        }
        return "inside " + what + (claimed != null ? " of " + claimed : "");
    }

    PycFormatException badData(String what, int at) {
        return badData(what, at, null);
    }

    PycFormatException badData(String what, int at, Throwable cause) {
        return new PycFormatException(Kind.BAD_DATA, fileName, "bad marshal data: " + what + " at byte " + at, cause);
    }
}

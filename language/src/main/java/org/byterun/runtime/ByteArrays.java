package org.byterun.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Conversions to bytes and item assignment on bytearray. */
public final class ByteArrays {
    private ByteArrays() {
    }

    /** An int 0..255 for storing in a bytearray, with CPython's errors. */
    public static int byteValue(Object v) {
        long x = Ints.toLongIndex(PyNumbers.index(v));
        if (x < 0 || x > 255) {
            throw PyErrors.valueError("byte must be in range(0, 256)");
        }
        return (int) x;
    }

    /** The bytes of a bytes-like object, or null if {@code v} is not one. */
    public static byte[] bufferOf(Object value) {
        Object v = BuiltinValues.unwrap(value); // subclasses of bytes and bytearray have the buffer too
        if (v instanceof PyBytes b) {
            return b.bytes();
        } else if (v instanceof PyByteArray b) {
            return b.toBytes();
        }
        return null;
    }

    /** bytes(x) / bytearray(x) contents from a bytes-like object or an iterable of ints. */
    @TruffleBoundary
    public static byte[] fromIterable(Object v) {
        byte[] buffer = bufferOf(v);
        if (buffer != null) {
            return buffer.clone();
        }
        Object[] items = Sequences.toArray(v);
        byte[] r = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            long x = Ints.toLongIndex(PyNumbers.index(items[i]));
            if (x < 0 || x > 255) {
                throw PyErrors.valueError("bytes must be in range(0, 256)");
            }
            r[i] = (byte) x;
        }
        return r;
    }

    @TruffleBoundary
    static void setItem(PyByteArray b, Object index, Object value) {
        if (!(index instanceof PySlice s)) {
            b.set(Subscripts.normalize(index, b.size(), "bytearray"), byteValue(value));
            return;
        }
        if (Arithmetic.isInt(value) || value instanceof String) {
            throw PyErrors.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        }
        byte[] values = fromIterable(value);
        PySlice.Indices ix = s.indices(b.size());
        if (ix.step() == 1) {
            b.replaceRange(ix.start(), Math.max(ix.start(), ix.stop()), values);
            return;
        }
        if (values.length != ix.length()) {
            throw PyErrors.valueError("attempt to assign bytes of size " + values.length + " to extended slice of size " + ix.length());
        }
        for (int k = 0, i = ix.start(); k < ix.length(); k++, i += ix.step()) {
            b.set(i, values[k] & 0xFF);
        }
    }

    @TruffleBoundary
    static void delItem(PyByteArray b, Object index) {
        if (!(index instanceof PySlice s)) {
            b.remove(Subscripts.normalize(index, b.size(), "bytearray"));
            return;
        }
        PySlice.Indices ix = s.indices(b.size());
        boolean[] drop = new boolean[b.size()];
        for (int k = 0, i = ix.start(); k < ix.length(); k++, i += ix.step()) {
            drop[i] = true;
        }
        java.io.ByteArrayOutputStream kept = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < drop.length; i++) {
            if (!drop[i]) {
                kept.write(b.get(i));
            }
        }
        b.replaceRange(0, b.size(), kept.toByteArray());
    }
}

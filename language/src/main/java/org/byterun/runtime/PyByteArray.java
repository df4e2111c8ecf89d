package org.byterun.runtime;

import java.util.Arrays;

/** A mutable Python bytearray backed by a byte array with spare capacity. */
public final class PyByteArray implements PyObjectLike {
    private byte[] array;
    private int size;

    /** Takes ownership of {@code bytes}. */
    public PyByteArray(byte[] bytes) {
        this.array = bytes;
        this.size = bytes.length;
    }

    public int size() {
        return size;
    }

    /** The byte at {@code i} as an int 0..255. */
    public int get(int i) {
        return array[i] & 0xFF;
    }

    public void set(int i, int value) {
        array[i] = (byte) value;
    }

    public void append(int value) {
        if (size == array.length) {
            array = Arrays.copyOf(array, Math.max(8, size * 2));
        }
        array[size++] = (byte) value;
    }

    public void insert(int index, int value) {
        append(value);
        System.arraycopy(array, index, array, index + 1, size - 1 - index);
        array[index] = (byte) value;
    }

    public int remove(int index) {
        int old = get(index);
        System.arraycopy(array, index + 1, array, index, size - index - 1);
        size--;
        return old;
    }

    /** Replaces bytes [start, stop) with {@code values} (slice assignment). */
    public void replaceRange(int start, int stop, byte[] values) {
        int newSize = size - (stop - start) + values.length;
        byte[] result = new byte[Math.max(8, newSize)];
        System.arraycopy(array, 0, result, 0, start);
        System.arraycopy(values, 0, result, start, values.length);
        System.arraycopy(array, stop, result, start + values.length, size - stop);
        array = result;
        size = newSize;
    }

    /** A copy of the contents. */
    public byte[] toBytes() {
        return Arrays.copyOf(array, size);
    }

    @Override
    public PyType getPyType() {
        return BuiltinTypes.BYTEARRAY;
    }

    @Override
    public String repr() {
        return "bytearray(" + Repr.bytesRepr(toBytes()) + ")";
    }
}

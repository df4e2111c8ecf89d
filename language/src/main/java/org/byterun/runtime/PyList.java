package org.byterun.runtime;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** A mutable Python list backed by an Object array with spare capacity. */
public final class PyList implements com.oracle.truffle.api.interop.TruffleObject {
    private Object[] array;
    private int size;

    public PyList() {
        this.array = new Object[4];
    }

    /** Takes ownership of {@code items}. */
    public PyList(Object[] items) {
        this.array = items;
        this.size = items.length;
    }

    public int size() {
        return size;
    }

    public Object get(int i) {
        return array[i];
    }

    public void set(int i, Object value) {
        array[i] = value;
    }

    public void append(Object value) {
        if (size == array.length) {
            grow();
        }
        array[size++] = value;
    }

    @TruffleBoundary
    private void grow() {
        array = Arrays.copyOf(array, Math.max(4, size * 2));
    }

    /** Removes and returns the last item; the list is not empty. */
    public Object removeLast() {
        Object old = array[--size];
        array[size] = null;
        return old;
    }

    public void insert(int index, Object value) {
        append(value);
        System.arraycopy(array, index, array, index + 1, size - 1 - index);
        array[index] = value;
    }

    public void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            Object t = array[i];
            array[i] = array[j];
            array[j] = t;
        }
    }

    /** The backing array; only the first {@link #size()} entries are elements. */
    public Object[] getArray() {
        return array;
    }

    public Object remove(int index) {
        Object old = array[index];
        System.arraycopy(array, index + 1, array, index, size - index - 1);
        array[--size] = null;
        return old;
    }

    /** Replaces items [start, stop) with {@code values} (slice assignment). */
    public void replaceRange(int start, int stop, Object[] values) {
        int newSize = size - (stop - start) + values.length;
        Object[] result = new Object[Math.max(4, newSize)];
        System.arraycopy(array, 0, result, 0, start);
        System.arraycopy(values, 0, result, start, values.length);
        System.arraycopy(array, stop, result, start + values.length, size - stop);
        array = result;
        size = newSize;
    }

    public void clear() {
        java.util.Arrays.fill(array, 0, size, null);
        size = 0;
    }

    public Object[] toArray() {
        return Arrays.copyOf(array, size);
    }
}

package org.byterun.runtime;

import java.util.Arrays;

/** A mutable Python list backed by an Object array with spare capacity. */
public final class PyList {
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
            array = Arrays.copyOf(array, Math.max(4, size * 2));
        }
        array[size++] = value;
    }

    /** The backing array; only the first {@link #size()} entries are elements. */
    public Object[] getArray() {
        return array;
    }

    public Object[] toArray() {
        return Arrays.copyOf(array, size);
    }
}

package org.byterun.runtime;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A mutable Python list backed by an array with spare capacity. A list whose items have all been
 * floats keeps them unboxed in a {@code double[]} (a vector, a row of coordinates), so that
 * {@code v[0] -= d} in compiled code reads and writes a machine double and allocates nothing. Any
 * other item, or a caller that needs the items as objects ({@link #getArray()}), turns it into an
 * object list for good. An empty new list decides on its first item. A NaN is never unboxed (its
 * identity is observable: {@code [x] == [x]} holds for one NaN object, not for two).
 */
public final class PyList implements com.oracle.truffle.api.interop.TruffleObject {
    /** The object storage of an empty list that has not decided between the two. */
    private static final Object[] UNDECIDED = new Object[0];

    /** The items (object storage), or null while {@link #doubles} holds them. */
    private Object[] array;
    /** The items as unboxed floats (double storage), or null. */
    private double[] doubles;
    private int size;

    public PyList() {
        this.array = UNDECIDED;
    }

    /** Takes ownership of {@code items}. */
    public PyList(Object[] items) {
        this.size = items.length;
        if (allDoubles(items)) {
            this.doubles = unbox(items);
        } else {
            this.array = items;
        }
    }

    private static boolean allDoubles(Object[] items) {
        if (items.length == 0 || !(items[0] instanceof Double)) {
            return false;
        }
        for (Object item : items) {
            if (!Floats.isUnboxable(item)) {
                return false;
            }
        }
        return true;
    }

    @TruffleBoundary
    private static double[] unbox(Object[] items) {
        double[] d = new double[Math.max(4, items.length)];
        for (int i = 0; i < items.length; i++) {
            d[i] = (Double) items[i];
        }
        return d;
    }

    public int size() {
        return size;
    }

    public Object get(int i) {
        return doubles != null ? (Object) doubles[i] : array[i];
    }

    /**
     * Whether the items are unboxed floats. A node that profiles this reads with
     * {@link #getDouble}/{@link #getObject}, so that a float it hands on stays virtual in
     * compiled code (a box merged with an object read would have to be allocated).
     */
    public boolean hasDoubleStorage() {
        return doubles != null;
    }

    /** Item {@code i} of a list with double storage. */
    public double getDouble(int i) {
        return doubles[i];
    }

    /** Item {@code i} of a list with object storage. */
    public Object getObject(int i) {
        return array[i];
    }

    /** Stores a float other than NaN at {@code i} of a list with double storage. */
    public void setDouble(int i, double value) {
        doubles[i] = value;
    }

    public void set(int i, Object value) {
        if (doubles != null) {
            if (Floats.isUnboxable(value)) {
                doubles[i] = (Double) value;
                return;
            }
            generalize();
        }
        array[i] = value;
    }

    public void append(Object value) {
        if (doubles != null) {
            if (Floats.isUnboxable(value)) {
                if (size == doubles.length) {
                    growDoubles();
                }
                doubles[size++] = (Double) value;
                return;
            }
            generalize();
        } else if (array == UNDECIDED && Floats.isUnboxable(value)) {
            doubles = new double[4];
            array = null;
            doubles[size++] = (Double) value;
            return;
        }
        if (size == array.length) {
            grow();
        }
        array[size++] = value;
    }

    @TruffleBoundary
    private void grow() {
        array = Arrays.copyOf(array, Math.max(4, size * 2));
    }

    @TruffleBoundary
    private void growDoubles() {
        doubles = Arrays.copyOf(doubles, Math.max(4, size * 2));
    }

    /** Boxes the items into object storage, for good. */
    @TruffleBoundary
    private void generalize() {
        Object[] boxed = new Object[Math.max(4, doubles.length)];
        for (int i = 0; i < size; i++) {
            boxed[i] = doubles[i];
        }
        array = boxed;
        doubles = null;
    }

    /** Removes and returns the last item; the list is not empty. */
    public Object removeLast() {
        if (doubles != null) {
            return doubles[--size];
        }
        Object old = array[--size];
        array[size] = null;
        return old;
    }

    public void insert(int index, Object value) {
        append(value);
        if (doubles != null) {
            System.arraycopy(doubles, index, doubles, index + 1, size - 1 - index);
            doubles[index] = (Double) value;
            return;
        }
        System.arraycopy(array, index, array, index + 1, size - 1 - index);
        array[index] = value;
    }

    public void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            Object t = get(i);
            set(i, get(j));
            set(j, t);
        }
    }

    /** The backing array (only the first {@link #size()} entries are items); the list keeps object storage from now on. */
    public Object[] getArray() {
        if (doubles != null) {
            generalize();
        }
        return array;
    }

    public Object remove(int index) {
        if (doubles != null) {
            double old = doubles[index];
            System.arraycopy(doubles, index + 1, doubles, index, size - index - 1);
            size--;
            return old;
        }
        Object old = array[index];
        System.arraycopy(array, index + 1, array, index, size - index - 1);
        array[--size] = null;
        return old;
    }

    /** Replaces items [start, stop) with {@code values} (slice assignment). */
    public void replaceRange(int start, int stop, Object[] values) {
        if (stop - start == values.length && doubles == null) {
            // same length (a slice reversed or shifted in place): no new array
            System.arraycopy(values, 0, array, start, values.length);
            return;
        }
        Object[] current = getArray();
        int newSize = size - (stop - start) + values.length;
        Object[] result = new Object[Math.max(4, newSize)];
        System.arraycopy(current, 0, result, 0, start);
        System.arraycopy(values, 0, result, start, values.length);
        System.arraycopy(current, stop, result, start + values.length, size - stop);
        array = result;
        size = newSize;
    }

    public void clear() {
        if (doubles != null) {
            size = 0;
            return;
        }
        Arrays.fill(array, 0, size, null);
        size = 0;
    }

    /** A fresh array of the items. */
    public Object[] toArray() {
        if (doubles != null) {
            Object[] r = new Object[size];
            for (int i = 0; i < size; i++) {
                r[i] = doubles[i];
            }
            return r;
        }
        return Arrays.copyOf(array, size);
    }
}

package org.byterun.runtime;

/** Iterators over the builtin sequences; {@code next} returns null when exhausted. */
public final class PyIterators {
    private PyIterators() {
    }

    /** Common shape: a Java-side next() that returns null at the end (Python values are never null). */
    public abstract static class PyIterator implements PyObjectLike {
        public abstract Object next();

        /** What the StopIteration at the end carries (a generator's return value; None for the rest). */
        public Object stopValue() {
            return PyNone.INSTANCE;
        }

        /**
         * What {@code __length_hint__} answers (a Long, or NotImplemented); null for iterator types
         * that have no such method (enumerate, zip, map, ...).
         */
        public Object lengthHint() {
            return null;
        }
    }

    public static final class RangeIterator extends PyIterator {
        private long next;
        private long remaining;
        private final long step;

        public RangeIterator(PyRange r) {
            this(r.start, r.length(), r.step);
        }

        /** {@code length} values from {@code first} on, {@code step} apart (reversed() walks a range backwards). */
        public RangeIterator(long first, long length, long step) {
            this.next = first;
            this.remaining = length;
            this.step = step;
        }

        /** The next value; only valid when {@link #hasNext()}. */
        public long nextLong() {
            long v = next;
            next += step;
            remaining--;
            return v;
        }

        public boolean hasNext() {
            return remaining > 0;
        }

        @Override
        public Object next() {
            return hasNext() ? (Object) nextLong() : null;
        }

        @Override
        public Object lengthHint() {
            return Math.max(remaining, 0L);
        }

        @Override
        public PyType getPyType() {
            return BuiltinTypes.RANGE_ITERATOR;
        }
    }

    public static final class ListIterator extends PyIterator {
        private final PyList list;
        private int index;

        public ListIterator(PyList list) {
            this.list = list;
        }

        @Override
        public Object next() {
            int i = nextIndex();
            return i < 0 ? null : list.get(i);
        }

        /**
         * The index of the next item, stepping past it; -1, for good, once the list is exhausted.
         * The size is checked each time: the list may change while it is iterated.
         */
        public int nextIndex() {
            int i = index;
            if (i < list.size()) {
                index = i + 1;
                return i;
            }
            index = Integer.MAX_VALUE;
            return -1;
        }

        public PyList list() {
            return list;
        }

        @Override
        public Object lengthHint() {
            return (long) (index < list.size() ? list.size() - index : 0);
        }

        @Override
        public PyType getPyType() {
            return BuiltinTypes.LIST_ITERATOR;
        }
    }

    /** Iterates a fixed array: tuples, and snapshots of dict keys and sets. */
    public static final class ArrayIterator extends PyIterator {
        private final Object[] items;
        private final int size;
        private int index;
        private final PyType type;

        public ArrayIterator(Object[] items, int size, PyType type) {
            this.items = items;
            this.size = size;
            this.type = type;
        }

        @Override
        public Object next() {
            return index < size ? items[index++] : null;
        }

        @Override
        public Object lengthHint() {
            return (long) (size - index);
        }

        @Override
        public PyType getPyType() {
            return type;
        }
    }

    public static final class StringIterator extends PyIterator {
        private final String s;
        private int pos;

        public StringIterator(String s) {
            this.s = s;
        }

        @Override
        public Object next() {
            if (pos >= s.length()) {
                return null;
            }
            int cp = s.codePointAt(pos);
            int n = Character.charCount(cp);
            String r = s.substring(pos, pos + n);
            pos += n;
            return r;
        }

        @Override
        public Object lengthHint() {
            return (long) s.codePointCount(pos, s.length());
        }

        @Override
        public PyType getPyType() {
            return BuiltinTypes.STR_ITERATOR;
        }
    }
}

package org.byterun.runtime;

/** The iterators that reversed() gets from __reversed__ of list and dict (and its views). */
public final class ReverseIterators {
    private ReverseIterators() {
    }

    public static final PyType LIST_REVERSE_ITERATOR = new PyType("list_reverseiterator", BuiltinTypes.OBJECT);

    /** Walks a list from the end; like CPython's, it stops early if the list shrinks under it. */
    public static final class ListReverseIterator extends PyIterators.PyIterator {
        private final PyList list;
        private int index;

        public ListReverseIterator(PyList list) {
            this.list = list;
            this.index = list.size() - 1;
        }

        @Override
        public Object next() {
            if (index >= 0 && index < list.size()) {
                return list.get(index--);
            }
            index = -1;
            return null;
        }

        @Override
        public PyType getPyType() {
            return LIST_REVERSE_ITERATOR;
        }
    }
}

package org.byterun.runtime;

/** Iterates the bytes of bytes or bytearray as ints; re-reads the size, as a bytearray may change. */
public final class ByteIterator extends PyIterators.PyIterator {
    public static final PyType BYTES_ITERATOR = new PyType("bytes_iterator", BuiltinTypes.OBJECT);
    public static final PyType BYTEARRAY_ITERATOR = new PyType("bytearray_iterator", BuiltinTypes.OBJECT);

    private final PyBytes bytes;
    private final PyByteArray byteArray;
    private int index;

    public ByteIterator(PyBytes bytes) {
        this.bytes = bytes;
        this.byteArray = null;
    }

    public ByteIterator(PyByteArray byteArray) {
        this.bytes = null;
        this.byteArray = byteArray;
    }

    @Override
    public Object next() {
        if (bytes != null) {
            return index < bytes.size() ? (Object) (long) (bytes.bytes()[index++] & 0xFF) : null;
        }
        return index < byteArray.size() ? (Object) (long) byteArray.get(index++) : null;
    }

    @Override
    public Object lengthHint() {
        return (long) Math.max((bytes != null ? bytes.size() : byteArray.size()) - index, 0);
    }

    @Override
    public PyType getPyType() {
        return bytes != null ? BYTES_ITERATOR : BYTEARRAY_ITERATOR;
    }
}

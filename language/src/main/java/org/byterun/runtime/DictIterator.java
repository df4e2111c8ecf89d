package org.byterun.runtime;

/**
 * Iterates a dict's keys, values or items in insertion order (or reversed), raising CPython's
 * RuntimeError when the dict changes size while it is iterated.
 */
public final class DictIterator extends PyIterators.PyIterator {
    public enum Kind {
        KEYS,
        VALUES,
        ITEMS
    }

    private static final PyType[] FORWARD_TYPES = {BuiltinTypes.DICT_KEY_ITERATOR, new PyType("dict_valueiterator", BuiltinTypes.OBJECT),
                    new PyType("dict_itemiterator", BuiltinTypes.OBJECT)};
    private static final PyType[] REVERSE_TYPES = {BuiltinTypes.DICT_REVERSE_KEY_ITERATOR,
                    new PyType("dict_reversevalueiterator", BuiltinTypes.OBJECT), new PyType("dict_reverseitemiterator", BuiltinTypes.OBJECT)};

    private final HashStorage storage;
    private final Kind kind;
    private final boolean reverse;
    private final int expectedSize;
    private int position;
    private int remaining;

    public DictIterator(HashStorage storage, Kind kind, boolean reverse) {
        this.storage = storage;
        this.kind = kind;
        this.reverse = reverse;
        this.expectedSize = storage.size();
        this.remaining = storage.size();
        this.position = reverse ? storage.capacityUsed() - 1 : 0;
    }

    @Override
    public Object next() {
        if (remaining < 0) {
            return null;
        }
        if (storage.size() != expectedSize) {
            remaining = -1;
            throw PyErrors.create(BuiltinTypes.RUNTIME_ERROR, "dictionary changed size during iteration");
        }
        while (reverse ? position >= 0 : position < storage.capacityUsed()) {
            int i = position;
            position += reverse ? -1 : 1;
            Object k = i < storage.capacityUsed() ? storage.keyAt(i) : null;
            if (k != null) {
                if (remaining == 0) {
                    remaining = -1;
                    throw PyErrors.create(BuiltinTypes.RUNTIME_ERROR, "dictionary keys changed during iteration");
                }
                remaining--;
                return switch (kind) {
                    case KEYS -> k;
                    case VALUES -> storage.valueAt(i);
                    case ITEMS -> PyTuple.of(k, storage.valueAt(i));
                };
            }
        }
        remaining = -1;
        return null;
    }

    /** The iterator types of dicts and their views, forward and reversed. */
    public static PyType[] types() {
        return new PyType[]{FORWARD_TYPES[0], FORWARD_TYPES[1], FORWARD_TYPES[2], REVERSE_TYPES[0], REVERSE_TYPES[1], REVERSE_TYPES[2]};
    }

    @Override
    public Object lengthHint() {
        // CPython: the items left, while the dict has not changed size; else 0
        return (long) (remaining > 0 && storage.size() == expectedSize ? remaining : 0);
    }

    @Override
    public PyType getPyType() {
        return (reverse ? REVERSE_TYPES : FORWARD_TYPES)[kind.ordinal()];
    }
}

package org.byterun.runtime;

/** Iterates a set in table order, raising CPython's RuntimeError if the set changes size meanwhile. */
public final class SetIterator extends PyIterators.PyIterator {
    private final SetStorage storage;
    private final int expectedSize;
    private int position;
    private boolean done;
    private int remaining;

    public SetIterator(SetStorage storage) {
        this.storage = storage;
        this.expectedSize = storage.size();
        this.remaining = expectedSize;
    }

    @Override
    public Object next() {
        if (done) {
            return null;
        }
        if (storage.size() != expectedSize) {
            done = true;
            throw PyErrors.create(BuiltinTypes.RUNTIME_ERROR, "Set changed size during iteration");
        }
        while (position < storage.capacityUsed()) {
            Object k = storage.keyAt(position++);
            if (k != null) {
                remaining--;
                return k;
            }
        }
        done = true;
        return null;
    }

    @Override
    public Object lengthHint() {
        // CPython: the items left, while the set has not changed size; else 0
        return (long) (!done && storage.size() == expectedSize ? remaining : 0);
    }

    @Override
    public PyType getPyType() {
        return BuiltinTypes.SET_ITERATOR;
    }
}

package org.byterun.runtime;

/** A mutable Python set. */
public final class PySet extends PyAbstractSet {
    public PySet() {
        super(new SetStorage());
    }

    public PySet(SetStorage storage) {
        super(storage);
    }

    public static PySet of(Object... elements) {
        return new PySet(storageOf(elements));
    }

    public void add(Object key) {
        storage.add(key);
    }

    /** Removes {@code key}; returns whether it was present. */
    public boolean discard(Object key) {
        return storage.discard(key);
    }
}

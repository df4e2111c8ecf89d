package org.byterun.runtime;

/** A mutable Python set. */
public final class PySet extends PyAbstractSet {
    public PySet() {
        super(new HashStorage());
    }

    private PySet(HashStorage storage) {
        super(storage);
    }

    public static PySet of(Object... elements) {
        return new PySet(storageOf(elements));
    }

    public void add(Object key) {
        storage.put(key, Boolean.TRUE);
    }

    /** Removes {@code key}; returns whether it was present. */
    public boolean discard(Object key) {
        return storage.remove(key) != null;
    }
}

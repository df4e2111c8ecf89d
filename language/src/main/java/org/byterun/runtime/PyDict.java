package org.byterun.runtime;

/** A Python dict: insertion-ordered, with Python key equality. */
public final class PyDict implements com.oracle.truffle.api.interop.TruffleObject {
    private final HashStorage storage;

    public PyDict() {
        this.storage = new HashStorage();
    }

    public HashStorage storage() {
        return storage;
    }

    public int size() {
        return storage.size();
    }

    /** The value for {@code key}, or null if absent. */
    public Object get(Object key) {
        return storage.get(key);
    }

    public void put(Object key, Object value) {
        storage.put(key, value);
    }

    public Object remove(Object key) {
        return storage.remove(key);
    }
}

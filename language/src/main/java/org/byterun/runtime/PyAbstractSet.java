package org.byterun.runtime;

/** What set and frozenset share: a hash table of keys. */
public abstract class PyAbstractSet implements com.oracle.truffle.api.interop.TruffleObject {
    protected final HashStorage storage;

    protected PyAbstractSet(HashStorage storage) {
        this.storage = storage;
    }

    public HashStorage storage() {
        return storage;
    }

    public int size() {
        return storage.size();
    }

    public boolean contains(Object key) {
        return storage.containsKey(key);
    }

    protected static HashStorage storageOf(Object[] elements) {
        HashStorage s = new HashStorage(elements.length);
        for (Object e : elements) {
            s.put(e, Boolean.TRUE);
        }
        return s;
    }
}

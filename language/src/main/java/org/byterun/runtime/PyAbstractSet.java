package org.byterun.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** What set and frozenset share: a hash table of keys. */
public abstract class PyAbstractSet implements com.oracle.truffle.api.interop.TruffleObject {
    protected final SetStorage storage;

    protected PyAbstractSet(SetStorage storage) {
        this.storage = storage;
    }

    public SetStorage storage() {
        return storage;
    }

    public int size() {
        return storage.size();
    }

    /** {@code key in self}; a set key is looked up as the equal frozenset, as CPython does. */
    public boolean contains(Object key) {
        return storage.containsKey(key instanceof PySet s ? new PyFrozenSet(s.storage.copy()) : key);
    }

    protected static SetStorage storageOf(Object[] elements) {
        SetStorage s = new SetStorage();
        for (Object e : elements) {
            s.add(e);
        }
        return s;
    }

    /** The elements of any iterable, added as CPython's set_update_internal adds them. */
    @TruffleBoundary
    public static SetStorage storageFrom(Object iterable) {
        SetStorage s = new SetStorage();
        addAll(s, iterable);
        return s;
    }

    @TruffleBoundary
    public static void addAll(SetStorage s, Object iterable) {
        if (iterable instanceof PyAbstractSet other) {
            s.merge(other.storage);
        } else if (iterable instanceof PyDict d) {
            s.addDictKeys(d.storage());
        } else {
            PyIterators.PyIterator it = Iteration.getIterator(iterable);
            for (Object v = it.next(); v != null; v = it.next()) {
                s.add(v);
            }
        }
    }
}

package org.byterun.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** An immutable Python frozenset. */
public final class PyFrozenSet extends PyAbstractSet {
    public static final PyFrozenSet EMPTY = new PyFrozenSet(new HashStorage());

    private PyFrozenSet(HashStorage storage) {
        super(storage);
    }

    public static PyFrozenSet of(Object... elements) {
        return elements.length == 0 ? EMPTY : new PyFrozenSet(storageOf(elements));
    }

    /** CPython's frozenset hash: order-independent mixing of the element hashes. */
    @TruffleBoundary
    public long hashValue() {
        long hash = 0;
        for (int i = 0; i < storage.capacityUsed(); i++) {
            Object k = storage.keyAt(i);
            if (k != null) {
                long h = PyHash.hash(k);
                hash ^= ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
            }
        }
        hash ^= (storage.size() + 1L) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        if (hash == -1) {
            hash = 590923713L;
        }
        return hash;
    }
}

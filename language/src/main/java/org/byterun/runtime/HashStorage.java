package org.byterun.runtime;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * An insertion-ordered hash table with Python key semantics (CPython's compact dict layout): entries
 * live in dense arrays in insertion order, and a sparse open-addressing index points into them.
 * Used by dict (with values) and by set/frozenset (values unused).
 */
public final class HashStorage {
    private static final Object DELETED = new Object();
    private static final int MIN_INDEX = 8;

    private Object[] keys;
    private Object[] values;
    private long[] hashes;
    /** Number of entry slots used, including deleted ones. */
    private int used;
    /** Number of live entries. */
    private int size;
    /** Open-addressing index: 0 = empty, otherwise entry position + 1. */
    private int[] index;

    public HashStorage() {
        this(0);
    }

    public HashStorage(int expected) {
        int cap = Math.max(4, expected);
        keys = new Object[cap];
        values = new Object[cap];
        hashes = new long[cap];
        index = new int[indexSizeFor(cap)];
    }

    private static int indexSizeFor(int entries) {
        int n = MIN_INDEX;
        while (n < entries * 3 / 2 + 1) {
            n <<= 1;
        }
        return n;
    }

    public int size() {
        return size;
    }

    /** Index of the entry holding {@code key}, or -1. */
    @TruffleBoundary
    private int findEntry(Object key, long hash) {
        int mask = index.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int slot = index[i];
            if (slot == 0) {
                return -1;
            }
            int e = slot - 1;
            Object k = keys[e];
            if (k != DELETED && hashes[e] == hash && (k == key || PyHash.eq(k, key))) {
                return e;
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    @TruffleBoundary
    public Object get(Object key) {
        int e = findEntry(key, PyHash.hash(key));
        return e < 0 ? null : values[e];
    }

    @TruffleBoundary
    public boolean containsKey(Object key) {
        return findEntry(key, PyHash.hash(key)) >= 0;
    }

    /**
     * Keys whose binding compiled code assumes unchanged (LOAD_GLOBAL caches), with the assumption
     * each depends on; any store, deletion or clear of such a key invalidates it. Made on first use,
     * so ordinary dicts pay one null check per write.
     */
    private java.util.Map<Object, com.oracle.truffle.api.Assumption> stableKeys;
    /** How often each watched key was rebound; a key rebound often is not watched again. */
    private java.util.Map<Object, Integer> rebinds;
    private static final int MAX_REBINDS = 4;

    /** An assumption that {@code key}'s binding (or its absence) stays as it is now; null if the key changes too often. */
    @TruffleBoundary
    public com.oracle.truffle.api.Assumption stableAssumption(Object key) {
        if (stableKeys == null) {
            stableKeys = new java.util.HashMap<>();
            rebinds = new java.util.HashMap<>();
        }
        if (rebinds.getOrDefault(key, 0) >= MAX_REBINDS) {
            return null;
        }
        return stableKeys.computeIfAbsent(key, k -> com.oracle.truffle.api.Truffle.getRuntime().createAssumption("binding of " + k));
    }

    private void keyChanged(Object changed) {
        // watched keys are str names; a str subclass instance equal to one rebinds that name
        Object key = BuiltinValues.unwrap(changed);
        com.oracle.truffle.api.Assumption a = stableKeys.remove(key);
        if (a != null) {
            a.invalidate();
            rebinds.merge(key, 1, Integer::sum);
        }
    }

    @TruffleBoundary
    public void put(Object key, Object value) {
        if (stableKeys != null) {
            keyChanged(key);
        }
        long hash = PyHash.hash(key);
        int e = findEntry(key, hash);
        if (e >= 0) {
            values[e] = value;
            return;
        }
        if (used == keys.length) {
            grow();
        }
        keys[used] = key;
        values[used] = value;
        hashes[used] = hash;
        used++;
        size++;
        insertIndex(hash, used);
    }

    /** Removes {@code key}; returns the old value or null if it was absent. */
    @TruffleBoundary
    public Object remove(Object key) {
        if (stableKeys != null) {
            keyChanged(key);
        }
        int e = findEntry(key, PyHash.hash(key));
        if (e < 0) {
            return null;
        }
        Object old = values[e];
        keys[e] = DELETED;
        values[e] = null;
        size--;
        return old;
    }

    @TruffleBoundary
    public void clear() {
        if (stableKeys != null) {
            for (Object key : stableKeys.keySet().toArray()) {
                keyChanged(key);
            }
        }
        Arrays.fill(keys, 0, used, null);
        Arrays.fill(values, 0, used, null);
        Arrays.fill(index, 0);
        used = 0;
        size = 0;
    }

    private void insertIndex(long hash, int slotValue) {
        int mask = index.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (index[i] != 0) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        index[i] = slotValue;
    }

    /** Compacts away deleted entries and makes room for more. */
    private void grow() {
        int newCap = Math.max(4, size * 2);
        Object[] nk = new Object[newCap];
        Object[] nv = new Object[newCap];
        long[] nh = new long[newCap];
        int j = 0;
        for (int i = 0; i < used; i++) {
            if (keys[i] != DELETED) {
                nk[j] = keys[i];
                nv[j] = values[i];
                nh[j] = hashes[i];
                j++;
            }
        }
        keys = nk;
        values = nv;
        hashes = nh;
        used = j;
        index = new int[indexSizeFor(newCap)];
        for (int i = 0; i < used; i++) {
            insertIndex(hashes[i], i + 1);
        }
    }

    /** Number of entry positions to iterate over (live and deleted); use with {@link #keyAt}. */
    public int capacityUsed() {
        return used;
    }

    /** The key at entry position {@code i}, or null if that entry was deleted. */
    public Object keyAt(int i) {
        Object k = keys[i];
        return k == DELETED ? null : k;
    }

    public Object valueAt(int i) {
        return values[i];
    }

    /** Position of the most recently inserted live entry, or -1 when empty (for popitem). */
    public int lastEntry() {
        for (int i = used - 1; i >= 0; i--) {
            if (keys[i] != DELETED) {
                return i;
            }
        }
        return -1;
    }

    /** The live keys in insertion order. */
    @TruffleBoundary
    public Object[] keysArray() {
        Object[] out = new Object[size];
        int j = 0;
        for (int i = 0; i < used; i++) {
            if (keys[i] != DELETED) {
                out[j++] = keys[i];
            }
        }
        return out;
    }

    @TruffleBoundary
    public boolean contentEquals(HashStorage other) {
        if (size != other.size) {
            return false;
        }
        for (int i = 0; i < used; i++) {
            Object k = keys[i];
            if (k != DELETED) {
                Object ov = other.get(k);
                if (ov == null || !PyHash.eq(values[i], ov)) {
                    return false;
                }
            }
        }
        return true;
    }

    @TruffleBoundary
    public boolean keysEqual(HashStorage other) {
        if (size != other.size) {
            return false;
        }
        for (int i = 0; i < used; i++) {
            Object k = keys[i];
            if (k != DELETED && !other.containsKey(k)) {
                return false;
            }
        }
        return true;
    }
}

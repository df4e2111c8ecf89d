package org.byterun.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The hash table of set and frozenset, laid out as CPython's setobject.c lays it out (linear probes,
 * then perturbation; same growth rule), so that iteration order (and set.pop()) matches CPython for
 * keys whose hashes match CPython's, such as ints.
 */
public final class SetStorage {
    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    private static final Object DUMMY = new Object();

    private Object[] keys;
    private long[] hashes;
    /** Active plus dummy slots. */
    private int fill;
    /** Active slots. */
    private int used;
    /** Where pop() starts looking. */
    private int finger;

    public SetStorage() {
        keys = new Object[MIN_SIZE];
        hashes = new long[MIN_SIZE];
    }

    public int size() {
        return used;
    }

    private int mask() {
        return keys.length - 1;
    }

    /** Slot of {@code key}, or -1. */
    @TruffleBoundary
    private int lookup(Object key, long hash) {
        int mask = mask();
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            for (int j = i; j <= i + probes; j++) {
                Object k = keys[j];
                if (k == null) {
                    return -1;
                }
                if (k != DUMMY && hashes[j] == hash && (k == key || PyHash.eq(k, key))) {
                    return j;
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /**
     * Whether the int {@code v} is an element: 1 yes, 0 no, -1 when an element of another type
     * has its hash (then the general lookup decides, equality being Python's). No boundary: an int
     * membership test compiles inline.
     */
    public int containsLong(long v) {
        int j = findLong(v);
        return j >= 0 ? 1 : j == ABSENT ? 0 : -1;
    }

    private static final int ABSENT = -1;
    private static final int UNDECIDED = -2;

    /** The slot of the int {@code v}, or ABSENT, or UNDECIDED (an element of another type has its hash). */
    private int findLong(long v) {
        if (v == Long.MIN_VALUE) {
            return UNDECIDED;
        }
        long hash = PyHash.hashLong(v);
        Object[] ks = keys;
        long[] hs = hashes;
        int mask = ks.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            for (int j = i; j <= i + probes; j++) {
                Object k = ks[j];
                if (k == null) {
                    return ABSENT;
                }
                if (k != DUMMY && hs[j] == hash) {
                    if (!(k instanceof Long l)) {
                        return UNDECIDED;
                    }
                    if (l == v) {
                        return j;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /**
     * Adds the int {@code v} inline (the probe for it, then {@link #add}'s own insertion); false when
     * an element of another type has its hash, and the general path must decide.
     */
    public boolean addLong(long v) {
        int j = findLong(v);
        if (j == ABSENT) {
            addEntry(v, PyHash.hashLong(v));
        }
        return j != UNDECIDED;
    }

    /** Removes the int {@code v} inline: 1 removed, 0 absent, -1 when the general path must decide. */
    public int discardLong(long v) {
        int j = findLong(v);
        if (j < 0) {
            return j == ABSENT ? 0 : -1;
        }
        keys[j] = DUMMY;
        used--;
        return 1;
    }

    @TruffleBoundary
    public boolean containsKey(Object key) {
        return lookup(key, PyHash.hash(key)) >= 0;
    }

    @TruffleBoundary
    public void add(Object key) {
        addEntry(key, PyHash.hash(key));
    }

    private void addEntry(Object key, long hash) {
        int mask = mask();
        long perturb = hash;
        int i = (int) (hash & mask);
        int freeSlot = -1;
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            for (int j = i; j <= i + probes; j++) {
                Object k = keys[j];
                if (k == null) {
                    if (freeSlot >= 0) {
                        keys[freeSlot] = key;
                        hashes[freeSlot] = hash;
                        used++;
                        return;
                    }
                    keys[j] = key;
                    hashes[j] = hash;
                    fill++;
                    used++;
                    if ((long) fill * 5 >= (long) mask * 3) {
                        resize(used > 50000 ? used * 2 : used * 4);
                    }
                    return;
                }
                if (k == DUMMY) {
                    // CPython 3.13 reuses the last deleted slot seen on the probe path, not the first
                    freeSlot = j;
                } else if (hashes[j] == hash && (k == key || PyHash.eq(k, key))) {
                    return;
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** Removes {@code key}; returns whether it was present. */
    @TruffleBoundary
    public boolean discard(Object key) {
        int j = lookup(key, PyHash.hash(key));
        if (j < 0) {
            return false;
        }
        keys[j] = DUMMY;
        used--;
        return true;
    }

    /** Removes and returns an element (CPython's choice), or null when empty. */
    @TruffleBoundary
    public Object pop() {
        if (used == 0) {
            return null;
        }
        int i = finger & mask();
        while (keys[i] == null || keys[i] == DUMMY) {
            i = i + 1 > mask() ? 0 : i + 1;
        }
        Object key = keys[i];
        keys[i] = DUMMY;
        used--;
        finger = i + 1;
        return key;
    }

    @TruffleBoundary
    public void clear() {
        keys = new Object[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        fill = 0;
        used = 0;
    }

    @TruffleBoundary
    private void resize(int minUsed) {
        int newSize = MIN_SIZE;
        while (newSize <= minUsed) {
            newSize <<= 1;
        }
        Object[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new Object[newSize];
        hashes = new long[newSize];
        fill = used;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null && oldKeys[i] != DUMMY) {
                insertClean(oldKeys[i], oldHashes[i]);
            }
        }
    }

    /** After bulk removal: rebuilds the table when more than a quarter of it is deleted slots. */
    @TruffleBoundary
    public void compactIfSparse() {
        if (fill - used > mask() / 4) {
            resize(used > 50000 ? used * 2 : used * 4);
        }
    }

    /** Takes over the table of {@code other} (CPython's set_swap_bodies, for intersection_update). */
    public void replaceWith(SetStorage other) {
        keys = other.keys;
        hashes = other.hashes;
        fill = other.fill;
        used = other.used;
    }

    /** Inserts a key known to be absent into a table without dummies. */
    private void insertClean(Object key, long hash) {
        int mask = mask();
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            if (keys[i] == null) {
                keys[i] = key;
                hashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = i + 1; j <= i + LINEAR_PROBES; j++) {
                    if (keys[j] == null) {
                        keys[j] = key;
                        hashes[j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** set.update(other set): CPython's set_merge, one resize up front. */
    @TruffleBoundary
    public void merge(SetStorage other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) mask() * 3) {
            resize((used + other.used) * 2);
        }
        if (fill == 0 && mask() == other.mask() && other.fill == other.used) {
            System.arraycopy(other.keys, 0, keys, 0, keys.length);
            System.arraycopy(other.hashes, 0, hashes, 0, hashes.length);
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int i = 0; i < other.keys.length; i++) {
                Object k = other.keys[i];
                if (k != null && k != DUMMY) {
                    insertClean(k, other.hashes[i]);
                }
            }
            return;
        }
        for (int i = 0; i < other.keys.length; i++) {
            Object k = other.keys[i];
            if (k != null && k != DUMMY) {
                addEntry(k, other.hashes[i]);
            }
        }
    }

    /** Adds the keys of a dict, presized as CPython does for an exact dict argument. */
    @TruffleBoundary
    public void addDictKeys(HashStorage dict) {
        if ((long) (fill + dict.size()) * 5 >= (long) mask() * 3) {
            resize((used + dict.size()) * 2);
        }
        for (int i = 0; i < dict.capacityUsed(); i++) {
            Object k = dict.keyAt(i);
            if (k != null) {
                add(k);
            }
        }
    }

    /** Number of slots, for iteration with {@link #keyAt}. */
    public int capacityUsed() {
        return keys.length;
    }

    /** The key in slot {@code i}, or null if the slot is empty or deleted. */
    public Object keyAt(int i) {
        Object k = keys[i];
        return k == DUMMY ? null : k;
    }

    /** The keys in table order. */
    @TruffleBoundary
    public Object[] keysArray() {
        Object[] out = new Object[used];
        int j = 0;
        for (Object k : keys) {
            if (k != null && k != DUMMY) {
                out[j++] = k;
            }
        }
        return out;
    }

    @TruffleBoundary
    public boolean keysEqual(SetStorage other) {
        return used == other.used && isSubsetOf(other);
    }

    @TruffleBoundary
    public boolean isSubsetOf(SetStorage other) {
        if (used > other.used) {
            return false;
        }
        for (Object k : keys) {
            if (k != null && k != DUMMY && !other.containsKey(k)) {
                return false;
            }
        }
        return true;
    }

    /** CPython's frozenset hash: order-independent mixing of the element hashes. */
    @TruffleBoundary
    public long frozenHash() {
        long hash = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null && keys[i] != DUMMY) {
                long h = hashes[i];
                hash ^= ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
            }
        }
        hash ^= (used + 1L) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        return hash == -1 ? 590923713L : hash;
    }

    public SetStorage copy() {
        SetStorage s = new SetStorage();
        s.merge(this);
        return s;
    }
}

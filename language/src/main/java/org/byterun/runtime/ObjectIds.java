package org.byterun.runtime;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * id(): a number per object, unique while the object lives. Objects are numbered on first request and
 * held weakly (ids are multiples of 16); ints, bools and floats get ids computed from their value,
 * because {@code is} treats equal boxed values as the same object: 16 * value + 8 for ints (the value
 * read as unsigned), 16 * bits + 4 for floats, 12 and 28 for False and True.
 */
public final class ObjectIds {
    private ObjectIds() {
    }

    /** Weak references to numbered objects, bucketed by identity hash. */
    private static final Map<Integer, List<NumberedRef>> OBJECT_IDS = new HashMap<>();
    private static final ReferenceQueue<Object> CLEARED = new ReferenceQueue<>();
    private static long nextId = 1;

    private static final class NumberedRef extends WeakReference<Object> {
        final int bucket;
        final long id;

        NumberedRef(Object referent, int bucket, long id) {
            super(referent, CLEARED);
            this.bucket = bucket;
            this.id = id;
        }
    }

    @TruffleBoundary
    public static Object id(Object o) {
        if (o instanceof Long l) {
            return valueId(l, 8);
        } else if (o instanceof Double d) {
            return valueId(Double.doubleToRawLongBits(d), 4);
        } else if (o instanceof Boolean b) {
            return b ? 28L : 12L;
        }
        return objectId(o);
    }

    private static Object valueId(long bits, int tag) {
        if (bits >= 0 && bits < (1L << 59)) {
            return bits * 16 + tag;
        }
        return new BigInteger(Long.toUnsignedString(bits)).shiftLeft(4).add(BigInteger.valueOf(tag));
    }

    private static synchronized long objectId(Object o) {
        expungeCleared();
        int bucket = System.identityHashCode(o);
        List<NumberedRef> refs = OBJECT_IDS.computeIfAbsent(bucket, k -> new ArrayList<>(1));
        for (NumberedRef ref : refs) {
            if (ref.get() == o) {
                return ref.id;
            }
        }
        long id = newId();
        refs.add(new NumberedRef(o, bucket, id));
        return id;
    }

    /** Ids look like CPython's (multiples of 16 in a plausible address range) but are just counters. */
    private static long newId() {
        return 0x7f0000000000L + 16 * nextId++;
    }

    private static void expungeCleared() {
        for (Object r = CLEARED.poll(); r != null; r = CLEARED.poll()) {
            NumberedRef ref = (NumberedRef) r;
            List<NumberedRef> refs = OBJECT_IDS.get(ref.bucket);
            if (refs != null) {
                refs.remove(ref);
                if (refs.isEmpty()) {
                    OBJECT_IDS.remove(ref.bucket);
                }
            }
        }
    }
}

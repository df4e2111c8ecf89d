package org.byterun.runtime;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * id(): a number per object, unique while the object lives. Objects are numbered on first request and
 * held weakly; ints, bools and floats are numbered by value, because {@code is} treats equal boxed
 * values as the same object.
 */
public final class ObjectIds {
    private ObjectIds() {
    }

    private static final Map<Object, Long> INT_IDS = new HashMap<>();
    /** Floats by their bits, so that 0.0 and -0.0 differ as they do under {@code is}. */
    private static final Map<Long, Long> FLOAT_IDS = new HashMap<>();
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
    public static synchronized long id(Object o) {
        if (o instanceof Long || o instanceof Boolean) {
            return INT_IDS.computeIfAbsent(o, k -> newId());
        } else if (o instanceof Double d) {
            return FLOAT_IDS.computeIfAbsent(Double.doubleToRawLongBits(d), k -> newId());
        }
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

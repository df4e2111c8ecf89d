package org.byterun.runtime;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Helpers over builtin sequences and iterables: materializing, concatenating, repeating. */
public final class Sequences {
    private Sequences() {
    }

    public static Object[] concat(Object[] a, int na, Object[] b, int nb) {
        Object[] r = Arrays.copyOf(a, na + nb);
        System.arraycopy(b, 0, r, na, nb);
        return r;
    }

    public static byte[] concatBytes(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /** seq * n for str, list, tuple and bytes. */
    @TruffleBoundary
    public static Object repeat(Object seq, long n) {
        if (n < 0) {
            n = 0;
        }
        int len = length(seq);
        if (len != 0 && n > Integer.MAX_VALUE / len) {
            throw PyErrors.create(BuiltinTypes.MEMORY_ERROR, "");
        }
        int count = (int) n;
        if (seq instanceof String s) {
            return s.repeat(count);
        } else if (seq instanceof PyBytes b) {
            byte[] r = new byte[len * count];
            for (int i = 0; i < count; i++) {
                System.arraycopy(b.bytes(), 0, r, i * len, len);
            }
            return new PyBytes(r);
        }
        Object[] items = seq instanceof PyList l ? l.getArray() : ((PyTuple) seq).items();
        Object[] r = new Object[len * count];
        for (int i = 0; i < count; i++) {
            System.arraycopy(items, 0, r, i * len, len);
        }
        return seq instanceof PyList ? new PyList(r) : new PyTuple(r);
    }

    private static int length(Object seq) {
        if (seq instanceof String s) {
            return s.length();
        } else if (seq instanceof PyList l) {
            return l.size();
        } else if (seq instanceof PyTuple t) {
            return t.size();
        }
        return ((PyBytes) seq).size();
    }

    /**
     * The items of any iterable, as a fresh array, as CPython's list(), tuple() and PySequence_Fast
     * collect them: a Python object's length hint is consulted first (its errors count).
     */
    @TruffleBoundary
    public static Object[] toArray(Object iterable) {
        return collect(iterable, true);
    }

    /** The items an iteration of {@code iterable} yields, with no length hint (unpacking, dict.fromkeys). */
    @TruffleBoundary
    public static Object[] iterate(Object iterable) {
        return collect(iterable, false);
    }

    private static Object[] collect(Object iterable, boolean lengthHint) {
        if (iterable instanceof PyList l) {
            return l.toArray();
        } else if (iterable instanceof PyTuple t) {
            return t.items().clone();
        }
        PyIterators.PyIterator it = Iteration.getIterator(iterable);
        if (lengthHint && SpecialMethods.hasHeapType(iterable)) {
            SpecialMethods.lengthHint(iterable, 8);
        }
        PyList out = new PyList();
        for (Object v = it.next(); v != null; v = it.next()) {
            out.append(v);
        }
        return out.toArray();
    }
}

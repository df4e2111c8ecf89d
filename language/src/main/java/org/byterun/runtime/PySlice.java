package org.byterun.runtime;

/** A slice object: start, stop and step, each any value (None when omitted). */
public final class PySlice implements PyObjectLike {
    public final Object start;
    public final Object stop;
    public final Object step;

    public PySlice(Object start, Object stop, Object step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    /** (start, stop, step): slices compare and hash as this tuple. */
    public PyTuple asTuple() {
        return PyTuple.of(start, stop, step);
    }

    @Override
    public PyType getPyType() {
        return BuiltinTypes.SLICE;
    }

    @Override
    public String repr() {
        return "slice(" + Repr.repr(start) + ", " + Repr.repr(stop) + ", " + Repr.repr(step) + ")";
    }

    /** start, stop, step and length of this slice applied to a sequence of {@code length} items. */
    public record Indices(int start, int stop, int step, int length) {
    }

    /** CPython's PySlice_GetIndicesEx: clamp the bounds to the sequence. */
    public Indices indices(int length) {
        long st = step == PyNone.INSTANCE ? 1 : index(step);
        if (st == 0) {
            throw PyErrors.valueError("slice step cannot be zero");
        }
        long lower = st < 0 ? -1 : 0;
        long upper = st < 0 ? length - 1 : length;
        long s = start == PyNone.INSTANCE ? (st < 0 ? upper : lower) : clamp(index(start), length, lower, upper);
        long e = stop == PyNone.INSTANCE ? (st < 0 ? lower : upper) : clamp(index(stop), length, lower, upper);
        long n;
        if (st > 0) {
            n = s < e ? (e - s - 1) / st + 1 : 0;
        } else {
            n = e < s ? (s - e - 1) / (-st) + 1 : 0;
        }
        return new Indices((int) s, (int) e, (int) Math.max(Math.min(st, Integer.MAX_VALUE), -Integer.MAX_VALUE), (int) n);
    }

    private static long clamp(long v, int length, long lower, long upper) {
        if (v < 0) {
            v += length;
            return v < lower ? lower : v;
        }
        return v > upper ? upper : v;
    }

    private static long index(Object o) {
        return PyNumbers.sliceIndex(o, "slice indices must be integers or None or have an __index__ method");
    }
}

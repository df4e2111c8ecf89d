package org.byterun.runtime;

/** A Python range over longs (ranges beyond long are not supported yet and are rejected by range()). */
public final class PyRange implements PyObjectLike {
    public final long start;
    public final long stop;
    public final long step;

    public PyRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    public long length() {
        if (step > 0) {
            return start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0;
    }

    /** Position of {@code v} in this range, or -1 (only ints are ever in a range here). */
    public long indexOf(Object v) {
        if (!(v instanceof Long || v instanceof Boolean)) {
            return -1;
        }
        long x = v instanceof Boolean b ? (b ? 1 : 0) : (Long) v;
        long len = length();
        long off = x - start;
        if (len == 0 || off % step != 0) {
            return -1;
        }
        long i = off / step;
        return i >= 0 && i < len ? i : -1;
    }

    /** Ranges are equal when they produce the same sequence. */
    public boolean sameSequence(PyRange o) {
        long n = length();
        if (n != o.length()) {
            return false;
        }
        if (n == 0) {
            return true;
        }
        return start == o.start && (n == 1 || step == o.step);
    }

    @Override
    public PyType getPyType() {
        return BuiltinTypes.RANGE;
    }

    @Override
    public String repr() {
        return step == 1 ? "range(" + start + ", " + stop + ")" : "range(" + start + ", " + stop + ", " + step + ")";
    }
}

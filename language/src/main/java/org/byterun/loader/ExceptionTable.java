package org.byterun.loader;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;

/**
 * A code object's exception table (CPython 3.11+ format, see Objects/exception_handling_notes.txt),
 * decoded at load time into parallel arrays. All positions are in code units.
 */
public final class ExceptionTable {
    public static final ExceptionTable EMPTY = new ExceptionTable(new int[0], new int[0], new int[0], new int[0], new boolean[0]);

    @CompilationFinal(dimensions = 1) private final int[] starts;
    /** Exclusive end of each protected range. */
    @CompilationFinal(dimensions = 1) private final int[] ends;
    @CompilationFinal(dimensions = 1) private final int[] targets;
    @CompilationFinal(dimensions = 1) private final int[] depths;
    @CompilationFinal(dimensions = 1) private final boolean[] pushLasti;

    private ExceptionTable(int[] starts, int[] ends, int[] targets, int[] depths, boolean[] pushLasti) {
        this.starts = starts;
        this.ends = ends;
        this.targets = targets;
        this.depths = depths;
        this.pushLasti = pushLasti;
    }

    public static ExceptionTable decode(byte[] raw) {
        if (raw.length == 0) {
            return EMPTY;
        }
        VarintReader r = new VarintReader(raw);
        List<int[]> entries = new ArrayList<>();
        while (r.hasMore()) {
            if ((r.peek() & 0x80) == 0) {
                throw new IllegalArgumentException("exception table entry does not start with the start bit");
            }
            int start = r.readBigEndianVarint();
            int length = r.readBigEndianVarint();
            int target = r.readBigEndianVarint();
            int depthLasti = r.readBigEndianVarint();
            entries.add(new int[]{start, start + length, target, depthLasti >>> 1, depthLasti & 1});
        }
        int n = entries.size();
        int[] s = new int[n];
        int[] e = new int[n];
        int[] t = new int[n];
        int[] d = new int[n];
        boolean[] l = new boolean[n];
        for (int i = 0; i < n; i++) {
            int[] en = entries.get(i);
            s[i] = en[0];
            e[i] = en[1];
            t[i] = en[2];
            d[i] = en[3];
            l[i] = en[4] != 0;
        }
        return new ExceptionTable(s, e, t, d, l);
    }

    public int size() {
        return starts.length;
    }

    /** The entry covering code unit {@code unit}, or -1 if none. */
    public int findHandler(int unit) {
        for (int i = 0; i < starts.length; i++) {
            if (unit >= starts[i] && unit < ends[i]) {
                return i;
            }
        }
        return -1;
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    public int target(int i) {
        return targets[i];
    }

    public int depth(int i) {
        return depths[i];
    }

    public boolean pushLasti(int i) {
        return pushLasti[i];
    }
}

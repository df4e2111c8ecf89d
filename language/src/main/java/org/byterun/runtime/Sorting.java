package org.byterun.runtime;

import org.byterun.nodes.Calls;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * CPython's list sort: stable, only ever asks {@code a < b}, and finds runs and sorts short ones by
 * binary insertion exactly as CPython 3.13 does, so that the first failing comparison (and its error
 * message) is the same. Runs are then merged by a plain stable merge instead of galloping.
 */
public final class Sorting {
    private Sorting() {
    }

    /** Sorts {@code items[0, n)} in place, by {@code key(item)} when key is not None. */
    @TruffleBoundary
    public static void sort(Object[] items, int n, Object key, boolean reverse) {
        if (n < 2) {
            return;
        }
        Object[] keys = items;
        Object[] values = null;
        if (key != PyNone.INSTANCE) {
            keys = new Object[n];
            for (int i = 0; i < n; i++) {
                keys[i] = Calls.call(key, items[i]);
            }
            values = items;
        }
        // reversing before and after a stable sort keeps equal items in their original order
        if (reverse) {
            reverse(keys, values, 0, n);
        }
        new Sorter(keys, values).sort(n);
        if (reverse) {
            reverse(keys, values, 0, n);
        }
    }

    private static void reverse(Object[] keys, Object[] values, int from, int to) {
        for (int i = from, j = to - 1; i < j; i++, j--) {
            swap(keys, i, j);
            if (values != null) {
                swap(values, i, j);
            }
        }
    }

    private static void swap(Object[] a, int i, int j) {
        Object t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    private static boolean lessThan(Object a, Object b) {
        return Comparison.compare(Comparison.LT, a, b);
    }

    /** One sort of a key array with an optional parallel value array. */
    private static final class Sorter {
        private final Object[] keys;
        private final Object[] values;

        Sorter(Object[] keys, Object[] values) {
            this.keys = keys;
            this.values = values;
        }

        void sort(int n) {
            int minRun = minRun(n);
            int[] runEnds = new int[n];
            int runs = 0;
            int lo = 0;
            while (lo < n) {
                int remaining = n - lo;
                int run = countRun(lo, remaining);
                if (run < minRun) {
                    int force = Math.min(remaining, minRun);
                    binaryInsertion(lo, lo + force, lo + run);
                    run = force;
                }
                lo += run;
                runEnds[runs++] = lo;
            }
            mergeRuns(runEnds, runs);
        }

        /** CPython's merge_compute_minrun. */
        private static int minRun(int n) {
            int r = 0;
            while (n >= 64) {
                r |= n & 1;
                n >>= 1;
            }
            return n + r;
        }

        /** CPython 3.13's count_run: the length of the run at {@code lo}, made ascending in place. */
        private int countRun(int lo, int remaining) {
            int n = 1;
            while (n < remaining && !lessThan(keys[lo + n], keys[lo + n - 1])) {
                n++;
            }
            if (n == remaining) {
                return n;
            }
            if (n > 1) {
                if (lessThan(keys[lo], keys[lo + n - 1])) {
                    return n;
                }
                // keys[lo, lo+n) are all equal: reversed here, they come back in order below
                reverse(keys, values, lo, lo + n);
            }
            n++;
            int equal = 0;
            for (; n < remaining; n++) {
                if (lessThan(keys[lo + n], keys[lo + n - 1])) {
                    equal = reverseEqualTail(lo, n, equal);
                } else if (lessThan(keys[lo + n - 1], keys[lo + n])) {
                    break;
                } else {
                    equal++;
                }
            }
            reverseEqualTail(lo, n, equal);
            reverse(keys, values, lo, lo + n);
            while (n < remaining && !lessThan(keys[lo + n], keys[lo + n - 1])) {
                n++;
            }
            return n;
        }

        /** REVERSE_LAST_NEQ: the last {@code equal + 1} keys before {@code lo + n} are equal. */
        private int reverseEqualTail(int lo, int n, int equal) {
            if (equal > 0) {
                reverse(keys, values, lo + n - equal - 1, lo + n);
            }
            return 0;
        }

        /** CPython's binarysort: keys[lo, sorted) are in order; inserts the rest up to hi. */
        private void binaryInsertion(int lo, int hi, int sorted) {
            for (int ok = Math.max(sorted, lo + 1); ok < hi; ok++) {
                Object pivot = keys[ok];
                int l = lo;
                int r = ok;
                while (l < r) {
                    int m = (l + r) >>> 1;
                    if (lessThan(pivot, keys[m])) {
                        r = m;
                    } else {
                        l = m + 1;
                    }
                }
                System.arraycopy(keys, l, keys, l + 1, ok - l);
                keys[l] = pivot;
                if (values != null) {
                    Object v = values[ok];
                    System.arraycopy(values, l, values, l + 1, ok - l);
                    values[l] = v;
                }
            }
        }

        /** Merges neighbouring runs pairwise until one is left. */
        private void mergeRuns(int[] runEnds, int runs) {
            Object[] keyBuffer = runs > 1 ? new Object[keys.length] : null;
            Object[] valueBuffer = runs > 1 && values != null ? new Object[values.length] : null;
            while (runs > 1) {
                int merged = 0;
                int start = 0;
                for (int i = 0; i < runs; i += 2) {
                    if (i + 1 < runs) {
                        merge(start, runEnds[i], runEnds[i + 1], keyBuffer, valueBuffer);
                        start = runEnds[i + 1];
                        runEnds[merged++] = runEnds[i + 1];
                    } else {
                        runEnds[merged++] = runEnds[i];
                    }
                }
                runs = merged;
            }
        }

        /** Stable merge of [lo, mid) and [mid, hi): an item of the right run goes first only if strictly less. */
        private void merge(int lo, int mid, int hi, Object[] keyBuffer, Object[] valueBuffer) {
            int leftLength = mid - lo;
            System.arraycopy(keys, lo, keyBuffer, 0, leftLength);
            if (values != null) {
                System.arraycopy(values, lo, valueBuffer, 0, leftLength);
            }
            int i = 0;
            int j = mid;
            int out = lo;
            while (i < leftLength && j < hi) {
                if (lessThan(keys[j], keyBuffer[i])) {
                    moveFrom(keys, values, j++, out++);
                } else {
                    keys[out] = keyBuffer[i];
                    if (values != null) {
                        values[out] = valueBuffer[i];
                    }
                    out++;
                    i++;
                }
            }
            System.arraycopy(keyBuffer, i, keys, out, leftLength - i);
            if (values != null) {
                System.arraycopy(valueBuffer, i, values, out, leftLength - i);
            }
        }

        private static void moveFrom(Object[] keys, Object[] values, int from, int to) {
            keys[to] = keys[from];
            if (values != null) {
                values[to] = values[from];
            }
        }
    }
}

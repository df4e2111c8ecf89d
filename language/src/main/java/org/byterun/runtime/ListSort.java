package org.byterun.runtime;

import org.byterun.nodes.Calls;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * list.sort: a stable merge sort that only asks "a < b" (as CPython's timsort does), so an
 * inconsistent __lt__ gives some order instead of a Java contract violation.
 */
public final class ListSort {
    private ListSort() {
    }

    /** Sorts {@code list} in place; keys are computed once, before any comparison. */
    @TruffleBoundary
    public static void sort(PyList list, Object key, boolean reverse) {
        Object[] items = list.toArray();
        // CPython empties the list while sorting, so that mutation during the sort is detectable
        list.clear();
        try {
            Object[] keys = items;
            if (key != null && key != PyNone.INSTANCE) {
                keys = new Object[items.length];
                for (int i = 0; i < items.length; i++) {
                    keys[i] = Calls.call(key, items[i]);
                }
            }
            if (reverse) {
                reverseInPlace(items);
                if (keys != items) {
                    reverseInPlace(keys);
                }
            }
            mergeSort(keys, items, keys == items ? null : new Object[items.length], new Object[items.length]);
            if (reverse) {
                reverseInPlace(items);
            }
        } finally {
            boolean modified = list.size() != 0;
            list.replaceRange(0, list.size(), items);
            if (modified) {
                throw PyErrors.valueError("list modified during sort");
            }
        }
    }

    static void reverseInPlace(Object[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            Object t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** Sorts keys (and items alongside when they differ) stably; tmpKeys/tmpItems are scratch space. */
    private static void mergeSort(Object[] keys, Object[] items, Object[] tmpItems, Object[] tmpKeys) {
        int n = keys.length;
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n - width; lo += 2 * width) {
                merge(keys, items, tmpKeys, tmpItems, lo, lo + width, Math.min(lo + 2 * width, n));
            }
        }
    }

    private static void merge(Object[] keys, Object[] items, Object[] tmpKeys, Object[] tmpItems, int lo, int mid, int hi) {
        // already in order: nothing to merge
        if (!Comparison.compare(Comparison.LT, keys[mid], keys[mid - 1])) {
            return;
        }
        System.arraycopy(keys, lo, tmpKeys, lo, hi - lo);
        if (tmpItems != null) {
            System.arraycopy(items, lo, tmpItems, lo, hi - lo);
        }
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
            // take from the right only when strictly smaller: keeps equal elements in order
            boolean right = Comparison.compare(Comparison.LT, tmpKeys[j], tmpKeys[i]);
            int from = right ? j++ : i++;
            keys[k] = tmpKeys[from];
            if (tmpItems != null) {
                items[k] = tmpItems[from];
            }
            k++;
        }
        while (i < mid) {
            keys[k] = tmpKeys[i];
            if (tmpItems != null) {
                items[k] = tmpItems[i];
            }
            k++;
            i++;
        }
        while (j < hi) {
            keys[k] = tmpKeys[j];
            if (tmpItems != null) {
                items[k] = tmpItems[j];
            }
            k++;
            j++;
        }
    }
}

package org.byterun.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Union, intersection, difference and symmetric difference, following setobject.c step by step
 * (which operand is iterated, when tables are resized) so that results iterate in CPython's order.
 */
public final class SetAlgebra {
    private SetAlgebra() {
    }

    /** {@code key in other} for a set, a dict or (after materializing) any iterable. */
    private static boolean containsIn(Object other, Object key) {
        if (other instanceof PyAbstractSet s) {
            return s.contains(key);
        }
        return ((PyDict) other).storage().containsKey(key);
    }

    @TruffleBoundary
    public static SetStorage union(SetStorage so, Object other) {
        SetStorage result = so.copy();
        PyAbstractSet.addAll(result, other);
        return result;
    }

    @TruffleBoundary
    public static SetStorage intersection(SetStorage so, Object other) {
        if (other instanceof PyAbstractSet os && os.storage() == so) {
            return so.copy();
        }
        SetStorage result = new SetStorage();
        if (other instanceof PyAbstractSet os) {
            SetStorage big = so;
            SetStorage small = os.storage();
            if (small.size() > big.size()) {
                big = os.storage();
                small = so;
            }
            for (int i = 0; i < small.capacityUsed(); i++) {
                Object k = small.keyAt(i);
                if (k != null && big.containsKey(k)) {
                    result.add(k);
                }
            }
            return result;
        }
        PyIterators.PyIterator it = Iteration.getIterator(other);
        for (Object k = it.next(); k != null; k = it.next()) {
            if (so.containsKey(k)) {
                result.add(k);
            }
        }
        return result;
    }

    @TruffleBoundary
    public static SetStorage difference(SetStorage so, Object other) {
        int otherSize;
        if (other instanceof PyAbstractSet s) {
            otherSize = s.size();
        } else if (other instanceof PyDict d) {
            otherSize = d.size();
        } else {
            return copyAndDifference(so, other);
        }
        if ((so.size() >> 2) > otherSize) {
            return copyAndDifference(so, other);
        }
        SetStorage result = new SetStorage();
        for (int i = 0; i < so.capacityUsed(); i++) {
            Object k = so.keyAt(i);
            if (k != null && !containsIn(other, k)) {
                result.add(k);
            }
        }
        return result;
    }

    private static SetStorage copyAndDifference(SetStorage so, Object other) {
        SetStorage result = so.copy();
        differenceUpdate(result, other);
        return result;
    }

    @TruffleBoundary
    public static void differenceUpdate(SetStorage so, Object other) {
        if (other instanceof PyAbstractSet s) {
            if (s.storage() == so) {
                so.clear();
                return;
            }
            SetStorage os = s.storage();
            // iterating a much bigger set is wasteful: use its intersection with so instead
            if ((os.size() >> 3) > so.size()) {
                os = intersection(so, other);
            }
            for (int i = 0; i < os.capacityUsed(); i++) {
                Object k = os.keyAt(i);
                if (k != null) {
                    so.discard(k);
                }
            }
        } else {
            PyIterators.PyIterator it = Iteration.getIterator(other);
            for (Object k = it.next(); k != null; k = it.next()) {
                so.discard(k);
            }
        }
        so.compactIfSparse();
    }

    @TruffleBoundary
    public static SetStorage symmetricDifference(SetStorage so, Object other) {
        SetStorage result = PyAbstractSet.storageFrom(other);
        symmetricDifferenceUpdate(result, new PySet(so));
        return result;
    }

    @TruffleBoundary
    public static void symmetricDifferenceUpdate(SetStorage so, Object other) {
        if (other instanceof PyAbstractSet s && s.storage() == so) {
            so.clear();
            return;
        }
        if (other instanceof PyDict d) {
            HashStorage ds = d.storage();
            for (int i = 0; i < ds.capacityUsed(); i++) {
                Object k = ds.keyAt(i);
                if (k != null && !so.discard(k)) {
                    so.add(k);
                }
            }
            return;
        }
        SetStorage os = other instanceof PyAbstractSet s ? s.storage() : PyAbstractSet.storageFrom(other);
        for (int i = 0; i < os.capacityUsed(); i++) {
            Object k = os.keyAt(i);
            if (k != null && !so.discard(k)) {
                so.add(k);
            }
        }
    }

    /** so <= other, for any iterable other. */
    @TruffleBoundary
    public static boolean isSubset(SetStorage so, Object other) {
        SetStorage os = other instanceof PyAbstractSet s ? s.storage() : PyAbstractSet.storageFrom(other);
        return so.isSubsetOf(os);
    }

    @TruffleBoundary
    public static boolean isDisjoint(SetStorage so, Object other) {
        if (other instanceof PyAbstractSet s) {
            SetStorage a = so.size() <= s.size() ? so : s.storage();
            SetStorage b = a == so ? s.storage() : so;
            for (int i = 0; i < a.capacityUsed(); i++) {
                Object k = a.keyAt(i);
                if (k != null && b.containsKey(k)) {
                    return false;
                }
            }
            return true;
        }
        PyIterators.PyIterator it = Iteration.getIterator(other);
        for (Object k = it.next(); k != null; k = it.next()) {
            if (so.containsKey(k)) {
                return false;
            }
        }
        return true;
    }
}

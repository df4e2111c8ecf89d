package org.byterun.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Rich comparison (COMPARE_OP) with CPython's rules: builtin orderings, then special methods. */
public final class Comparison {
    private Comparison() {
    }

    public static final int LT = 0;
    public static final int LE = 1;
    public static final int EQ = 2;
    public static final int NE = 3;
    public static final int GT = 4;
    public static final int GE = 5;

    private static final String[] SYMBOLS = {"<", "<=", "==", "!=", ">", ">="};
    /** Marks a pair of values that are not ordered with respect to each other (NaN). */
    private static final int UNORDERED = Integer.MIN_VALUE;

    public static String symbol(int op) {
        return SYMBOLS[op];
    }

    /** The comparison's truth value, as {@code if a < b} needs it. */
    @TruffleBoundary
    public static boolean compare(int op, Object a, Object b) {
        Object r = richCompare(op, a, b);
        return r instanceof Boolean bool ? bool : Truthiness.isTrue(r);
    }

    /** The comparison's result object (usually a bool; a special method may return anything). */
    @TruffleBoundary
    public static Object richCompare(int op, Object a, Object b) {
        if (op == EQ || op == NE) {
            if (PyHash.isBuiltinValue(a) && PyHash.isBuiltinValue(b)) {
                return PyHash.eq(a, b) == (op == EQ);
            }
            Object special = SpecialMethods.compare(op, a, b);
            if (special != null) {
                return special;
            }
            return (a == b) == (op == EQ);
        }
        if (a instanceof PyList la && b instanceof PyList lb) {
            return sequenceCompare(op, la.getArray(), la.size(), lb.getArray(), lb.size());
        } else if (a instanceof PyTuple ta && b instanceof PyTuple tb) {
            return sequenceCompare(op, ta.items(), ta.size(), tb.items(), tb.size());
        }
        Integer c = builtinOrder(op, a, b);
        if (c != null) {
            return apply(op, c);
        }
        Object special = SpecialMethods.compare(op, a, b);
        if (special != null) {
            return special;
        }
        throw PyErrors.typeError("'" + symbol(op) + "' not supported between instances of '" + PyErrors.typeName(a) + "' and '" + PyErrors.typeName(b) + "'");
    }

    private static boolean apply(int op, int c) {
        if (c == UNORDERED) {
            return false;
        }
        return switch (op) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            default -> c >= 0;
        };
    }

    /** Three-way order of builtin values for <, <=, >, >=; null when the pair is not builtin-ordered. */
    private static Integer builtinOrder(int op, Object a, Object b) {
        if (PyNumbers.isNumber(a) && PyNumbers.isNumber(b)) {
            return PyNumbers.compare(a, b);
        }
        if (a instanceof String sa && b instanceof String sb) {
            return compareCodePoints(sa, sb);
        }
        if (a instanceof PySlice sa && b instanceof PySlice sb) {
            return sequenceOrder(op, sa.asTuple().items(), 3, sb.asTuple().items(), 3);
        }
        if (a instanceof PyBytes ba && b instanceof PyBytes bb) {
            return java.util.Arrays.compareUnsigned(ba.bytes(), bb.bytes());
        }
        return null;
    }

    /**
     * {@code <, <=, >, >=} of two lists or two tuples: the first unequal pair decides, and its
     * comparison's result object (not only its truth) is the answer, as in CPython; else the lengths.
     */
    private static Object sequenceCompare(int op, Object[] a, int na, Object[] b, int nb) {
        int n = Math.min(na, nb);
        for (int i = 0; i < n; i++) {
            if (!PyHash.eq(a[i], b[i])) {
                return richCompare(op, a[i], b[i]);
            }
        }
        return apply(op, Integer.compare(na, nb));
    }

    /** Lexicographic order: the first unequal pair decides (compared with {@code op} itself), else the lengths. */
    private static int sequenceOrder(int op, Object[] a, int na, Object[] b, int nb) {
        int n = Math.min(na, nb);
        for (int i = 0; i < n; i++) {
            if (!PyHash.eq(a[i], b[i])) {
                boolean r = compare(op, a[i], b[i]);
                // encode the element comparison's answer as an ordering that apply(op, .) maps back to r
                boolean lessish = op == LT || op == LE;
                return r == lessish ? -1 : 1;
            }
        }
        return Integer.compare(na, nb);
    }

    /** Python orders str by code point; Java's compareTo orders by UTF-16 unit. */
    public static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}

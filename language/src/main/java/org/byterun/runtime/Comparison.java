package org.byterun.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Rich comparison (COMPARE_OP) of builtin values, with CPython's rules and messages. */
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

    public static String symbol(int op) {
        return SYMBOLS[op];
    }

    @TruffleBoundary
    public static boolean compare(int op, Object a, Object b) {
        if (op == EQ) {
            return PyHash.eq(a, b);
        }
        if (op == NE) {
            return !PyHash.eq(a, b);
        }
        int c = order(op, a, b);
        if (c == Integer.MIN_VALUE) {
            return false; // NaN
        }
        return switch (op) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            default -> c >= 0;
        };
    }

    /** Three-way ordering for <, <=, >, >=; Integer.MIN_VALUE when unordered (NaN). */
    private static int order(int op, Object a, Object b) {
        if (PyNumbers.isNumber(a) && PyNumbers.isNumber(b)) {
            return PyNumbers.compare(a, b);
        }
        if (a instanceof String sa && b instanceof String sb) {
            return compareCodePoints(sa, sb);
        }
        if (a instanceof PyList la && b instanceof PyList lb) {
            return sequenceOrder(op, la.getArray(), la.size(), lb.getArray(), lb.size());
        }
        if (a instanceof PyTuple ta && b instanceof PyTuple tb) {
            return sequenceOrder(op, ta.items(), ta.size(), tb.items(), tb.size());
        }
        if (a instanceof PyBytes ba && b instanceof PyBytes bb) {
            return java.util.Arrays.compareUnsigned(ba.bytes(), bb.bytes());
        }
        throw PyErrors.typeError("'" + symbol(op) + "' not supported between instances of '" + PyErrors.typeName(a) + "' and '" + PyErrors.typeName(b) + "'");
    }

    /** Lexicographic order: the first unequal pair decides, else the lengths. */
    private static int sequenceOrder(int op, Object[] a, int na, Object[] b, int nb) {
        int n = Math.min(na, nb);
        for (int i = 0; i < n; i++) {
            if (!PyHash.eq(a[i], b[i])) {
                if (compare(LT, a[i], b[i])) {
                    return -1;
                }
                // not less and not equal: greater for ordered values; NaN-like pairs are unordered
                return compare(GT, a[i], b[i]) ? 1 : Integer.MIN_VALUE;
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

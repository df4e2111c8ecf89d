package org.byterun.builtins;

import java.math.BigInteger;

import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.PyNumbers;

/** Shared helpers of the str methods: code-point offsets, slice-style bounds, argument checks. */
final class StrSupport {
    private StrSupport() {
    }

    static int cpLen(String s) {
        return s.codePointCount(0, s.length());
    }

    /** The char offset of code point {@code cp} (0..cpLen). */
    static int charOffset(String s, long cp) {
        return s.offsetByCodePoints(0, (int) cp);
    }

    static int cpIndex(String s, int charOffset) {
        return s.codePointCount(0, charOffset);
    }

    /** A start/end argument as _PyEval_SliceIndex reads it; {@code dflt} for None or absent. */
    static long sliceIndex(Object[] args, int i, long dflt) {
        if (i >= args.length || args[i] == PyNone.INSTANCE) {
            return dflt;
        }
        Object v = args[i];
        if (v instanceof Long l) {
            return l;
        } else if (v instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (v instanceof BigInteger b) {
            return b.signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        }
        long l = PyNumbers.sliceIndex(v, "slice indices must be integers or None or have an __index__ method");
        return Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, l));
    }

    /** CPython's ADJUST_INDICES: {start, end} in code points; start may exceed len. */
    static long[] bounds(Object[] args, int i, int len) {
        long start = sliceIndex(args, i, 0);
        long end = sliceIndex(args, i + 1, Integer.MAX_VALUE);
        if (end > len) {
            end = len;
        } else if (end < 0) {
            end = Math.max(0, end + len);
        }
        if (start < 0) {
            start = Math.max(0, start + len);
        }
        return new long[]{start, end};
    }

    /** An integer argument (width, count, tabsize) as a Py_ssize_t. */
    static long intArg(Object v) {
        if (v instanceof Long l) {
            return l;
        } else if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        Object i = PyNumbers.index(v);
        if (i instanceof Long l) {
            return l;
        }
        throw PyErrors.create(BuiltinTypes.OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
    }

    static String strArg(String fn, int pos, Object v) {
        if (v instanceof String s) {
            return s;
        }
        throw PyErrors.typeError(fn + "() argument " + pos + " must be str, not " + argTypeName(v));
    }

    /** Argument Clinic names None itself, other values by their type. */
    static String argTypeName(Object v) {
        return v == PyNone.INSTANCE ? "None" : PyErrors.typeName(v);
    }

    static String self(Object[] args, String name) {
        return (String) BuiltinMethods.self(args, BuiltinTypes.STR, name);
    }

    /** Positional-only methods: "find expected at least 1 argument, got 0" (args include self). */
    static void positional(String fn, Object[] args, String[] kwNames, int min, int max) {
        Args.noKeywords("str." + fn, kwNames);
        int n = args.length - 1;
        if (n < min) {
            throw PyErrors.typeError(fn + " expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
        }
        if (n > max) {
            throw PyErrors.typeError(fn + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + n);
        }
    }

    static void noArgs(String fn, Object[] args, String[] kwNames) {
        Args.noKeywords("str." + fn, kwNames);
        if (args.length != 1) {
            throw PyErrors.typeError("str." + fn + "() takes no arguments (" + (args.length - 1) + " given)");
        }
    }

    /**
     * Argument Clinic's parsing of (positional-or-keyword) parameters after self: values by name,
     * null where absent. {@code minPositional} parameters are positional-only and required.
     */
    static Object[] clinic(String fn, Object[] args, String[] kwNames, Object[] kwValues, int minPositional, String... names) {
        int n = args.length - 1;
        int total = n + kwNames.length;
        if (total > names.length) {
            String what = names.length == 1 ? "argument" : "arguments";
            if (kwNames.length > 0 && n <= names.length) {
                what = names.length == 1 ? "keyword argument" : "keyword arguments";
            }
            throw PyErrors.typeError(fn + "() takes at most " + names.length + " " + what + " (" + total + " given)");
        }
        if (n < minPositional) {
            throw PyErrors.typeError(fn + "() takes at least " + minPositional + " positional argument" + (minPositional == 1 ? "" : "s") + " (" + n + " given)");
        }
        Object[] out = new Object[names.length];
        System.arraycopy(args, 1, out, 0, n);
        for (int k = 0; k < kwNames.length; k++) {
            int idx = -1;
            for (int j = minPositional; j < names.length; j++) {
                if (names[j].equals(kwNames[k])) {
                    idx = j;
                }
            }
            if (idx < 0) {
                throw PyErrors.typeError(fn + "() got an unexpected keyword argument '" + kwNames[k] + "'");
            }
            if (idx < n) {
                throw PyErrors.typeError("argument for " + fn + "() given by name ('" + kwNames[k] + "') and position (" + (idx + 1) + ")");
            }
            out[idx] = kwValues[k];
        }
        return out;
    }

    /** Python's str.isspace for one code point (bidi WS/B/S or category Zs). */
    static boolean isSpace(int cp) {
        if (cp < 128) {
            return cp == ' ' || (cp >= 9 && cp <= 13) || (cp >= 0x1c && cp <= 0x1f);
        }
        return cp == 0x85 || cp == 0x2028 || cp == 0x2029 || Character.getType(cp) == Character.SPACE_SEPARATOR;
    }

    /** The line boundaries of str.splitlines. */
    static boolean isLineBreak(int cp) {
        return cp == '\n' || cp == '\r' || cp == 0x0b || cp == 0x0c || cp == 0x1c || cp == 0x1d || cp == 0x1e || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
    }
}

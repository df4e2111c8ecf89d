package org.byterun.builtins;

import static org.byterun.builtins.BuiltinMethods.method;
import static org.byterun.builtins.StrSupport.bounds;
import static org.byterun.builtins.StrSupport.charOffset;
import static org.byterun.builtins.StrSupport.cpIndex;
import static org.byterun.builtins.StrSupport.cpLen;
import static org.byterun.builtins.StrSupport.positional;
import static org.byterun.builtins.StrSupport.self;

import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyTuple;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** str methods that search: find, index, count, startswith, replace, removeprefix, ... */
final class StrSearchMethods {
    private StrSearchMethods() {
    }

    static void install() {
        method(BuiltinTypes.STR, "find", (args, kwNames, kwValues) -> (long) find("find", args, kwNames, false));
        method(BuiltinTypes.STR, "rfind", (args, kwNames, kwValues) -> (long) find("rfind", args, kwNames, true));
        method(BuiltinTypes.STR, "index", (args, kwNames, kwValues) -> index("index", args, kwNames, false));
        method(BuiltinTypes.STR, "rindex", (args, kwNames, kwValues) -> index("rindex", args, kwNames, true));
        method(BuiltinTypes.STR, "count", (args, kwNames, kwValues) -> count(args, kwNames));
        method(BuiltinTypes.STR, "startswith", (args, kwNames, kwValues) -> affix("startswith", args, kwNames, false));
        method(BuiltinTypes.STR, "endswith", (args, kwNames, kwValues) -> affix("endswith", args, kwNames, true));
        method(BuiltinTypes.STR, "replace", StrSearchMethods::replace);
        method(BuiltinTypes.STR, "removeprefix", (args, kwNames, kwValues) -> removeAffix("removeprefix", args, kwNames, false));
        method(BuiltinTypes.STR, "removesuffix", (args, kwNames, kwValues) -> removeAffix("removesuffix", args, kwNames, true));
    }

    private static String subArg(String fn, Object v) {
        return StrSupport.strArg(fn, 1, v);
    }

    @TruffleBoundary
    private static int find(String fn, Object[] args, String[] kwNames, boolean reverse) {
        positional(fn, args, kwNames, 1, 3);
        String s = self(args, fn);
        String sub = subArg(fn, args[1]);
        return find(s, sub, bounds(args, 2, cpLen(s)), reverse);
    }

    /** The code-point index of sub within s[start:end], or -1. */
    static int find(String s, String sub, long[] b, boolean reverse) {
        long start = b[0];
        long end = b[1];
        if (end - start < cpLen(sub)) {
            return -1;
        }
        int cs = charOffset(s, start);
        int ce = charOffset(s, end);
        int r = reverse ? s.lastIndexOf(sub, ce - sub.length()) : s.indexOf(sub, cs);
        if (r < cs || r + sub.length() > ce) {
            return -1;
        }
        return cpIndex(s, r);
    }

    private static Object index(String fn, Object[] args, String[] kwNames, boolean reverse) {
        int r = find(fn, args, kwNames, reverse);
        if (r < 0) {
            throw PyErrors.valueError("substring not found");
        }
        return (long) r;
    }

    @TruffleBoundary
    private static Object count(Object[] args, String[] kwNames) {
        positional("count", args, kwNames, 1, 3);
        String s = self(args, "count");
        String sub = subArg("count", args[1]);
        long[] b = bounds(args, 2, cpLen(s));
        if (b[1] - b[0] < cpLen(sub)) {
            return 0L;
        }
        if (sub.isEmpty()) {
            return b[1] - b[0] + 1;
        }
        int ce = charOffset(s, b[1]);
        long n = 0;
        for (int i = s.indexOf(sub, charOffset(s, b[0])); i >= 0 && i + sub.length() <= ce; i = s.indexOf(sub, i + sub.length())) {
            n++;
        }
        return n;
    }

    @TruffleBoundary
    private static Object affix(String fn, Object[] args, String[] kwNames, boolean suffix) {
        positional(fn, args, kwNames, 1, 3);
        String s = self(args, fn);
        long[] b = bounds(args, 2, cpLen(s));
        if (args[1] instanceof PyTuple t) {
            for (Object o : t.items()) {
                if (!(o instanceof String p)) {
                    throw PyErrors.typeError("tuple for " + fn + " must only contain str, not " + PyErrors.typeName(o));
                }
                if (matches(s, p, b, suffix)) {
                    return true;
                }
            }
            return false;
        }
        if (!(args[1] instanceof String p)) {
            throw PyErrors.typeError(fn + " first arg must be str or a tuple of str, not " + PyErrors.typeName(args[1]));
        }
        return matches(s, p, b, suffix);
    }

    private static boolean matches(String s, String p, long[] b, boolean suffix) {
        long start = b[0];
        long end = b[1] - cpLen(p);
        if (end < start) {
            return false;
        }
        int cs = charOffset(s, start);
        int ce = charOffset(s, b[1]);
        return suffix ? s.startsWith(p, ce - p.length()) : s.startsWith(p, cs);
    }

    @TruffleBoundary
    private static Object replace(Object[] args, String[] kwNames, Object[] kwValues) {
        Object[] a = StrSupport.clinic("replace", args, kwNames, kwValues, 2, "old", "new", "count");
        String s = self(args, "replace");
        String old = StrSupport.strArg("replace", 1, a[0]);
        String rep = StrSupport.strArg("replace", 2, a[1]);
        long count = a[2] == null ? -1 : StrSupport.intArg(a[2]);
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        return replace(s, old, rep, count);
    }

    static String replace(String s, String old, String rep, long count) {
        StringBuilder sb = new StringBuilder();
        if (old.isEmpty()) {
            // an empty pattern matches before every code point and at the end
            long n = 0;
            int i = 0;
            while (i <= s.length()) {
                if (n < count) {
                    sb.append(rep);
                    n++;
                }
                if (i == s.length()) {
                    break;
                }
                int cp = s.codePointAt(i);
                sb.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
            return sb.toString();
        }
        int from = 0;
        long n = 0;
        for (int i = s.indexOf(old); i >= 0 && n < count; i = s.indexOf(old, from), n++) {
            sb.append(s, from, i).append(rep);
            from = i + old.length();
        }
        return sb.append(s, from, s.length()).toString();
    }

    @TruffleBoundary
    private static Object removeAffix(String fn, Object[] args, String[] kwNames, boolean suffix) {
        Args.noKeywords("str." + fn, kwNames);
        if (args.length != 2) {
            throw PyErrors.typeError("str." + fn + "() takes exactly one argument (" + (args.length - 1) + " given)");
        }
        String s = self(args, fn);
        if (!(args[1] instanceof String p)) {
            throw PyErrors.typeError(fn + "() argument must be str, not " + StrSupport.argTypeName(args[1]));
        }
        if (suffix) {
            return !p.isEmpty() && s.endsWith(p) ? s.substring(0, s.length() - p.length()) : s;
        }
        return s.startsWith(p) ? s.substring(p.length()) : s;
    }
}

package org.byterun.builtins;

import static org.byterun.builtins.BuiltinMethods.method;
import static org.byterun.builtins.StrSupport.cpLen;
import static org.byterun.builtins.StrSupport.self;

import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.PyBuiltinFunction;
import org.byterun.runtime.PyDict;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyException;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.Subscripts;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** str methods that lay text out or map it: center, ljust, rjust, zfill, expandtabs, translate, maketrans. */
final class StrLayoutMethods {
    private StrLayoutMethods() {
    }

    static void install() {
        method(BuiltinTypes.STR, "center", (args, kwNames, kwValues) -> pad("center", args, kwNames));
        method(BuiltinTypes.STR, "ljust", (args, kwNames, kwValues) -> pad("ljust", args, kwNames));
        method(BuiltinTypes.STR, "rjust", (args, kwNames, kwValues) -> pad("rjust", args, kwNames));
        method(BuiltinTypes.STR, "zfill", StrLayoutMethods::zfill);
        method(BuiltinTypes.STR, "expandtabs", StrLayoutMethods::expandtabs);
        method(BuiltinTypes.STR, "translate", StrLayoutMethods::translate);
        // a static method: called on the type, args has no self
        BuiltinTypes.STR.setAttribute("maketrans", new PyBuiltinFunction("maketrans", null, StrLayoutMethods::maketrans));
    }

    @TruffleBoundary
    private static Object pad(String fn, Object[] args, String[] kwNames) {
        StrSupport.positional(fn, args, kwNames, 1, 2);
        String s = self(args, fn);
        long width = StrSupport.intArg(args[1]);
        int fill = ' ';
        if (args.length == 3) {
            if (!(args[2] instanceof String f)) {
                throw PyErrors.typeError("The fill character must be a unicode character, not " + PyErrors.typeName(args[2]));
            }
            if (cpLen(f) != 1) {
                throw PyErrors.typeError("The fill character must be exactly one character long");
            }
            fill = f.codePointAt(0);
        }
        int len = cpLen(s);
        if (width <= len) {
            return s;
        }
        int total = (int) (width - len);
        int left = switch (fn) {
            case "ljust" -> 0;
            case "rjust" -> total;
            // CPython's center puts the odd extra space on the left when width is odd
            default -> total / 2 + (total & (int) width & 1);
        };
        return padding(fill, left) + s + padding(fill, total - left);
    }

    static String padding(int cp, int n) {
        return n <= 0 ? "" : new String(Character.toChars(cp)).repeat(n);
    }

    @TruffleBoundary
    private static Object zfill(Object[] args, String[] kwNames, Object[] kwValues) {
        Args.noKeywords("str.zfill", kwNames);
        if (args.length != 2) {
            throw PyErrors.typeError("str.zfill() takes exactly one argument (" + (args.length - 1) + " given)");
        }
        String s = self(args, "zfill");
        long width = StrSupport.intArg(args[1]);
        int len = cpLen(s);
        if (width <= len) {
            return s;
        }
        String zeros = "0".repeat((int) (width - len));
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            return s.charAt(0) + zeros + s.substring(1);
        }
        return zeros + s;
    }

    @TruffleBoundary
    private static Object expandtabs(Object[] args, String[] kwNames, Object[] kwValues) {
        Object[] a = StrSupport.clinic("expandtabs", args, kwNames, kwValues, 0, "tabsize");
        String s = self(args, "expandtabs");
        long tab = a[0] == null ? 8 : StrSupport.intArg(a[0]);
        StringBuilder sb = new StringBuilder();
        long column = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t') {
                if (tab > 0) {
                    long n = tab - column % tab;
                    sb.append(" ".repeat((int) n));
                    column += n;
                }
            } else {
                sb.appendCodePoint(cp);
                column = cp == '\n' || cp == '\r' ? 0 : column + 1;
            }
        }
        return sb.toString();
    }

    @TruffleBoundary
    private static Object translate(Object[] args, String[] kwNames, Object[] kwValues) {
        Args.noKeywords("str.translate", kwNames);
        if (args.length != 2) {
            throw PyErrors.typeError("str.translate() takes exactly one argument (" + (args.length - 1) + " given)");
        }
        String s = self(args, "translate");
        Object table = args[1];
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            Object r;
            try {
                r = Subscripts.getItem(table, (long) cp);
            } catch (PyException e) {
                if (e.isInstanceOf(BuiltinTypes.LOOKUP_ERROR)) {
                    sb.appendCodePoint(cp);
                    continue;
                }
                throw e;
            }
            if (r instanceof String str) {
                sb.append(str);
            } else if (r instanceof Long || r instanceof Boolean) {
                long v = StrSupport.intArg(r);
                if (v < 0 || v > 0x10FFFF) {
                    throw PyErrors.valueError("character mapping must be in range(0x110000)");
                }
                sb.appendCodePoint((int) v);
            } else if (r != PyNone.INSTANCE) {
                throw PyErrors.typeError("character mapping must return integer, None or str");
            }
        }
        return sb.toString();
    }

    @TruffleBoundary
    private static Object maketrans(Object[] args, String[] kwNames, Object[] kwValues) {
        Args.noKeywords("maketrans", kwNames);
        if (args.length < 1 || args.length > 3) {
            String bound = args.length < 1 ? "least 1 argument" : "most 3 arguments";
            throw PyErrors.typeError("maketrans expected at " + bound + ", got " + args.length);
        }
        PyDict d = new PyDict();
        if (args.length == 1) {
            if (!(args[0] instanceof PyDict src)) {
                throw PyErrors.typeError("if you give only one argument to maketrans it must be a dict");
            }
            for (Object k : src.storage().keysArray()) {
                Object v = src.get(k);
                if (k instanceof String ks) {
                    if (cpLen(ks) != 1) {
                        throw PyErrors.valueError("string keys in translate table must be of length 1");
                    }
                    d.put((long) ks.codePointAt(0), v);
                } else if (k instanceof Long || k instanceof Boolean) {
                    d.put(StrSupport.intArg(k), v);
                } else {
                    throw PyErrors.typeError("keys in translate table must be strings or integers");
                }
            }
            return d;
        }
        String to = StrSupport.strArg("maketrans", 2, args[1]);
        String delete = args.length == 3 ? StrSupport.strArg("maketrans", 3, args[2]) : "";
        if (!(args[0] instanceof String from)) {
            throw PyErrors.typeError("first maketrans argument must be a string if there is a second argument");
        }
        int[] f = from.codePoints().toArray();
        int[] t = to.codePoints().toArray();
        if (f.length != t.length) {
            throw PyErrors.valueError("the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < f.length; i++) {
            d.put((long) f[i], (long) t[i]);
        }
        delete.codePoints().forEach(cp -> d.put((long) cp, PyNone.INSTANCE));
        return d;
    }
}

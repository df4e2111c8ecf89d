package org.byterun.builtins;

import static org.byterun.builtins.BuiltinMethods.method;
import static org.byterun.builtins.StrSupport.isSpace;
import static org.byterun.builtins.StrSupport.self;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.Iteration;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyException;
import org.byterun.runtime.PyIterators;
import org.byterun.runtime.PyList;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.PyTuple;
import org.byterun.runtime.Truthiness;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** str methods that cut and glue: split, rsplit, splitlines, partition, strip, join. */
final class StrSplitMethods {
    private StrSplitMethods() {
    }

    static void install() {
        method(BuiltinTypes.STR, "split", (args, kwNames, kwValues) -> split("split", args, kwNames, kwValues, false));
        method(BuiltinTypes.STR, "rsplit", (args, kwNames, kwValues) -> split("rsplit", args, kwNames, kwValues, true));
        method(BuiltinTypes.STR, "splitlines", StrSplitMethods::splitlines);
        method(BuiltinTypes.STR, "partition", (args, kwNames, kwValues) -> partition("partition", args, kwNames, false));
        method(BuiltinTypes.STR, "rpartition", (args, kwNames, kwValues) -> partition("rpartition", args, kwNames, true));
        method(BuiltinTypes.STR, "strip", (args, kwNames, kwValues) -> strip("strip", args, kwNames, true, true));
        method(BuiltinTypes.STR, "lstrip", (args, kwNames, kwValues) -> strip("lstrip", args, kwNames, true, false));
        method(BuiltinTypes.STR, "rstrip", (args, kwNames, kwValues) -> strip("rstrip", args, kwNames, false, true));
        method(BuiltinTypes.STR, "join", StrSplitMethods::join);
    }

    @TruffleBoundary
    private static Object split(String fn, Object[] args, String[] kwNames, Object[] kwValues, boolean reverse) {
        Object[] a = StrSupport.clinic(fn, args, kwNames, kwValues, 0, "sep", "maxsplit");
        String s = self(args, fn);
        long max = a[1] == null ? -1 : StrSupport.intArg(a[1]);
        if (max < 0) {
            max = Long.MAX_VALUE;
        }
        if (a[0] == null || a[0] == PyNone.INSTANCE) {
            return new PyList(reverse ? rsplitWhitespace(s, max) : splitWhitespace(s, max));
        }
        if (!(a[0] instanceof String sep)) {
            throw PyErrors.typeError("must be str or None, not " + PyErrors.typeName(a[0]));
        }
        if (sep.isEmpty()) {
            throw PyErrors.valueError("empty separator");
        }
        List<Object> out = new ArrayList<>();
        if (reverse) {
            int end = s.length();
            for (int i = s.lastIndexOf(sep, end - sep.length()); i >= 0 && out.size() < max; i = s.lastIndexOf(sep, end - sep.length())) {
                out.add(s.substring(i + sep.length(), end));
                end = i;
            }
            out.add(s.substring(0, end));
            Collections.reverse(out);
        } else {
            int from = 0;
            for (int i = s.indexOf(sep); i >= 0 && out.size() < max; i = s.indexOf(sep, from)) {
                out.add(s.substring(from, i));
                from = i + sep.length();
            }
            out.add(s.substring(from));
        }
        return new PyList(out.toArray());
    }

    static Object[] splitWhitespace(String s, long max) {
        List<Object> out = new ArrayList<>();
        int i = skipSpace(s, 0);
        while (i < s.length()) {
            if (out.size() >= max) {
                // the rest, trailing whitespace included, is the last item
                out.add(s.substring(i));
                break;
            }
            int j = i;
            while (j < s.length() && !isSpace(s.codePointAt(j))) {
                j += Character.charCount(s.codePointAt(j));
            }
            out.add(s.substring(i, j));
            i = skipSpace(s, j);
        }
        return out.toArray();
    }

    private static Object[] rsplitWhitespace(String s, long max) {
        List<Object> out = new ArrayList<>();
        int end = skipSpaceBack(s, s.length());
        while (end > 0) {
            if (out.size() >= max) {
                out.add(s.substring(0, end));
                break;
            }
            int j = end;
            while (j > 0 && !isSpace(s.codePointBefore(j))) {
                j -= Character.charCount(s.codePointBefore(j));
            }
            out.add(s.substring(j, end));
            end = skipSpaceBack(s, j);
        }
        Collections.reverse(out);
        return out.toArray();
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && isSpace(s.codePointAt(i))) {
            i += Character.charCount(s.codePointAt(i));
        }
        return i;
    }

    private static int skipSpaceBack(String s, int i) {
        while (i > 0 && isSpace(s.codePointBefore(i))) {
            i -= Character.charCount(s.codePointBefore(i));
        }
        return i;
    }

    @TruffleBoundary
    private static Object splitlines(Object[] args, String[] kwNames, Object[] kwValues) {
        Object[] a = StrSupport.clinic("splitlines", args, kwNames, kwValues, 0, "keepends");
        String s = self(args, "splitlines");
        boolean keep = a[0] != null && Truthiness.isTrue(a[0]);
        List<Object> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (!StrSupport.isLineBreak(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int eol = i + 1;
            if (cp == '\r' && eol < s.length() && s.charAt(eol) == '\n') {
                eol++;
            }
            out.add(s.substring(start, keep ? eol : i));
            start = eol;
            i = eol;
        }
        if (start < s.length()) {
            out.add(s.substring(start));
        }
        return new PyList(out.toArray());
    }

    @TruffleBoundary
    private static Object partition(String fn, Object[] args, String[] kwNames, boolean reverse) {
        Args.noKeywords("str." + fn, kwNames);
        if (args.length != 2) {
            throw PyErrors.typeError("str." + fn + "() takes exactly one argument (" + (args.length - 1) + " given)");
        }
        String s = self(args, fn);
        if (!(args[1] instanceof String sep)) {
            throw PyErrors.typeError("must be str, not " + PyErrors.typeName(args[1]));
        }
        if (sep.isEmpty()) {
            throw PyErrors.valueError("empty separator");
        }
        int i = reverse ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (i < 0) {
            return reverse ? PyTuple.of("", "", s) : PyTuple.of(s, "", "");
        }
        return PyTuple.of(s.substring(0, i), sep, s.substring(i + sep.length()));
    }

    @TruffleBoundary
    private static Object strip(String fn, Object[] args, String[] kwNames, boolean left, boolean right) {
        StrSupport.positional(fn, args, kwNames, 0, 1);
        String s = self(args, fn);
        String chars = null;
        if (args.length == 2 && args[1] != PyNone.INSTANCE) {
            if (!(args[1] instanceof String c)) {
                throw PyErrors.typeError(fn + " arg must be None or str");
            }
            chars = c;
        }
        int start = 0;
        int end = s.length();
        while (left && start < end && stripped(s.codePointAt(start), chars)) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (right && end > start && stripped(s.codePointBefore(end), chars)) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    private static boolean stripped(int cp, String chars) {
        return chars == null ? isSpace(cp) : chars.indexOf(cp) >= 0;
    }

    @TruffleBoundary
    private static Object join(Object[] args, String[] kwNames, Object[] kwValues) {
        Args.noKeywords("str.join", kwNames);
        if (args.length != 2) {
            throw PyErrors.typeError("str.join() takes exactly one argument (" + (args.length - 1) + " given)");
        }
        String sep = self(args, "join");
        PyIterators.PyIterator it;
        try {
            it = Iteration.getIterator(args[1]);
        } catch (PyException e) {
            if (e.getPyException().getType() == BuiltinTypes.TYPE_ERROR) {
                throw PyErrors.typeError("can only join an iterable");
            }
            throw e;
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        for (Object v = it.next(); v != null; v = it.next(), i++) {
            if (!(org.byterun.runtime.BuiltinValues.unwrap(v) instanceof String item)) {
                throw PyErrors.typeError("sequence item " + i + ": expected str instance, " + PyErrors.typeName(v) + " found");
            }
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(item);
        }
        return sb.toString();
    }
}

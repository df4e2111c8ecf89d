package org.byterun.builtins;

import static org.byterun.builtins.BuiltinMethods.method;
import static org.byterun.builtins.StrSupport.self;

import org.byterun.runtime.Arithmetic;
import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.Codecs;
import org.byterun.runtime.Comparison;
import org.byterun.runtime.FormatValues;
import org.byterun.runtime.Iteration;
import org.byterun.runtime.PercentFormat;
import org.byterun.runtime.PyBytes;
import org.byterun.runtime.PyDict;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyHash;
import org.byterun.runtime.PyNotImplemented;
import org.byterun.runtime.Repr;
import org.byterun.runtime.Sequences;
import org.byterun.runtime.StrFormat;
import org.byterun.runtime.Subscripts;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The str type: its constructor, the data-model dunders, encode and format; the rest in Str*Methods. */
final class StrMethods {
    private StrMethods() {
    }

    static void install() {
        BuiltinTypes.STR.setConstructor(StrMethods::construct);
        StrSearchMethods.install();
        StrSplitMethods.install();
        StrCaseMethods.install();
        StrLayoutMethods.install();
        installDunders();
        method(BuiltinTypes.STR, "encode", StrMethods::encode);
        method(BuiltinTypes.STR, "format", (args, kwNames, kwValues) -> {
            String s = self(args, "format");
            PyDict kw = new PyDict();
            for (int i = 0; i < kwNames.length; i++) {
                kw.put(kwNames[i], kwValues[i]);
            }
            return StrFormat.format(s, java.util.Arrays.copyOfRange(args, 1, args.length), kw);
        });
        method(BuiltinTypes.STR, "format_map", (args, kwNames, kwValues) -> {
            Args.noKeywords("str.format_map", kwNames);
            if (args.length != 2) {
                throw PyErrors.typeError("str.format_map() takes exactly one argument (" + (args.length - 1) + " given)");
            }
            return StrFormat.format(self(args, "format_map"), null, args[1]);
        });
    }

    private static void installDunders() {
        method(BuiltinTypes.STR, "__len__", (args, kwNames, kwValues) -> {
            unary("__len__", args, kwNames);
            return (long) StrSupport.cpLen(self(args, "__len__"));
        });
        method(BuiltinTypes.STR, "__contains__", (args, kwNames, kwValues) -> {
            String s = binary("__contains__", args, kwNames);
            if (!(args[1] instanceof String sub)) {
                throw PyErrors.typeError("'in <string>' requires string as left operand, not " + PyErrors.typeName(args[1]));
            }
            return s.contains(sub);
        });
        method(BuiltinTypes.STR, "__getitem__", (args, kwNames, kwValues) -> Subscripts.getItem(binary("__getitem__", args, kwNames), args[1]));
        method(BuiltinTypes.STR, "__add__", (args, kwNames, kwValues) -> {
            String s = binary("__add__", args, kwNames);
            return args[1] instanceof String o ? s.concat(o) : PyNotImplemented.INSTANCE;
        });
        method(BuiltinTypes.STR, "__mul__", (args, kwNames, kwValues) -> repeat("__mul__", args, kwNames));
        method(BuiltinTypes.STR, "__rmul__", (args, kwNames, kwValues) -> repeat("__rmul__", args, kwNames));
        method(BuiltinTypes.STR, "__mod__", (args, kwNames, kwValues) -> PercentFormat.format(binary("__mod__", args, kwNames), args[1]));
        method(BuiltinTypes.STR, "__rmod__", (args, kwNames, kwValues) -> {
            String s = binary("__rmod__", args, kwNames);
            return args[1] instanceof String fmt ? PercentFormat.format(fmt, s) : PyNotImplemented.INSTANCE;
        });
        String[] compare = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int op = 0; op < compare.length; op++) {
            int which = op;
            String name = compare[op];
            method(BuiltinTypes.STR, name, (args, kwNames, kwValues) -> {
                binary(name, args, kwNames);
                return args[1] instanceof String ? Comparison.richCompare(which, args[0], args[1]) : PyNotImplemented.INSTANCE;
            });
        }
        method(BuiltinTypes.STR, "__hash__", (args, kwNames, kwValues) -> {
            unary("__hash__", args, kwNames);
            return PyHash.hash(self(args, "__hash__"));
        });
        method(BuiltinTypes.STR, "__iter__", (args, kwNames, kwValues) -> {
            unary("__iter__", args, kwNames);
            return Iteration.getIterator(self(args, "__iter__"));
        });
        method(BuiltinTypes.STR, "__str__", (args, kwNames, kwValues) -> {
            unary("__str__", args, kwNames);
            return self(args, "__str__");
        });
        method(BuiltinTypes.STR, "__repr__", (args, kwNames, kwValues) -> {
            unary("__repr__", args, kwNames);
            return Repr.repr(self(args, "__repr__"));
        });
    }

    private static void unary(String name, Object[] args, String[] kwNames) {
        Args.noKeywords("str." + name, kwNames);
        if (args.length != 1) {
            throw PyErrors.typeError("expected 0 arguments, got " + (args.length - 1));
        }
    }

    private static String binary(String name, Object[] args, String[] kwNames) {
        Args.noKeywords("str." + name, kwNames);
        if (args.length != 2) {
            throw PyErrors.typeError("expected 1 argument, got " + (args.length - 1));
        }
        return self(args, name);
    }

    private static Object repeat(String name, Object[] args, String[] kwNames) {
        String s = binary(name, args, kwNames);
        if (args[1] instanceof java.math.BigInteger) {
            throw PyErrors.create(BuiltinTypes.OVERFLOW_ERROR, "cannot fit 'int' into an index-sized integer");
        }
        return Arithmetic.isInt(args[1]) ? Sequences.repeat(s, StrSupport.intArg(args[1])) : PyNotImplemented.INSTANCE;
    }

    @TruffleBoundary
    private static Object encode(Object[] args, String[] kwNames, Object[] kwValues) {
        Object[] a = StrSupport.clinic("encode", args, kwNames, kwValues, 0, "encoding", "errors");
        String s = self(args, "encode");
        return Codecs.encode(s, textArg("encode", "encoding", 1, a[0], "utf-8"), textArg("encode", "errors", 2, a[1], "strict"));
    }

    private static String textArg(String fn, String name, int pos, Object v, String dflt) {
        if (v == null) {
            return dflt;
        }
        if (v instanceof String s) {
            return s;
        }
        throw PyErrors.typeError(fn + "() argument '" + name + "' must be str, not " + StrSupport.argTypeName(v));
    }

    /** str(object='', encoding='utf-8', errors='strict'). */
    @TruffleBoundary
    private static Object construct(Object[] args, String[] kwNames, Object[] kwValues) {
        if (args.length + kwNames.length > 3) {
            throw PyErrors.typeError("str expected at most 3 arguments, got " + (args.length + kwNames.length));
        }
        Object[] a = new Object[3];
        System.arraycopy(args, 0, a, 0, args.length);
        String[] names = {"object", "encoding", "errors"};
        for (int k = 0; k < kwNames.length; k++) {
            int idx = java.util.Arrays.asList(names).indexOf(kwNames[k]);
            if (idx < 0) {
                throw PyErrors.typeError("str() got an unexpected keyword argument '" + kwNames[k] + "'");
            }
            if (idx < args.length) {
                throw PyErrors.typeError("argument for str() given by name ('" + kwNames[k] + "') and position (" + (idx + 1) + ")");
            }
            a[idx] = kwValues[k];
        }
        if (a[1] == null && a[2] == null) {
            return a[0] == null ? "" : Repr.str(a[0]);
        }
        String encoding = textArg("str", "encoding", 2, a[1], "utf-8");
        String errors = textArg("str", "errors", 3, a[2], "strict");
        Object obj = a[0] == null ? new PyBytes(new byte[0]) : a[0];
        if (obj instanceof String) {
            throw PyErrors.typeError("decoding str is not supported");
        }
        if (!(obj instanceof PyBytes b)) {
            throw PyErrors.typeError("decoding to str: need a bytes-like object, " + PyErrors.typeName(obj) + " found");
        }
        return Codecs.decode(b.bytes(), encoding, errors);
    }
}

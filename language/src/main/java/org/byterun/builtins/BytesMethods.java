package org.byterun.builtins;

import static org.byterun.builtins.BuiltinMethods.method;
import static org.byterun.builtins.BuiltinMethods.self;

import java.util.List;

import org.byterun.runtime.Arithmetic;
import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.ByteArrays;
import org.byterun.runtime.BytesOps;
import org.byterun.runtime.Comparison;
import org.byterun.runtime.PyBuiltinClassMethod;
import org.byterun.runtime.PyBuiltinFunction;
import org.byterun.runtime.PyByteArray;
import org.byterun.runtime.PyBytes;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyList;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.PyNotImplemented;
import org.byterun.runtime.PyTuple;
import org.byterun.runtime.PyType;
import org.byterun.runtime.Sequences;

/** Methods of bytes and bytearray (the shared ones are installed on both). */
final class BytesMethods {
    private BytesMethods() {
    }

    private static byte[] data(Object[] args, PyType t, String name) {
        return ByteArrays.bufferOf(self(args, t, name));
    }

    /** A result of the receiver's kind. */
    private static Object make(Object self, byte[] bytes) {
        return self instanceof PyByteArray ? new PyByteArray(bytes) : new PyBytes(bytes);
    }

    /** A bytes-like argument, with CPython's error otherwise. */
    static byte[] buffer(Object v) {
        byte[] b = ByteArrays.bufferOf(v);
        if (b == null) {
            throw PyErrors.typeError("a bytes-like object is required, not '" + PyErrors.typeName(v) + "'");
        }
        return b;
    }

    /** A sub-sequence argument of find/count/index: bytes-like, or one byte as an int. */
    private static byte[] needle(Object v) {
        if (Arithmetic.isInt(v)) {
            return new byte[]{(byte) ByteArrays.byteValue(v)};
        }
        byte[] b = ByteArrays.bufferOf(v);
        if (b == null) {
            throw PyErrors.typeError("argument should be integer or bytes-like object, not '" + PyErrors.typeName(v) + "'");
        }
        return b;
    }

    static void install() {
        BuiltinTypes.BYTES.setConstructor((args, kwNames, kwValues) -> new PyBytes(BytesConstructor.contents("bytes", args, kwNames, kwValues)));
        BuiltinTypes.BYTEARRAY.setConstructor((args, kwNames, kwValues) -> new PyByteArray(BytesConstructor.contents("bytearray", args, kwNames, kwValues)));
        for (PyType t : new PyType[]{BuiltinTypes.BYTES, BuiltinTypes.BYTEARRAY}) {
            installShared(t);
            BytesTextMethods.install(t);
            BytesLayoutMethods.install(t);
        }
        ByteArrayMethods.install();
    }

    private static void installShared(PyType t) {
        method(t, "__mod__", (args, kwNames, kwValues) -> {
            SeqArgs.one(t.getName() + ".__mod__", args);
            return Arithmetic.bytesPercent(self(args, t, "__mod__"), args[1]);
        });
        method(t, "__rmod__", (args, kwNames, kwValues) -> {
            SeqArgs.one(t.getName() + ".__rmod__", args);
            Object self = self(args, t, "__rmod__");
            return args[1] instanceof PyBytes || args[1] instanceof PyByteArray ? Arithmetic.bytesPercent(args[1], self) : PyNotImplemented.INSTANCE;
        });
        method(t, "decode", (args, kwNames, kwValues) -> {
            byte[] d = data(args, t, "decode");
            Object encoding = args.length > 1 ? args[1] : Args.keyword("decode", kwNames, kwValues, "encoding", "errors");
            Object errors = args.length > 2 ? args[2] : Args.keyword("decode", kwNames, kwValues, "errors", "encoding");
            if (encoding != null && !(encoding instanceof String)) {
                throw PyErrors.typeError("decode() argument 'encoding' must be str, not " + PyErrors.typeName(encoding));
            }
            if (errors != null && !(errors instanceof String)) {
                throw PyErrors.typeError("decode() argument 'errors' must be str, not " + PyErrors.typeName(errors));
            }
            return org.byterun.runtime.Codecs.decode(d, encoding == null ? "utf-8" : (String) encoding, errors == null ? "strict" : (String) errors);
        });
        method(t, "hex", (args, kwNames, kwValues) -> {
            SeqArgs.range("hex", args, 0, 1);
            if (args.length == 2 && !(args[1] instanceof String)) {
                throw PyErrors.notImplemented("bytes.hex() with a bytes separator or bytes_per_sep");
            }
            return BytesOps.hex(data(args, t, "hex"), args.length == 2 ? (String) args[1] : null);
        });
        t.setAttribute("fromhex", new PyBuiltinClassMethod(new PyBuiltinFunction("fromhex", t, (args, kwNames, kwValues) -> {
            SeqArgs.one(t.getName() + ".fromhex", args);
            if (!(args[1] instanceof String s)) {
                throw PyErrors.typeError("fromhex() argument must be str, not " + PyErrors.typeName(args[1]));
            }
            byte[] b = BytesOps.fromHex(s);
            return t == BuiltinTypes.BYTEARRAY ? new PyByteArray(b) : new PyBytes(b);
        })));
        method(t, "join", (args, kwNames, kwValues) -> {
            SeqArgs.one(t.getName() + ".join", args);
            byte[] sep = data(args, t, "join");
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            Object[] items;
            try {
                items = Sequences.toArray(args[1]);
            } catch (org.byterun.runtime.PyException e) {
                throw PyErrors.typeError("can only join an iterable");
            }
            for (int i = 0; i < items.length; i++) {
                byte[] b = ByteArrays.bufferOf(items[i]);
                if (b == null) {
                    throw PyErrors.typeError("sequence item " + i + ": expected a bytes-like object, " + PyErrors.typeName(items[i]) + " found");
                }
                if (i > 0) {
                    out.writeBytes(sep);
                }
                out.writeBytes(b);
            }
            return make(args[0], out.toByteArray());
        });
        method(t, "split", (args, kwNames, kwValues) -> {
            byte[] d = data(args, t, "split");
            Object sep = args.length > 1 ? args[1] : Args.keyword("split", kwNames, kwValues, "sep", "maxsplit");
            Object max = args.length > 2 ? args[2] : Args.keyword("split", kwNames, kwValues, "maxsplit", "sep");
            List<byte[]> parts = BytesOps.split(d, sep == null || sep == PyNone.INSTANCE ? null : buffer(sep), max == null ? -1 : SeqArgs.integer(max));
            PyList out = new PyList();
            for (byte[] p : parts) {
                out.append(make(args[0], p));
            }
            return out;
        });
        strip(t, "strip", true, true);
        strip(t, "lstrip", true, false);
        strip(t, "rstrip", false, true);
        method(t, "replace", (args, kwNames, kwValues) -> {
            SeqArgs.range("replace", args, 2, 3);
            byte[] d = data(args, t, "replace");
            return make(args[0], BytesOps.replace(d, buffer(args[1]), buffer(args[2]), args.length == 4 ? SeqArgs.integer(args[3]) : -1));
        });
        affix(t, "startswith", true);
        affix(t, "endswith", false);
        search(t, "find", false, false);
        search(t, "rfind", true, false);
        search(t, "index", false, true);
        search(t, "rindex", true, true);
        method(t, "count", (args, kwNames, kwValues) -> {
            SeqArgs.range("count", args, 1, 3);
            byte[] d = data(args, t, "count");
            return (long) BytesOps.count(d, needle(args[1]), SeqArgs.bound(args, 2, d.length, 0), SeqArgs.bound(args, 3, d.length, d.length));
        });
        method(t, "upper", (args, kwNames, kwValues) -> make(args[0], BytesOps.mapCase(data(args, t, "upper"), true)));
        method(t, "lower", (args, kwNames, kwValues) -> make(args[0], BytesOps.mapCase(data(args, t, "lower"), false)));
        method(t, "__add__", (args, kwNames, kwValues) -> {
            SeqArgs.one(t.getName() + ".__add__", args);
            byte[] a = data(args, t, "__add__");
            byte[] b = ByteArrays.bufferOf(args[1]);
            if (b == null) {
                throw PyErrors.typeError("can't concat " + PyErrors.typeName(args[1]) + " to " + t.getName());
            }
            return make(args[0], Sequences.concatBytes(a, b));
        });
        method(t, "__mul__", (args, kwNames, kwValues) -> repeat(t, args));
        method(t, "__rmul__", (args, kwNames, kwValues) -> repeat(t, args));
        method(t, "__contains__", (args, kwNames, kwValues) -> {
            SeqArgs.one(t.getName() + ".__contains__", args);
            byte[] d = data(args, t, "__contains__");
            return BytesOps.find(d, needle(args[1]), 0, d.length) >= 0;
        });
        method(t, "__len__", (args, kwNames, kwValues) -> (long) data(args, t, "__len__").length);
        String[] names = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int op = 0; op < names.length; op++) {
            int cmp = op;
            method(t, names[op], (args, kwNames, kwValues) -> {
                SeqArgs.one(t.getName() + "." + names[cmp], args);
                byte[] a = data(args, t, names[cmp]);
                byte[] b = ByteArrays.bufferOf(args[1]);
                if (b == null) {
                    return PyNotImplemented.INSTANCE;
                }
                int c = java.util.Arrays.compareUnsigned(a, b);
                return switch (cmp) {
                    case Comparison.LT -> c < 0;
                    case Comparison.LE -> c <= 0;
                    case Comparison.EQ -> c == 0;
                    case Comparison.NE -> c != 0;
                    case Comparison.GT -> c > 0;
                    default -> c >= 0;
                };
            });
        }
    }

    private static Object repeat(PyType t, Object[] args) {
        SeqArgs.one(t.getName() + ".__mul__", args);
        byte[] a = data(args, t, "__mul__");
        if (!Arithmetic.isInt(args[1])) {
            throw PyErrors.typeError("can't multiply sequence by non-int of type '" + PyErrors.typeName(args[1]) + "'");
        }
        return make(args[0], ((PyBytes) Sequences.repeat(new PyBytes(a), SeqArgs.integer(args[1]))).bytes());
    }

    private static void strip(PyType t, String name, boolean left, boolean right) {
        method(t, name, (args, kwNames, kwValues) -> {
            SeqArgs.range(name, args, 0, 1);
            byte[] chars = args.length == 2 && args[1] != PyNone.INSTANCE ? buffer(args[1]) : null;
            return make(args[0], BytesOps.strip(data(args, t, name), chars, left, right));
        });
    }

    private static void affix(PyType t, String name, boolean prefix) {
        method(t, name, (args, kwNames, kwValues) -> {
            SeqArgs.range(name, args, 1, 3);
            byte[] d = data(args, t, name);
            int start = SeqArgs.bound(args, 2, d.length, 0);
            int end = SeqArgs.bound(args, 3, d.length, d.length);
            Object[] options = args[1] instanceof PyTuple tuple ? tuple.items() : new Object[]{args[1]};
            for (Object o : options) {
                byte[] a = ByteArrays.bufferOf(o);
                if (a == null) {
                    throw PyErrors.typeError(name + " first arg must be bytes or a tuple of bytes, not " + PyErrors.typeName(o));
                }
                if (end - start >= a.length && BytesOps.regionMatches(d, prefix ? start : end - a.length, a)) {
                    return true;
                }
            }
            return false;
        });
    }

    private static void search(PyType t, String name, boolean fromRight, boolean raise) {
        method(t, name, (args, kwNames, kwValues) -> {
            SeqArgs.range(name, args, 1, 3);
            byte[] d = data(args, t, name);
            int start = SeqArgs.bound(args, 2, d.length, 0);
            int end = SeqArgs.bound(args, 3, d.length, d.length);
            byte[] sub = needle(args[1]);
            int i = fromRight ? BytesOps.rfind(d, sub, start, end) : BytesOps.find(d, sub, start, end);
            if (i < 0 && raise) {
                throw PyErrors.valueError("subsection not found");
            }
            return (long) i;
        });
    }
}

package org.byterun.builtins;

import static org.byterun.builtins.BuiltinMethods.method;
import static org.byterun.builtins.BuiltinMethods.self;

import java.util.Arrays;
import java.util.List;

import org.byterun.runtime.ByteArrays;
import org.byterun.runtime.BytesOps;
import org.byterun.runtime.PyByteArray;
import org.byterun.runtime.PyBytes;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyList;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.PyTuple;
import org.byterun.runtime.PyType;

/** The ASCII text-like methods of bytes and bytearray: is*, case changes, padding, partition, affixes. */
final class BytesTextMethods {
    private BytesTextMethods() {
    }

    private interface ByteTest {
        boolean test(int c);
    }

    private static Object make(Object self, byte[] bytes) {
        return self instanceof PyByteArray ? new PyByteArray(bytes) : new PyBytes(bytes);
    }

    private static boolean isLower(int c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static void install(PyType t) {
        predicate(t, "isalpha", c -> isLower(c) || isUpper(c), false);
        predicate(t, "isalnum", c -> isLower(c) || isUpper(c) || isDigit(c), false);
        predicate(t, "isdigit", BytesTextMethods::isDigit, false);
        predicate(t, "isspace", c -> BytesOps.isSpace((byte) c), false);
        predicate(t, "isascii", c -> c < 128, true);
        method(t, "islower", (args, kwNames, kwValues) -> cased(ByteArrays.bufferOf(self(args, t, "islower")), true));
        method(t, "isupper", (args, kwNames, kwValues) -> cased(ByteArrays.bufferOf(self(args, t, "isupper")), false));
        method(t, "swapcase", (args, kwNames, kwValues) -> {
            byte[] d = ByteArrays.bufferOf(self(args, t, "swapcase")).clone();
            for (int i = 0; i < d.length; i++) {
                d[i] = (byte) (isLower(d[i]) ? d[i] - 32 : isUpper(d[i]) ? d[i] + 32 : d[i]);
            }
            return make(args[0], d);
        });
        method(t, "capitalize", (args, kwNames, kwValues) -> {
            byte[] d = BytesOps.mapCase(ByteArrays.bufferOf(self(args, t, "capitalize")), false);
            if (d.length > 0 && isLower(d[0])) {
                d[0] -= 32;
            }
            return make(args[0], d);
        });
        method(t, "title", (args, kwNames, kwValues) -> {
            byte[] d = ByteArrays.bufferOf(self(args, t, "title")).clone();
            boolean previousCased = false;
            for (int i = 0; i < d.length; i++) {
                int c = d[i];
                if (isLower(c) || isUpper(c)) {
                    d[i] = (byte) (previousCased ? (isUpper(c) ? c + 32 : c) : (isLower(c) ? c - 32 : c));
                    previousCased = true;
                } else {
                    previousCased = false;
                }
            }
            return make(args[0], d);
        });
        pad(t, "ljust", 0);
        pad(t, "rjust", 1);
        pad(t, "center", 2);
        method(t, "zfill", (args, kwNames, kwValues) -> {
            SeqArgs.one(t.getName() + ".zfill", args);
            byte[] d = ByteArrays.bufferOf(self(args, t, "zfill"));
            int width = (int) Math.max(0, Math.min(SeqArgs.integer(args[1]), Integer.MAX_VALUE));
            if (width <= d.length) {
                return make(args[0], d.clone());
            }
            byte[] r = new byte[width];
            Arrays.fill(r, (byte) '0');
            int sign = d.length > 0 && (d[0] == '+' || d[0] == '-') ? 1 : 0;
            System.arraycopy(d, 0, r, width - d.length, d.length);
            if (sign == 1) {
                r[0] = d[0];
                r[width - d.length] = '0';
            }
            return make(args[0], r);
        });
        affixRemoval(t, "removeprefix", true);
        affixRemoval(t, "removesuffix", false);
        partition(t, "partition", false);
        partition(t, "rpartition", true);
        method(t, "rsplit", (args, kwNames, kwValues) -> {
            byte[] d = ByteArrays.bufferOf(self(args, t, "rsplit"));
            Object sep = args.length > 1 ? args[1] : Args.keyword("rsplit", kwNames, kwValues, "sep", "maxsplit");
            Object max = args.length > 2 ? args[2] : Args.keyword("rsplit", kwNames, kwValues, "maxsplit", "sep");
            long maxSplit = max == null ? -1 : SeqArgs.integer(max);
            if (maxSplit < 0 || sep == null || sep == PyNone.INSTANCE) {
                if (maxSplit >= 0) {
                    throw PyErrors.notImplemented("bytes.rsplit() on whitespace with maxsplit");
                }
                return splitList(args[0], BytesOps.split(d, sep == null || sep == PyNone.INSTANCE ? null : BytesMethods.buffer(sep), -1));
            }
            // split the reversed bytes on the reversed separator, then reverse everything back
            List<byte[]> parts = BytesOps.split(reverse(d), reverse(BytesMethods.buffer(sep)), maxSplit);
            java.util.Collections.reverse(parts);
            parts.replaceAll(BytesTextMethods::reverse);
            return splitList(args[0], parts);
        });
    }

    private static byte[] reverse(byte[] d) {
        byte[] r = new byte[d.length];
        for (int i = 0; i < d.length; i++) {
            r[i] = d[d.length - 1 - i];
        }
        return r;
    }

    private static PyList splitList(Object self, List<byte[]> parts) {
        PyList out = new PyList();
        for (byte[] p : parts) {
            out.append(make(self, p));
        }
        return out;
    }

    private static void predicate(PyType t, String name, ByteTest test, boolean emptyResult) {
        method(t, name, (args, kwNames, kwValues) -> {
            SeqArgs.none(t.getName() + "." + name, args);
            byte[] d = ByteArrays.bufferOf(self(args, t, name));
            if (d.length == 0) {
                return emptyResult;
            }
            for (byte b : d) {
                if (!test.test(b & 0xFF)) {
                    return false;
                }
            }
            return true;
        });
    }

    /** islower/isupper: at least one cased byte, and none of the other case. */
    private static boolean cased(byte[] d, boolean lower) {
        boolean any = false;
        for (byte b : d) {
            if (lower ? isUpper(b) : isLower(b)) {
                return false;
            }
            any |= lower ? isLower(b) : isUpper(b);
        }
        return any;
    }

    /** ljust (0), rjust (1), center (2) with CPython's split of odd padding for center. */
    private static void pad(PyType t, String name, int mode) {
        method(t, name, (args, kwNames, kwValues) -> {
            SeqArgs.range(name, args, 1, 2);
            byte[] d = ByteArrays.bufferOf(self(args, t, name));
            int width = (int) Math.max(0, Math.min(SeqArgs.integer(args[1]), Integer.MAX_VALUE));
            byte fill = ' ';
            if (args.length == 3) {
                byte[] f = ByteArrays.bufferOf(args[2]);
                if (f == null || f.length != 1) {
                    throw PyErrors.typeError(name + "() argument 2 must be a byte string of length 1, not " + PyErrors.typeName(args[2]));
                }
                fill = f[0];
            }
            if (width <= d.length) {
                return make(args[0], d.clone());
            }
            int total = width - d.length;
            int left = mode == 0 ? 0 : mode == 1 ? total : total / 2 + (total & width & 1);
            byte[] r = new byte[width];
            Arrays.fill(r, fill);
            System.arraycopy(d, 0, r, left, d.length);
            return make(args[0], r);
        });
    }

    private static void affixRemoval(PyType t, String name, boolean prefix) {
        method(t, name, (args, kwNames, kwValues) -> {
            SeqArgs.one(t.getName() + "." + name, args);
            byte[] d = ByteArrays.bufferOf(self(args, t, name));
            byte[] a = BytesMethods.buffer(args[1]);
            boolean has = d.length >= a.length && BytesOps.regionMatches(d, prefix ? 0 : d.length - a.length, a);
            if (!has) {
                return make(args[0], d.clone());
            }
            return make(args[0], prefix ? Arrays.copyOfRange(d, a.length, d.length) : Arrays.copyOf(d, d.length - a.length));
        });
    }

    private static void partition(PyType t, String name, boolean fromRight) {
        method(t, name, (args, kwNames, kwValues) -> {
            SeqArgs.one(t.getName() + "." + name, args);
            byte[] d = ByteArrays.bufferOf(self(args, t, name));
            byte[] sep = BytesMethods.buffer(args[1]);
            if (sep.length == 0) {
                throw PyErrors.valueError("empty separator");
            }
            int at = fromRight ? BytesOps.rfind(d, sep, 0, d.length) : BytesOps.find(d, sep, 0, d.length);
            if (at < 0) {
                Object empty = make(args[0], new byte[0]);
                return fromRight ? PyTuple.of(empty, make(args[0], new byte[0]), make(args[0], d.clone()))
                                : PyTuple.of(make(args[0], d.clone()), empty, make(args[0], new byte[0]));
            }
            return PyTuple.of(make(args[0], Arrays.copyOf(d, at)), make(args[0], sep.clone()), make(args[0], Arrays.copyOfRange(d, at + sep.length, d.length)));
        });
    }
}

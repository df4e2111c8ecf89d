package org.byterun.builtins;

import static org.byterun.builtins.BuiltinMethods.method;
import static org.byterun.builtins.BuiltinMethods.self;

import java.io.ByteArrayOutputStream;

import org.byterun.runtime.ByteArrays;
import org.byterun.runtime.PyBuiltinFunction;
import org.byterun.runtime.PyByteArray;
import org.byterun.runtime.PyBytes;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyList;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.PyType;
import org.byterun.runtime.Truthiness;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** bytes and bytearray methods that lay bytes out or map them: expandtabs, splitlines, translate, maketrans, istitle. */
final class BytesLayoutMethods {
    private BytesLayoutMethods() {
    }

    private static Object make(Object self, byte[] bytes) {
        return self instanceof PyByteArray ? new PyByteArray(bytes) : new PyBytes(bytes);
    }

    static void install(PyType t) {
        method(t, "expandtabs", (args, kwNames, kwValues) -> expandtabs(t, args, kwNames, kwValues));
        method(t, "splitlines", (args, kwNames, kwValues) -> splitlines(t, args, kwNames, kwValues));
        method(t, "translate", (args, kwNames, kwValues) -> translate(t, args, kwNames, kwValues));
        method(t, "istitle", (args, kwNames, kwValues) -> {
            SeqArgs.none(t.getName() + ".istitle", args);
            return isTitle(ByteArrays.bufferOf(self(args, t, "istitle")));
        });
        // a static method: called on the type or an instance, args has no self; the result is always bytes
        t.setAttribute("maketrans", new PyBuiltinFunction("maketrans", null, BytesLayoutMethods::maketrans));
    }

    private static boolean isLower(int c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }

    /** CPython's _Py_bytes_istitle: upper only after uncased, lower only after cased, some cased byte. */
    private static boolean isTitle(byte[] d) {
        boolean cased = false;
        boolean previousCased = false;
        for (byte b : d) {
            if (isUpper(b)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (isLower(b)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }

    @TruffleBoundary
    private static Object expandtabs(PyType t, Object[] args, String[] kwNames, Object[] kwValues) {
        Object[] a = StrSupport.clinic("expandtabs", args, kwNames, kwValues, 0, "tabsize");
        byte[] d = ByteArrays.bufferOf(self(args, t, "expandtabs"));
        long tab = a[0] == null ? 8 : StrSupport.intArg(a[0]);
        ByteArrayOutputStream out = new ByteArrayOutputStream(d.length);
        long column = 0;
        for (byte b : d) {
            if (b == '\t') {
                if (tab > 0) {
                    long n = tab - column % tab;
                    if (out.size() + n > Integer.MAX_VALUE - 16) {
                        throw PyErrors.create(org.byterun.runtime.BuiltinTypes.OVERFLOW_ERROR, "result too long");
                    }
                    for (long i = 0; i < n; i++) {
                        out.write(' ');
                    }
                    column += n;
                }
            } else {
                out.write(b);
                column = b == '\n' || b == '\r' ? 0 : column + 1;
            }
        }
        return make(args[0], out.toByteArray());
    }

    /** Lines end at \n, \r or \r\n only (unlike str.splitlines). */
    @TruffleBoundary
    private static Object splitlines(PyType t, Object[] args, String[] kwNames, Object[] kwValues) {
        Object[] a = StrSupport.clinic("splitlines", args, kwNames, kwValues, 0, "keepends");
        byte[] d = ByteArrays.bufferOf(self(args, t, "splitlines"));
        boolean keep = a[0] != null && Truthiness.isTrue(a[0]);
        PyList out = new PyList();
        int start = 0;
        int i = 0;
        while (i < d.length) {
            byte b = d[i];
            if (b != '\n' && b != '\r') {
                i++;
                continue;
            }
            int eol = i + 1;
            if (b == '\r' && eol < d.length && d[eol] == '\n') {
                eol++;
            }
            out.append(make(args[0], java.util.Arrays.copyOfRange(d, start, keep ? eol : i)));
            start = eol;
            i = eol;
        }
        if (start < d.length) {
            out.append(make(args[0], java.util.Arrays.copyOfRange(d, start, d.length)));
        }
        return out;
    }

    /** translate(table, /, delete=b''): table is None or 256 bytes; bytes in delete are dropped first. */
    @TruffleBoundary
    private static Object translate(PyType t, Object[] args, String[] kwNames, Object[] kwValues) {
        Object[] a = StrSupport.clinic("translate", args, kwNames, kwValues, 1, "table", "delete");
        byte[] d = ByteArrays.bufferOf(self(args, t, "translate"));
        byte[] table = null;
        if (a[0] != PyNone.INSTANCE) {
            table = BytesMethods.buffer(a[0]);
            if (table.length != 256) {
                throw PyErrors.valueError("translation table must be 256 characters long");
            }
        }
        boolean[] deleted = new boolean[256];
        if (a[1] != null) {
            for (byte b : BytesMethods.buffer(a[1])) {
                deleted[b & 0xFF] = true;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(d.length);
        for (byte b : d) {
            if (!deleted[b & 0xFF]) {
                out.write(table == null ? b : table[b & 0xFF]);
            }
        }
        return make(args[0], out.toByteArray());
    }

    @TruffleBoundary
    private static Object maketrans(Object[] args, String[] kwNames, Object[] kwValues) {
        Args.noKeywords("maketrans", kwNames);
        Args.exactly("maketrans", args, 2);
        byte[] from = BytesMethods.buffer(args[0]);
        byte[] to = BytesMethods.buffer(args[1]);
        if (from.length != to.length) {
            throw PyErrors.valueError("maketrans arguments must have same length");
        }
        byte[] table = new byte[256];
        for (int i = 0; i < 256; i++) {
            table[i] = (byte) i;
        }
        for (int i = 0; i < from.length; i++) {
            table[from[i] & 0xFF] = to[i];
        }
        return new PyBytes(table);
    }
}

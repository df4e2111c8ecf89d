package org.byterun.builtins;

import static org.byterun.builtins.BuiltinFunctions.add;

import java.math.BigInteger;

import org.byterun.runtime.ObjectIds;
import org.byterun.runtime.PyBoundBuiltin;
import org.byterun.runtime.PyBuiltinFunction;
import org.byterun.runtime.PyBytes;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyFunction;
import org.byterun.runtime.PyHash;
import org.byterun.runtime.PyModule;
import org.byterun.runtime.PyObjects;
import org.byterun.runtime.PyType;
import org.byterun.runtime.Repr;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** One-argument builtins that convert or inspect a value: chr, ord, bin, oct, hex, ascii, hash, id, callable. */
final class ConversionBuiltins {
    private ConversionBuiltins() {
    }

    /** A one-argument builtin with no keywords. */
    private interface Unary {
        Object apply(Object arg);
    }

    private static void unary(PyModule m, String name, Unary body) {
        add(m, name, (args, kwNames, kwValues) -> {
            Args.noKeywords(name, kwNames);
            Args.exactly(name, args, 1);
            return body.apply(args[0]);
        });
    }

    static void install(PyModule m) {
        unary(m, "chr", ConversionBuiltins::chr);
        unary(m, "ord", ConversionBuiltins::ord);
        unary(m, "bin", v -> radix(v, 2, "0b"));
        unary(m, "oct", v -> radix(v, 8, "0o"));
        unary(m, "hex", v -> radix(v, 16, "0x"));
        unary(m, "ascii", v -> Repr.ascii(Repr.repr(v)));
        unary(m, "hash", PyHash::hash);
        unary(m, "id", ObjectIds::id);
        unary(m, "callable", ConversionBuiltins::isCallable);
    }

    @TruffleBoundary
    private static Object chr(Object v) {
        Object i = KeywordArgs.index(v);
        if (i instanceof Long l && l >= 0 && l <= Character.MAX_CODE_POINT) {
            return new String(Character.toChars((int) (long) l));
        }
        throw PyErrors.valueError("chr() arg not in range(0x110000)");
    }

    @TruffleBoundary
    private static Object ord(Object v) {
        if (v instanceof String s) {
            int n = s.codePointCount(0, s.length());
            if (n == 1) {
                return (long) s.codePointAt(0);
            }
            throw PyErrors.typeError("ord() expected a character, but string of length " + n + " found");
        } else if (v instanceof PyBytes b) {
            if (b.size() == 1) {
                return (long) (b.bytes()[0] & 0xff);
            }
            throw PyErrors.typeError("ord() expected a character, but string of length " + b.size() + " found");
        }
        throw PyErrors.typeError("ord() expected string of length 1, but " + PyErrors.typeName(v) + " found");
    }

    /** bin/oct/hex: sign, prefix, then the magnitude's digits. */
    @TruffleBoundary
    private static Object radix(Object v, int radix, String prefix) {
        Object i = KeywordArgs.index(v);
        BigInteger b = i instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) i;
        String digits = b.abs().toString(radix);
        return (b.signum() < 0 ? "-" : "") + prefix + digits;
    }

    /** What Calls.call accepts, or an object whose type defines __call__. */
    @TruffleBoundary
    static boolean isCallable(Object v) {
        return v instanceof org.byterun.runtime.PyCallable || v instanceof PyType
                        || PyObjects.typeOf(v).lookup("__call__") != null;
    }
}

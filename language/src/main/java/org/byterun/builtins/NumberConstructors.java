package org.byterun.builtins;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.Floats;
import org.byterun.runtime.Ints;
import org.byterun.runtime.NumberParsing;
import org.byterun.runtime.PyBytes;
import org.byterun.runtime.PyComplex;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyNumbers;
import org.byterun.runtime.PyObjects;
import org.byterun.runtime.Repr;
import org.byterun.runtime.SpecialMethods;
import org.byterun.runtime.Truthiness;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** int(x, base), float(x), complex(real, imag) and bool(x). */
final class NumberConstructors {
    private NumberConstructors() {
    }

    static void install() {
        BuiltinTypes.INT.setConstructor(NumberConstructors::callInt);
        BuiltinTypes.FLOAT.setConstructor(NumberConstructors::callFloat);
        BuiltinTypes.COMPLEX.setConstructor(NumberConstructors::callComplex);
        BuiltinTypes.BOOL.setConstructor((args, kwNames, kwValues) -> {
            Args.noKeywords("bool", kwNames);
            Args.range("bool", args, 0, 1);
            return args.length != 0 && Truthiness.isTrue(args[0]);
        });
    }

    @TruffleBoundary
    private static Object callInt(Object[] args, String[] kwNames, Object[] kwValues) {
        Object base = Args.keyword("int", kwNames, kwValues, "base");
        if (args.length > 2) {
            throw PyErrors.typeError("int expected at most 2 arguments, got " + args.length);
        }
        if (args.length == 2 && base != null) {
            throw PyErrors.typeError("int() takes at most 2 arguments (" + (args.length + kwNames.length) + " given)");
        }
        if (args.length == 2) {
            base = args[1];
        }
        if (args.length == 0) {
            if (base != null) {
                throw PyErrors.typeError("int() missing string argument");
            }
            return 0L;
        }
        if (base != null) {
            return withBase(args[0], PyNumbers.index(base));
        }
        return toInt(args[0]);
    }

    private static Object withBase(Object x, Object baseValue) {
        long base = baseValue instanceof Long l ? l : -1;
        if (base != 0 && (base < 2 || base > 36)) {
            throw PyErrors.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        if (x instanceof String s) {
            return NumberParsing.parseInt(s, (int) base, Repr.repr(s));
        } else if (x instanceof PyBytes b) {
            return NumberParsing.parseInt(new String(b.bytes(), StandardCharsets.ISO_8859_1), (int) base, Repr.repr(b));
        }
        throw PyErrors.typeError("int() can't convert non-string with explicit base");
    }

    /** int(x): ints as they are, floats truncated, strings parsed, else __int__, __index__, __trunc__. */
    static Object toInt(Object x) {
        if (x instanceof Long || x instanceof BigInteger) {
            return x;
        } else if (x instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (x instanceof Double d) {
            return Floats.toInt(d);
        } else if (x instanceof String s) {
            return NumberParsing.parseInt(s, 10, Repr.repr(s));
        } else if (x instanceof PyBytes b) {
            return NumberParsing.parseInt(new String(b.bytes(), StandardCharsets.ISO_8859_1), 10, Repr.repr(b));
        }
        for (String name : new String[]{"__int__", "__index__", "__trunc__"}) {
            if (PyObjects.typeOf(x).lookup(name) != null) {
                Object r = SpecialMethods.call(x, name);
                if (!PyNumbers.isInt(r)) {
                    if (name.equals("__trunc__")) {
                        return PyNumbers.index(r);
                    }
                    throw PyErrors.typeError(name + " returned non-int (type " + PyErrors.typeName(r) + ")");
                }
                return Ints.unbool(r);
            }
        }
        throw PyErrors.typeError("int() argument must be a string, a bytes-like object or a real number, not '" + PyErrors.typeName(x) + "'");
    }

    @TruffleBoundary
    private static Object callFloat(Object[] args, String[] kwNames, Object[] kwValues) {
        Args.noKeywords("float", kwNames);
        Args.range("float", args, 0, 1);
        if (args.length == 0) {
            return 0.0;
        }
        Object x = args[0];
        if (x instanceof String s) {
            return NumberParsing.parseFloat(s, Repr.repr(s));
        } else if (x instanceof PyBytes b) {
            return NumberParsing.parseFloat(new String(b.bytes(), StandardCharsets.ISO_8859_1), Repr.repr(b));
        }
        return PyNumbers.toDouble(x, "float() argument must be a string or a real number, not '");
    }

    @TruffleBoundary
    private static Object callComplex(Object[] args, String[] kwNames, Object[] kwValues) {
        if (args.length + kwNames.length > 2) {
            throw PyErrors.typeError("complex() takes at most 2 arguments (" + (args.length + kwNames.length) + " given)");
        }
        Object real = args.length > 0 ? args[0] : Args.keyword("complex", kwNames, kwValues, "real", "imag");
        Object imag = args.length > 1 ? args[1] : Args.keyword("complex", kwNames, kwValues, "imag", "real");
        if (real instanceof String s) {
            if (imag != null) {
                throw PyErrors.typeError("complex() can't take second arg if first is a string");
            }
            return NumberParsing.parseComplex(s);
        }
        if (imag instanceof String) {
            throw PyErrors.typeError("complex() second arg can't be a string");
        }
        PyComplex r = real == null ? new PyComplex(0, 0) : toComplex(real, "complex() first argument must be a string or a number, not '");
        if (imag == null) {
            return r;
        }
        PyComplex i = toComplex(imag, "complex() second argument must be a number, not '");
        // real + imag*1j, keeping the signs of zeros as CPython does
        return new PyComplex(imag instanceof PyComplex ? r.real - i.imag : r.real, real instanceof PyComplex ? r.imag + i.real : i.real);
    }

    private static PyComplex toComplex(Object x, String message) {
        if (x instanceof PyComplex c) {
            return c;
        }
        Object r = SpecialMethods.call(x, "__complex__");
        if (r instanceof PyComplex c) {
            return c;
        }
        if (r != null) {
            throw PyErrors.typeError("__complex__ returned non-complex (type " + PyErrors.typeName(r) + ")");
        }
        if (x instanceof Double || PyNumbers.isInt(x)) {
            return new PyComplex(Floats.toDouble(x), 0);
        }
        return new PyComplex(PyNumbers.toDouble(x, message), 0);
    }
}

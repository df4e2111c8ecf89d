package org.byterun.builtins;

import java.math.BigInteger;

import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.Floats;
import org.byterun.runtime.Ints;
import org.byterun.runtime.PyBaseException;
import org.byterun.runtime.PyBuiltinFunction;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyNumbers;
import org.byterun.runtime.PyObjects;
import org.byterun.runtime.PyTuple;
import org.byterun.runtime.PyType;
import org.byterun.runtime.Repr;
import org.byterun.runtime.Truthiness;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Calling a builtin type: its constructor (int(x), str(x), list(it), ValueError(msg), ...). */
public final class TypeCalls {
    private TypeCalls() {
    }

    @TruffleBoundary
    public static Object call(PyType type, Object[] args, String[] kwNames, Object[] kwValues) {
        if (type.isSubtypeOf(BuiltinTypes.BASE_EXCEPTION)) {
            Args.noKeywords(type.getName(), kwNames);
            return new PyBaseException(type, PyTuple.of(args.clone()));
        }
        PyBuiltinFunction.Body constructor = type.getConstructor();
        if (constructor != null) {
            return constructor.call(args, kwNames, kwValues);
        }
        String name = type.getName();
        switch (name) {
            case "int":
                Args.noKeywords("int", kwNames);
                Args.range("int", args, 0, 2);
                return args.length == 0 ? (Object) 0L : toInt(args[0], args.length == 2 ? args[1] : null);
            case "float":
                Args.noKeywords("float", kwNames);
                Args.range("float", args, 0, 1);
                return args.length == 0 ? (Object) 0.0 : toFloat(args[0]);
            case "str":
                Args.noKeywords("str", kwNames);
                Args.range("str", args, 0, 1);
                return args.length == 0 ? "" : Repr.str(args[0]);
            case "bool":
                Args.noKeywords("bool", kwNames);
                Args.range("bool", args, 0, 1);
                return args.length != 0 && Truthiness.isTrue(args[0]);
            case "type":
                Args.noKeywords("type", kwNames);
                if (args.length == 1) {
                    return PyObjects.typeOf(args[0]);
                }
                throw PyErrors.notImplemented("type(name, bases, dict)");
            default:
                throw PyErrors.notImplemented("calling the type '" + name + "'");
        }
    }

    private static Object toInt(Object x, Object base) {
        if (base != null) {
            if (!(x instanceof String s)) {
                throw PyErrors.typeError("int() can't convert non-string with explicit base");
            }
            return parseInt(s, (int) Ints.toLongIndex(base));
        }
        if (x instanceof Long || x instanceof BigInteger) {
            return x;
        } else if (x instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (x instanceof Double d) {
            if (Double.isNaN(d)) {
                throw PyErrors.valueError("cannot convert float NaN to integer");
            }
            if (Double.isInfinite(d)) {
                throw PyErrors.create(BuiltinTypes.OVERFLOW_ERROR, "cannot convert float infinity to integer");
            }
            return PyNumbers.normalize(new java.math.BigDecimal(d).toBigInteger());
        } else if (x instanceof String s) {
            return parseInt(s, 10);
        }
        throw PyErrors.typeError("int() argument must be a string, a bytes-like object or a real number, not '" + PyErrors.typeName(x) + "'");
    }

    /** int(str, base) with Python's syntax: whitespace, sign, underscores between digits, base prefixes. */
    private static Object parseInt(String text, int base) {
        String s = text.strip();
        String digits = s;
        boolean negative = false;
        if (digits.startsWith("-") || digits.startsWith("+")) {
            negative = digits.startsWith("-");
            digits = digits.substring(1);
        }
        int b = base;
        if (b == 0 || b == 16 || b == 8 || b == 2) {
            String lower = digits.toLowerCase();
            int prefixBase = lower.startsWith("0x") ? 16 : lower.startsWith("0o") ? 8 : lower.startsWith("0b") ? 2 : 0;
            if (prefixBase != 0 && (b == 0 || b == prefixBase)) {
                digits = digits.substring(2);
                if (digits.startsWith("_")) {
                    digits = digits.substring(1);
                }
                b = prefixBase;
            } else if (b == 0) {
                b = 10;
            }
        }
        if (b < 2 || b > 36) {
            throw PyErrors.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        boolean valid = !digits.isEmpty() && !digits.startsWith("_") && !digits.endsWith("_") && !digits.contains("__");
        String clean = digits.replace("_", "");
        try {
            if (valid) {
                if (base == 0 && b == 10 && clean.length() > 1 && clean.chars().allMatch(c -> c == '0') == false && clean.startsWith("0")) {
                    valid = false;
                } else {
                    BigInteger v = new BigInteger(clean, b);
                    return PyNumbers.normalize(negative ? v.negate() : v);
                }
            }
        } catch (NumberFormatException e) {
            valid = false;
        }
        throw PyErrors.valueError("invalid literal for int() with base " + base + ": " + Repr.repr(text));
    }

    private static Object toFloat(Object x) {
        if (x instanceof Double) {
            return x;
        } else if (x instanceof Long || x instanceof Boolean || x instanceof BigInteger) {
            return Floats.toDouble(x);
        } else if (x instanceof String s) {
            return parseFloat(s);
        }
        throw PyErrors.typeError("float() argument must be a string or a real number, not '" + PyErrors.typeName(x) + "'");
    }

    private static double parseFloat(String text) {
        String s = text.strip().toLowerCase();
        String body = s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
        double sign = s.startsWith("-") ? -1 : 1;
        switch (body) {
            case "inf", "infinity":
                return sign * Double.POSITIVE_INFINITY;
            case "nan":
                return Double.NaN;
            default:
                break;
        }
        boolean valid = !body.isEmpty() && body.matches("(\\d(_?\\d)*)?(\\.(\\d(_?\\d)*)?)?(e[+-]?\\d(_?\\d)*)?") && body.matches(".*\\d.*")
                        && !body.startsWith("e") && !body.startsWith(".e");
        if (!valid) {
            throw PyErrors.valueError("could not convert string to float: " + Repr.repr(text));
        }
        return sign * Double.parseDouble(body.replace("_", ""));
    }
}

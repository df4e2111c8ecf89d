package org.byterun.builtins;

import static org.byterun.bytecode.Opcodes.NB_FLOOR_DIVIDE;
import static org.byterun.bytecode.Opcodes.NB_POWER;
import static org.byterun.bytecode.Opcodes.NB_REMAINDER;

import java.math.BigInteger;

import org.byterun.nodes.Calls;
import org.byterun.runtime.Arithmetic;
import org.byterun.runtime.Floats;
import org.byterun.runtime.Ints;
import org.byterun.runtime.PyBuiltinFunction;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyModule;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.PyNotImplemented;
import org.byterun.runtime.PyNumbers;
import org.byterun.runtime.PyObjects;
import org.byterun.runtime.PyTuple;
import org.byterun.runtime.Rounding;
import org.byterun.runtime.SpecialMethods;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The builtins that are number semantics: round, divmod, pow. */
final class NumberBuiltins {
    private NumberBuiltins() {
    }

    static void install(PyModule m) {
        m.setAttribute("round", new PyBuiltinFunction("round", null, NumberBuiltins::round));
        m.setAttribute("divmod", new PyBuiltinFunction("divmod", null, (args, kwNames, kwValues) -> {
            Args.noKeywords("divmod", kwNames);
            Args.exactly("divmod", args, 2);
            return divmod(args[0], args[1]);
        }));
        m.setAttribute("pow", new PyBuiltinFunction("pow", null, NumberBuiltins::pow));
    }

    @TruffleBoundary
    private static Object round(Object[] args, String[] kwNames, Object[] kwValues) {
        Object ndigits = Args.keyword("round", kwNames, kwValues, "ndigits", "number");
        Object number = Args.keyword("round", kwNames, kwValues, "number", "ndigits");
        if (args.length + kwNames.length > 2) {
            throw PyErrors.typeError("round() takes at most 2 arguments (" + (args.length + kwNames.length) + " given)");
        }
        if (args.length >= 1) {
            number = args[0];
        }
        if (args.length == 2) {
            ndigits = args[1];
        }
        if (number == null) {
            throw PyErrors.typeError("round() missing required argument 'number' (pos 1)");
        }
        boolean hasDigits = ndigits != null && ndigits != PyNone.INSTANCE;
        if (number instanceof Double d) {
            return hasDigits ? (Object) Rounding.roundFloat(d, PyNumbers.index(ndigits)) : Rounding.roundFloat(d);
        }
        if (PyNumbers.isInt(number)) {
            return hasDigits ? Rounding.roundInt(number, PyNumbers.index(ndigits)) : Ints.unbool(number);
        }
        Object method = PyObjects.typeOf(number).lookup("__round__");
        if (method == null) {
            throw PyErrors.typeError("type " + PyErrors.typeName(number) + " doesn't define __round__ method");
        }
        return hasDigits ? Calls.call(method, number, ndigits) : Calls.call(method, number);
    }

    @TruffleBoundary
    static Object divmod(Object a, Object b) {
        if (PyNumbers.isInt(a) && PyNumbers.isInt(b)) {
            return new PyTuple(new Object[]{Arithmetic.binary(NB_FLOOR_DIVIDE, a, b), Arithmetic.binary(NB_REMAINDER, a, b)});
        }
        if ((a instanceof Double || PyNumbers.isInt(a)) && (b instanceof Double || PyNumbers.isInt(b))) {
            return Floats.divmod(Floats.toDouble(a), Floats.toDouble(b));
        }
        Object r = SpecialMethods.call(a, "__divmod__", b);
        if (r == null || r == PyNotImplemented.INSTANCE) {
            r = PyObjects.typeOf(a) == PyObjects.typeOf(b) ? null : SpecialMethods.call(b, "__rdivmod__", a);
        }
        if (r == null || r == PyNotImplemented.INSTANCE) {
            throw PyErrors.typeError("unsupported operand type(s) for divmod(): '" + PyErrors.typeName(a) + "' and '" + PyErrors.typeName(b) + "'");
        }
        return r;
    }

    @TruffleBoundary
    private static Object pow(Object[] args, String[] kwNames, Object[] kwValues) {
        Object[] p = {null, null, PyNone.INSTANCE};
        String[] names = {"base", "exp", "mod"};
        if (args.length > 3) {
            throw PyErrors.typeError("pow() takes at most 3 arguments (" + args.length + " given)");
        }
        System.arraycopy(args, 0, p, 0, args.length);
        for (int i = 0; i < kwNames.length; i++) {
            int k = java.util.Arrays.asList(names).indexOf(kwNames[i]);
            if (k < 0) {
                throw PyErrors.typeError("pow() got an unexpected keyword argument '" + kwNames[i] + "'");
            }
            if (k < args.length) {
                throw PyErrors.typeError("argument for pow() given by name ('" + names[k] + "') and position (" + (k + 1) + ")");
            }
            p[k] = kwValues[i];
        }
        for (int k = 0; k < 2; k++) {
            if (p[k] == null) {
                throw PyErrors.typeError("pow() missing required argument '" + names[k] + "' (pos " + (k + 1) + ")");
            }
        }
        if (p[2] == PyNone.INSTANCE) {
            return Arithmetic.binary(NB_POWER, p[0], p[1]);
        }
        return powMod(p[0], p[1], p[2]);
    }

    /** Three-argument pow on ints; a negative exponent uses the modular inverse. */
    static Object powMod(Object base, Object exp, Object mod) {
        if (!PyNumbers.isInt(base) || !PyNumbers.isInt(exp) || !PyNumbers.isInt(mod)) {
            Object r = SpecialMethods.call(base, "__pow__", exp, mod);
            if (r != null && r != PyNotImplemented.INSTANCE) {
                return r;
            }
            if (PyNumbers.isNumber(base) && PyNumbers.isNumber(exp) && PyNumbers.isNumber(mod)) {
                throw PyErrors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
            }
            throw PyErrors.typeError("unsupported operand type(s) for ** or pow(): '" + PyErrors.typeName(base) + "', '" + PyErrors.typeName(exp)
                            + "', '" + PyErrors.typeName(mod) + "'");
        }
        BigInteger b = PyNumbers.toBig(base);
        BigInteger e = PyNumbers.toBig(exp);
        BigInteger m = PyNumbers.toBig(mod);
        if (m.signum() == 0) {
            throw PyErrors.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger am = m.abs();
        if (am.equals(BigInteger.ONE)) {
            return 0L;
        }
        BigInteger r;
        try {
            r = b.modPow(e, am);
        } catch (ArithmeticException ex) {
            throw PyErrors.valueError("base is not invertible for the given modulus");
        }
        if (m.signum() < 0 && r.signum() != 0) {
            r = r.subtract(am);
        }
        return PyNumbers.normalize(r);
    }
}

package org.byterun.runtime;

import static org.byterun.bytecode.Opcodes.*;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** float arithmetic with CPython's semantics and messages. */
public final class Floats {
    private Floats() {
    }

    /**
     * Whether {@code value} is a float that may be kept unboxed (in a double frame slot or a float
     * list): any but a NaN, whose box's identity is observable ({@code [x] == [x]} holds for one NaN
     * object, not for two).
     */
    public static boolean isUnboxable(Object value) {
        return value instanceof Double d && !Double.isNaN(d);
    }

    @TruffleBoundary
    public static double toDouble(Object o) {
        if (o instanceof Double d) {
            return d;
        } else if (o instanceof Long l) {
            return l;
        } else if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        double d = ((BigInteger) o).doubleValue();
        if (Double.isInfinite(d)) {
            throw PyErrors.create(BuiltinTypes.OVERFLOW_ERROR, "int too large to convert to float");
        }
        return d;
    }

    @TruffleBoundary
    public static Object binary(int op, double a, double b) {
        switch (op) {
            case NB_ADD:
                return a + b;
            case NB_SUBTRACT:
                return a - b;
            case NB_MULTIPLY:
                return a * b;
            case NB_TRUE_DIVIDE:
                if (b == 0) {
                    throw PyErrors.create(BuiltinTypes.ZERO_DIVISION_ERROR, "float division by zero");
                }
                return a / b;
            case NB_FLOOR_DIVIDE:
                if (b == 0) {
                    throw PyErrors.create(BuiltinTypes.ZERO_DIVISION_ERROR, "float floor division by zero");
                }
                return floorDiv(a, b);
            case NB_REMAINDER:
                if (b == 0) {
                    throw PyErrors.create(BuiltinTypes.ZERO_DIVISION_ERROR, "float modulo by zero");
                }
                return mod(a, b);
            case NB_POWER:
                return pow(a, b);
            default:
                return null;
        }
    }

    /** Python's float %: the result has the sign of the divisor. */
    public static double mod(double a, double b) {
        double m = a % b;
        if (m != 0) {
            if ((b < 0) != (m < 0)) {
                m += b;
            }
        } else {
            m = Math.copySign(0.0, b);
        }
        return m;
    }

    /** CPython's float_floor_div, via divmod, so that it agrees with %. */
    public static double floorDiv(double a, double b) {
        double m = a % b;
        double div = (a - m) / b;
        if (m != 0 && ((b < 0) != (m < 0))) {
            div -= 1.0;
        }
        if (div != 0) {
            double floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
            return floordiv;
        }
        return Math.copySign(0.0, a / b);
    }

    public static Object pow(double a, double b) {
        if (a == 0 && b < 0) {
            throw PyErrors.create(BuiltinTypes.ZERO_DIVISION_ERROR, "0.0 cannot be raised to a negative power");
        }
        if (a < 0 && b != Math.floor(b) && !Double.isInfinite(b)) {
            // a negative base with a fractional exponent gives a complex result
            return Complexes.binary(NB_POWER, new PyComplex(a, 0), new PyComplex(b, 0));
        }
        if (a == 1.0 || b == 0 || (a == -1.0 && Double.isInfinite(b))) {
            // C's pow: (-1) ** +-inf is 1, unlike Java's NaN
            return 1.0;
        }
        double r = Math.pow(a, b);
        if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
            throw PyErrors.create(BuiltinTypes.OVERFLOW_ERROR, "(34, 'Numerical result out of range')");
        }
        return r;
    }

    /** int(x) for a float: truncation toward zero, exact for huge values. */
    @TruffleBoundary
    public static Object toInt(double d) {
        if (Double.isNaN(d)) {
            throw PyErrors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw PyErrors.create(BuiltinTypes.OVERFLOW_ERROR, "cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 9.0e18) {
            return (long) d;
        }
        return PyNumbers.normalize(new java.math.BigDecimal(d).toBigInteger());
    }

    /** divmod() of two floats, as CPython's float_divmod. */
    @TruffleBoundary
    public static PyTuple divmod(double a, double b) {
        if (b == 0) {
            throw PyErrors.create(BuiltinTypes.ZERO_DIVISION_ERROR, "float divmod()");
        }
        return new PyTuple(new Object[]{floorDiv(a, b), mod(a, b)});
    }
}

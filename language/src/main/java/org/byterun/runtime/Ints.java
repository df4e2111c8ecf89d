package org.byterun.runtime;

import static org.byterun.bytecode.Opcodes.*;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Arbitrary-precision int arithmetic with CPython's semantics (floor division, errors, pow). */
public final class Ints {
    private Ints() {
    }

    public static Object unbool(Object o) {
        return o instanceof Boolean b ? (b ? 1L : 0L) : o;
    }

    @TruffleBoundary
    public static Object binary(int op, Object a0, Object b0) {
        if (a0 instanceof Boolean x && b0 instanceof Boolean y && (op == NB_AND || op == NB_OR || op == NB_XOR)) {
            // bool & | ^ bool stays a bool
            return op == NB_AND ? x & y : op == NB_OR ? x | y : x ^ y;
        }
        Object a = unbool(a0);
        Object b = unbool(b0);
        if (a instanceof Long la && b instanceof Long lb) {
            Object r = longBinary(op, la, lb);
            if (r != null) {
                return r;
            }
        }
        BigInteger x = PyNumbers.toBig(a);
        BigInteger y = PyNumbers.toBig(b);
        switch (op) {
            case NB_ADD:
                return PyNumbers.normalize(x.add(y));
            case NB_SUBTRACT:
                return PyNumbers.normalize(x.subtract(y));
            case NB_MULTIPLY:
                return PyNumbers.normalize(x.multiply(y));
            case NB_FLOOR_DIVIDE:
                checkZero(y, "integer division or modulo by zero");
                return PyNumbers.normalize(floorDiv(x, y));
            case NB_REMAINDER:
                checkZero(y, "integer modulo by zero");
                return PyNumbers.normalize(x.subtract(floorDiv(x, y).multiply(y)));
            case NB_TRUE_DIVIDE:
                checkZero(y, "division by zero");
                return trueDivide(x, y);
            case NB_POWER:
                return pow(x, y);
            case NB_LSHIFT: {
                if (y.signum() < 0) {
                    throw PyErrors.valueError("negative shift count");
                }
                if (y.bitLength() > 31) {
                    if (x.signum() == 0) {
                        return 0L;
                    }
                    throw PyErrors.create(BuiltinTypes.OVERFLOW_ERROR, "too many digits in integer");
                }
                return PyNumbers.normalize(x.shiftLeft(y.intValue()));
            }
            case NB_RSHIFT: {
                if (y.signum() < 0) {
                    throw PyErrors.valueError("negative shift count");
                }
                if (y.bitLength() > 31) {
                    return x.signum() < 0 ? -1L : 0L;
                }
                return PyNumbers.normalize(x.shiftRight(y.intValue()));
            }
            case NB_AND:
                return PyNumbers.normalize(x.and(y));
            case NB_OR:
                return PyNumbers.normalize(x.or(y));
            case NB_XOR:
                return PyNumbers.normalize(x.xor(y));
            default:
                return null;
        }
    }

    /** The long-only fast cases; null when the result needs BigInteger or another path. */
    private static Object longBinary(int op, long a, long b) {
        try {
            switch (op) {
                case NB_ADD:
                    return Math.addExact(a, b);
                case NB_SUBTRACT:
                    return Math.subtractExact(a, b);
                case NB_MULTIPLY:
                    return Math.multiplyExact(a, b);
                case NB_FLOOR_DIVIDE:
                    if (b == 0) {
                        throw PyErrors.create(BuiltinTypes.ZERO_DIVISION_ERROR, "integer division or modulo by zero");
                    }
                    return a == Long.MIN_VALUE && b == -1 ? null : Math.floorDiv(a, b);
                case NB_REMAINDER:
                    if (b == 0) {
                        throw PyErrors.create(BuiltinTypes.ZERO_DIVISION_ERROR, "integer modulo by zero");
                    }
                    return b == -1 ? 0L : Math.floorMod(a, b);
                case NB_AND:
                    return a & b;
                case NB_OR:
                    return a | b;
                case NB_XOR:
                    return a ^ b;
                case NB_RSHIFT:
                    if (b < 0) {
                        throw PyErrors.valueError("negative shift count");
                    }
                    return a >> Math.min(b, 63);
                default:
                    return null;
            }
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private static void checkZero(BigInteger y, String message) {
        if (y.signum() == 0) {
            throw PyErrors.create(BuiltinTypes.ZERO_DIVISION_ERROR, message);
        }
    }

    public static BigInteger floorDiv(BigInteger x, BigInteger y) {
        if (x.signum() >= 0 && y.signum() > 0) {
            return x.divide(y); // truncation is the floor: no remainder needed
        }
        BigInteger[] qr = x.divideAndRemainder(y);
        if (qr[1].signum() != 0 && (qr[1].signum() != y.signum())) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }

    /** int / int, correctly rounded as CPython does (56 quotient bits with a sticky bit, one rounding). */
    public static double trueDivide(BigInteger x, BigInteger y) {
        if (x.bitLength() <= 53 && y.bitLength() <= 53) {
            return x.doubleValue() / y.doubleValue();
        }
        BigInteger a = x.abs();
        BigInteger b = y.abs();
        int shift = 56 + b.bitLength() - a.bitLength();
        BigInteger[] qr = shift >= 0 ? a.shiftLeft(shift).divideAndRemainder(b) : a.divideAndRemainder(b.shiftLeft(-shift));
        BigInteger q = qr[1].signum() != 0 ? qr[0].setBit(0) : qr[0];
        double d = Math.scalb(q.doubleValue(), -shift);
        if (Double.isInfinite(d) || (shift < 0 && -shift > 1100)) {
            throw PyErrors.create(BuiltinTypes.OVERFLOW_ERROR, "integer division result too large for a float");
        }
        return (x.signum() < 0) != (y.signum() < 0) ? -d : d;
    }

    private static Object pow(BigInteger x, BigInteger y) {
        if (y.signum() < 0) {
            if (x.signum() == 0) {
                throw PyErrors.create(BuiltinTypes.ZERO_DIVISION_ERROR, "0.0 cannot be raised to a negative power");
            }
            return Floats.binary(NB_POWER, x.doubleValue(), y.doubleValue());
        }
        if (x.equals(BigInteger.ONE) || x.signum() == 0) {
            return y.signum() == 0 ? 1L : PyNumbers.normalize(x);
        }
        if (x.equals(BigInteger.ONE.negate())) {
            return y.testBit(0) ? -1L : 1L;
        }
        if (y.bitLength() > 31) {
            throw PyErrors.create(BuiltinTypes.MEMORY_ERROR, "");
        }
        return PyNumbers.normalize(x.pow(y.intValue()));
    }

    /** An int used as a count or index, clamped to the long range (as a repeat count it saturates). */
    public static long toLongIndex(Object o) {
        Object v = unbool(o);
        if (v instanceof Long l) {
            return l;
        }
        BigInteger b = (BigInteger) v;
        return b.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    /** -x for an int (unboxed bool already), widening Long.MIN_VALUE. */
    @TruffleBoundary
    public static Object negate(Object v) {
        if (v instanceof Long l) {
            return l == Long.MIN_VALUE ? BigInteger.valueOf(l).negate() : (Object) (-l);
        }
        return PyNumbers.normalize(((BigInteger) v).negate());
    }

    @TruffleBoundary
    public static Object abs(Object v) {
        if (v instanceof Long l) {
            return l >= 0 ? l : negate(l);
        }
        return PyNumbers.normalize(((BigInteger) v).abs());
    }
}

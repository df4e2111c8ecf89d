package org.byterun.nodes;

import java.math.BigInteger;

import org.byterun.runtime.Arithmetic;
import org.byterun.runtime.PyNumbers;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code a - b} and {@code a -= b} (the same on immutable numbers; the generic path sees which). */
public abstract class SubNode extends BinaryOpNode {
    /** NB_SUBTRACT or NB_INPLACE_SUBTRACT. */
    protected final int op;

    SubNode(int op) {
        this.op = op;
    }

    @Specialization(rewriteOn = ArithmeticException.class)
    static long subLong(long a, long b) {
        return Math.subtractExact(a, b);
    }

    @Specialization(replaces = "subLong")
    static Object subLongOverflow(long a, long b) {
        long r = a - b;
        if (((a ^ b) & (a ^ r)) < 0) {
            return big(a, b);
        }
        return r;
    }

    @Specialization
    static double subDouble(double a, double b) {
        return a - b;
    }

    @Specialization
    static double subLongDouble(long a, double b) {
        return a - b;
    }

    @Specialization
    static double subDoubleLong(double a, long b) {
        return a - b;
    }

    @Fallback
    Object generic(Object a, Object b) {
        return Arithmetic.binary(op, a, b);
    }

    @TruffleBoundary
    private static Object big(long a, long b) {
        return PyNumbers.normalize(BigInteger.valueOf(a).subtract(BigInteger.valueOf(b)));
    }
}

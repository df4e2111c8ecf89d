package org.byterun.nodes;

import java.math.BigInteger;

import org.byterun.runtime.Arithmetic;
import org.byterun.runtime.PyNumbers;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code a * b} and {@code a *= b} (the same on numbers; the generic path repeats a list in place). */
public abstract class MulNode extends BinaryOpNode {
    /** NB_MULTIPLY or NB_INPLACE_MULTIPLY. */
    protected final int op;

    MulNode(int op) {
        this.op = op;
    }

    @Specialization(rewriteOn = ArithmeticException.class)
    static long mulLong(long a, long b) {
        return Math.multiplyExact(a, b);
    }

    /** After an overflow: the product in a long when it fits, else a big int (no exception, so no deopt). */
    @Specialization(replaces = "mulLong")
    static Object mulLongOverflow(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        if ((high == 0 && low >= 0) || (high == -1 && low < 0)) {
            return low;
        }
        return big(a, b);
    }

    @TruffleBoundary
    private static Object big(long a, long b) {
        return PyNumbers.normalize(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)));
    }

    @Specialization
    static double mulDouble(double a, double b) {
        return a * b;
    }

    @Specialization
    static double mulLongDouble(long a, double b) {
        return a * b;
    }

    @Specialization
    static double mulDoubleLong(double a, long b) {
        return a * b;
    }

    @Fallback
    Object generic(Object a, Object b) {
        return Arithmetic.binary(op, a, b);
    }
}

package org.byterun.nodes;

import org.byterun.runtime.Arithmetic;

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

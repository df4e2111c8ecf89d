package org.byterun.nodes;

import org.byterun.runtime.Arithmetic;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code a / b}; division by zero and big operands go to the generic path. */
public abstract class TrueDivNode extends BinaryOpNode {
    /** NB_TRUE_DIVIDE or NB_INPLACE_TRUE_DIVIDE (the same on numbers; the generic path sees which). */
    protected final int op;

    TrueDivNode(int op) {
        this.op = op;
    }

    private static final long EXACT = 1L << 53;


    static boolean exactAsDouble(long v) {
        return v > -EXACT && v < EXACT;
    }

    @Specialization(guards = {"b != 0", "exactAsDouble(a)", "exactAsDouble(b)"})
    static double divLong(long a, long b) {
        return (double) a / (double) b;
    }

    @Specialization(guards = "isNonZero(b)")
    static double divDouble(double a, double b) {
        return a / b;
    }

    /** A float by an int: the int converts to the nearest double, as CPython's float division converts it. */
    @Specialization(guards = "b != 0")
    static double divDoubleLong(double a, long b) {
        return a / (double) b;
    }

    @Specialization(guards = "isNonZero(b)")
    static double divLongDouble(long a, double b) {
        return (double) a / b;
    }

    @Fallback
    Object generic(Object a, Object b) {
        return Arithmetic.binary(op, a, b);
    }
}

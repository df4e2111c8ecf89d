package org.byterun.nodes;

import org.byterun.runtime.Arithmetic;
import org.byterun.runtime.Floats;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code a // b}: floor division of ints and of floats; zero divisors and MIN_VALUE // -1 go to the generic path. */
public abstract class FloorDivNode extends BinaryOpNode {
    /** NB_FLOOR_DIVIDE or NB_INPLACE_FLOOR_DIVIDE (the same on numbers; the generic path sees which). */
    protected final int op;

    FloorDivNode(int op) {
        this.op = op;
    }

    /** 0 raises and MIN_VALUE // -1 overflows: both take the generic path. */
    static boolean isPlainDivisor(long b) {
        return b != 0 && b != -1;
    }

    @Specialization(guards = "isPlainDivisor(b)")
    static long floorDivLong(long a, long b) {
        return Math.floorDiv(a, b);
    }


    @Specialization(guards = "isNonZero(b)")
    static double floorDivDouble(double a, double b) {
        return Floats.floorDiv(a, b);
    }

    @Fallback
    Object generic(Object a, Object b) {
        return Arithmetic.binary(op, a, b);
    }
}

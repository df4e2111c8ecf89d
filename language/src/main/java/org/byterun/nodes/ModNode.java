package org.byterun.nodes;

import org.byterun.runtime.Arithmetic;
import org.byterun.runtime.Floats;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code a % b}: the result takes the divisor's sign; str % is formatting (generic path). */
public abstract class ModNode extends BinaryOpNode {
    /** NB_REMAINDER or NB_INPLACE_REMAINDER (the same on numbers; the generic path sees which). */
    protected final int op;

    ModNode(int op) {
        this.op = op;
    }

    static boolean isPlainDivisor(long b) {
        return b != 0 && b != -1;
    }


    @Specialization(guards = "isPlainDivisor(b)")
    static long modLong(long a, long b) {
        return Math.floorMod(a, b);
    }

    @Specialization(guards = "isNonZero(b)")
    static double modDouble(double a, double b) {
        return Floats.mod(a, b);
    }

    @Fallback
    Object generic(Object a, Object b) {
        return Arithmetic.binary(op, a, b);
    }
}

package org.byterun.nodes;

import static org.byterun.bytecode.Opcodes.*;

import org.byterun.runtime.Arithmetic;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

/** The operators without a node of their own (**, <<, >>, @): long shifts and float powers, then generic. */
public abstract class GenericBinaryOpNode extends BinaryOpNode {
    protected final int op;

    GenericBinaryOpNode(int op) {
        this.op = op;
    }

    static boolean isRightShift(int op) {
        return op == NB_RSHIFT || op == NB_INPLACE_RSHIFT;
    }

    @Specialization(guards = {"isRightShift(op)", "b >= 0"})
    long rshiftLong(long a, long b) {
        return a >> Math.min(b, 63);
    }

    static boolean isLeftShift(int op) {
        return op == NB_LSHIFT || op == NB_INPLACE_LSHIFT;
    }

    static boolean isPower(int op) {
        return op == NB_POWER || op == NB_INPLACE_POWER;
    }

    /** A left shift that keeps every bit (else the generic path makes a big int or raises). */
    @Specialization(guards = {"isLeftShift(op)", "keepsBits(a, b)"})
    long lshiftLong(long a, long b) {
        return a << b;
    }

    /**
     * A positive finite float base: C's pow and Java's agree. An overflow takes the generic path,
     * which raises OverflowError; the result is a double on every path, so it stays unboxed.
     */
    @Specialization(guards = {"isPower(op)", "isPlainPower(a, b)"})
    double powDouble(double a, double b) {
        double r = Math.pow(a, b);
        if (Double.isInfinite(r)) {
            return (Double) Arithmetic.binary(op, a, b);
        }
        return r;
    }

    static boolean keepsBits(long a, long b) {
        return b >= 0 && b < 63 && ((a << b) >> b) == a;
    }

    static boolean isPlainPower(double a, double b) {
        return a > 0.0 && a != 1.0 && Double.isFinite(a) && Double.isFinite(b);
    }

    @Fallback
    Object generic(Object a, Object b) {
        return Arithmetic.binary(op, a, b);
    }
}

package org.byterun.nodes;

import static org.byterun.bytecode.Opcodes.NB_MULTIPLY;

import org.byterun.runtime.Arithmetic;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code a * b}. */
public abstract class MulNode extends BinaryOpNode {
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
    static Object generic(Object a, Object b) {
        return Arithmetic.binary(NB_MULTIPLY, a, b);
    }
}

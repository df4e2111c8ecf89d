package org.byterun.nodes;

import static org.byterun.bytecode.Opcodes.NB_REMAINDER;

import org.byterun.runtime.Arithmetic;
import org.byterun.runtime.Floats;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code a % b}: the result takes the divisor's sign; str % is formatting (generic path). */
public abstract class ModNode extends BinaryOpNode {
    static boolean isPlainDivisor(long b) {
        return b != 0 && b != -1;
    }

    static boolean isNonZero(double b) {
        return b != 0;
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
    static Object generic(Object a, Object b) {
        return Arithmetic.binary(NB_REMAINDER, a, b);
    }
}

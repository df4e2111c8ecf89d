package org.byterun.nodes;

import static org.byterun.bytecode.Opcodes.NB_FLOOR_DIVIDE;

import org.byterun.runtime.Arithmetic;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code a // b}: floor division; zero divisors and MIN_VALUE // -1 go to the generic path. */
public abstract class FloorDivNode extends BinaryOpNode {
    /** 0 raises and MIN_VALUE // -1 overflows: both take the generic path. */
    static boolean isPlainDivisor(long b) {
        return b != 0 && b != -1;
    }

    @Specialization(guards = "isPlainDivisor(b)")
    static long floorDivLong(long a, long b) {
        return Math.floorDiv(a, b);
    }

    @Fallback
    static Object generic(Object a, Object b) {
        return Arithmetic.binary(NB_FLOOR_DIVIDE, a, b);
    }
}

package org.byterun.nodes;

import static org.byterun.bytecode.Opcodes.*;

import org.byterun.runtime.Arithmetic;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

/** The operators without a specialized node (**, <<, >>, @, in-place + and *): long shifts, then generic. */
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

    @Fallback
    Object generic(Object a, Object b) {
        return Arithmetic.binary(op, a, b);
    }
}

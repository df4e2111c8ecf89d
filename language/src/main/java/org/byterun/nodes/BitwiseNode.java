package org.byterun.nodes;

import static org.byterun.bytecode.Opcodes.*;

import org.byterun.runtime.Arithmetic;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code & | ^} and their in-place forms. */
public abstract class BitwiseNode extends BinaryOpNode {
    protected final int op;

    BitwiseNode(int op) {
        this.op = op;
    }

    @Specialization
    long bitwiseLong(long a, long b) {
        return switch (op) {
            case NB_AND, NB_INPLACE_AND -> a & b;
            case NB_OR, NB_INPLACE_OR -> a | b;
            default -> a ^ b;
        };
    }

    @Fallback
    Object generic(Object a, Object b) {
        return Arithmetic.binary(op, a, b);
    }
}

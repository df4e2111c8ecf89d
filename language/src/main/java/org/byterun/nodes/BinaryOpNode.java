package org.byterun.nodes;

import static org.byterun.bytecode.Opcodes.*;

import org.byterun.runtime.Arithmetic;

import com.oracle.truffle.api.nodes.Node;

/**
 * BINARY_OP: one DSL-specialized node per operator family (long with overflow to big ints, double,
 * str, then the generic protocol in {@link Arithmetic}).
 */
public abstract class BinaryOpNode extends Node {
    public abstract Object execute(Object left, Object right);

    /** Guard of the float specializations of /, // and %: a zero divisor takes the generic path, which raises. */
    static boolean isNonZero(double b) {
        return b != 0;
    }

    public static BinaryOpNode create(int oparg) {
        return switch (oparg) {
            case NB_ADD, NB_INPLACE_ADD -> AddNodeGen.create(oparg);
            case NB_SUBTRACT, NB_INPLACE_SUBTRACT -> SubNodeGen.create(oparg);
            case NB_MULTIPLY, NB_INPLACE_MULTIPLY -> MulNodeGen.create(oparg);
            case NB_TRUE_DIVIDE, NB_INPLACE_TRUE_DIVIDE -> TrueDivNodeGen.create(oparg);
            case NB_FLOOR_DIVIDE, NB_INPLACE_FLOOR_DIVIDE -> FloorDivNodeGen.create(oparg);
            case NB_REMAINDER, NB_INPLACE_REMAINDER -> ModNodeGen.create(oparg);
            case NB_AND, NB_INPLACE_AND, NB_OR, NB_INPLACE_OR, NB_XOR, NB_INPLACE_XOR -> BitwiseNodeGen.create(oparg);
            default -> GenericBinaryOpNodeGen.create(oparg);
        };
    }
}

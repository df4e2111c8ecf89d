package org.byterun.nodes;

import static org.byterun.runtime.Comparison.*;

import org.byterun.runtime.Comparison;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/**
 * COMPARE_OP: {@code oparg >> 5} selects the comparison; bit 16 asks for the result's truth value
 * (the compiler sets it where only truth matters, e.g. before a conditional jump), else the result
 * object of the special method is the value. long, double and str fast paths.
 */
public abstract class CompareOpNode extends Node {
    protected final int op;
    protected final boolean toBool;

    CompareOpNode(int op, boolean toBool) {
        this.op = op;
        this.toBool = toBool;
    }

    public static CompareOpNode create(int oparg) {
        return CompareOpNodeGen.create(oparg >> 5, (oparg & 16) != 0);
    }

    public abstract Object execute(Object left, Object right);

    boolean isEquality() {
        return op == EQ;
    }

    @Specialization
    boolean compareLong(long a, long b) {
        return switch (op) {
            case LT -> a < b;
            case LE -> a <= b;
            case EQ -> a == b;
            case NE -> a != b;
            case GT -> a > b;
            default -> a >= b;
        };
    }

    @Specialization
    boolean compareDouble(double a, double b) {
        return switch (op) {
            case LT -> a < b;
            case LE -> a <= b;
            case EQ -> a == b;
            case NE -> a != b;
            case GT -> a > b;
            default -> a >= b;
        };
    }

    @Specialization
    boolean compareLongDouble(long a, double b) {
        return Comparison.compare(op, a, b);
    }

    @Specialization
    boolean compareDoubleLong(double a, long b) {
        return Comparison.compare(op, a, b);
    }

    @Specialization(guards = "isEquality()")
    boolean equalStrings(String a, String b) {
        return a.equals(b);
    }

    @Fallback
    Object generic(Object a, Object b) {
        return toBool ? Comparison.compare(op, a, b) : Comparison.richCompare(op, a, b);
    }
}

package org.byterun.nodes;

import java.math.BigInteger;

import org.byterun.runtime.Arithmetic;
import org.byterun.runtime.PyNumbers;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

/**
 * {@code a + b} and {@code a += b} (the same on numbers and str; the generic path extends a list in
 * place). A long overflow switches this node to the BigInteger-capable path for good.
 */
public abstract class AddNode extends BinaryOpNode {
    /** NB_ADD or NB_INPLACE_ADD. */
    protected final int op;

    AddNode(int op) {
        this.op = op;
    }

    @Specialization(rewriteOn = ArithmeticException.class)
    static long addLong(long a, long b) {
        return Math.addExact(a, b);
    }

    @Specialization(replaces = "addLong")
    static Object addLongOverflow(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            return big(a, b);
        }
        return r;
    }

    @Specialization
    static double addDouble(double a, double b) {
        return a + b;
    }

    @Specialization
    static double addLongDouble(long a, double b) {
        return a + b;
    }

    @Specialization
    static double addDoubleLong(double a, long b) {
        return a + b;
    }

    @Specialization
    @TruffleBoundary
    static String addString(String a, String b) {
        return a.concat(b);
    }

    @Fallback
    Object generic(Object a, Object b) {
        return Arithmetic.binary(op, a, b);
    }

    @TruffleBoundary
    private static Object big(long a, long b) {
        return PyNumbers.normalize(BigInteger.valueOf(a).add(BigInteger.valueOf(b)));
    }
}

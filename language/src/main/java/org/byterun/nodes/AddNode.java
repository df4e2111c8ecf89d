package org.byterun.nodes;

import static org.byterun.bytecode.Opcodes.NB_ADD;

import java.math.BigInteger;

import org.byterun.runtime.Arithmetic;
import org.byterun.runtime.PyNumbers;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code a + b}. A long overflow switches this node to the BigInteger-capable path for good. */
public abstract class AddNode extends BinaryOpNode {
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
    static Object generic(Object a, Object b) {
        return Arithmetic.binary(NB_ADD, a, b);
    }

    @TruffleBoundary
    private static Object big(long a, long b) {
        return PyNumbers.normalize(BigInteger.valueOf(a).add(BigInteger.valueOf(b)));
    }
}

package org.byterun.builtins;

import org.byterun.runtime.Ints;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyHash;
import org.byterun.runtime.PyNumbers;

/** Argument handling shared by the sequence methods (index/count bounds, integer arguments). */
final class SeqArgs {
    private SeqArgs() {
    }

    /** A start/stop bound of index(): clamped to [0, size] after counting negatives from the end. */
    static int bound(Object[] args, int pos, int size, int dflt) {
        if (args.length <= pos) {
            return dflt;
        }
        long i = PyNumbers.sliceIndex(args[pos], "slice indices must be integers or have an __index__ method");
        if (i < 0) {
            i = Math.max(0, i + size);
        }
        return (int) Math.min(i, size);
    }

    /** An integer argument (ints, bools and __index__), with CPython's "cannot be interpreted" error. */
    static long integer(Object v) {
        return Ints.toLongIndex(PyNumbers.index(v));
    }

    /** Python identity-or-equality, as list.index/count/remove and `in` use it. */
    static boolean same(Object a, Object b) {
        return a == b || PyHash.eq(a, b);
    }

    /** A method taking exactly one argument besides self, with CPython's METH_O message. */
    static void one(String name, Object[] args) {
        if (args.length != 2) {
            throw PyErrors.typeError(name + "() takes exactly one argument (" + (args.length - 1) + " given)");
        }
    }

    /** A method taking no argument besides self, with CPython's METH_NOARGS message. */
    static void none(String name, Object[] args) {
        if (args.length != 1) {
            throw PyErrors.typeError(name + "() takes no arguments (" + (args.length - 1) + " given)");
        }
    }

    /** Argument count check of a method, counting the arguments after self. */
    static void range(String name, Object[] args, int min, int max) {
        Args.range(name, java.util.Arrays.copyOfRange(args, Math.min(1, args.length), args.length), min, max);
    }
}

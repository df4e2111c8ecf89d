package org.byterun.runtime;

import static org.byterun.bytecode.Opcodes.*;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The complete semantics of BINARY_OP on builtin values: the slow path behind the specialized
 * nodes. In-place forms behave as the plain operator except where the left operand is mutable.
 */
public final class Arithmetic {
    private Arithmetic() {
    }

    @TruffleBoundary
    public static Object binary(int op, Object a, Object b) {
        int base = op >= NB_INPLACE_ADD ? op - NB_INPLACE_ADD : op;
        if (op == NB_INPLACE_ADD && a instanceof PyList l) {
            Object[] items = Sequences.toArray(b);
            for (Object item : items) {
                l.append(item);
            }
            return l;
        }
        if (op == NB_INPLACE_MULTIPLY && a instanceof PyList l && isInt(b)) {
            return repeatInPlace(l, b);
        }
        if (op == NB_INPLACE_MULTIPLY && a instanceof PyByteArray ba && isInt(b)) {
            ba.replaceRange(0, ba.size(), ((PyBytes) Sequences.repeat(new PyBytes(ba.toBytes()), repeatCount(b))).bytes());
            return ba;
        }
        Object r = numeric(base, a, b);
        if (r != null) {
            return r;
        }
        r = sequence(base, a, b);
        if (r != null) {
            return r;
        }
        r = SpecialMethods.binary(op, a, b);
        if (r != null) {
            return r;
        }
        if (base == NB_MULTIPLY) {
            // a sequence repeated by an object with __index__ (after its __rmul__ had its chance)
            r = repeatByIndex(op, a, b);
            if (r != null) {
                return r;
            }
        }
        throw unsupported(op, a, b);
    }

    private static PyList repeatInPlace(PyList l, Object count) {
        Object[] items = l.toArray();
        long n = Ints.toLongIndex(count);
        for (long i = 1; i < n; i++) {
            for (Object item : items) {
                l.append(item);
            }
        }
        if (n <= 0) {
            l.clear();
        }
        return l;
    }

    private static Object repeatByIndex(int op, Object a, Object b) {
        if (isSequence(a) && hasIndex(b)) {
            Object n = PyNumbers.index(b);
            if (op == NB_INPLACE_MULTIPLY && a instanceof PyList l) {
                return repeatInPlace(l, n);
            }
            return Sequences.repeat(a, repeatCount(n));
        }
        if (isSequence(b) && hasIndex(a)) {
            return Sequences.repeat(b, repeatCount(PyNumbers.index(a)));
        }
        return null;
    }

    private static boolean hasIndex(Object o) {
        return !isInt(o) && PyObjects.typeOf(o).lookup("__index__") != null;
    }

    /** A repeat count as CPython's sequences take it: it must fit a machine index. */
    private static long repeatCount(Object n) {
        if (n instanceof BigInteger) {
            throw PyErrors.create(BuiltinTypes.OVERFLOW_ERROR, "cannot fit 'int' into an index-sized integer");
        }
        return Ints.toLongIndex(n);
    }

    public static boolean isInt(Object o) {
        return o instanceof Long || o instanceof Boolean || o instanceof BigInteger;
    }

    private static PyException unsupported(int op, Object a, Object b) {
        if (op == NB_ADD && a instanceof String) {
            return PyErrors.typeError("can only concatenate str (not \"" + PyErrors.typeName(b) + "\") to str");
        }
        if (op == NB_ADD && (a instanceof PyList || a instanceof PyTuple)) {
            return PyErrors.typeError("can only concatenate " + PyErrors.typeName(a) + " (not \"" + PyErrors.typeName(b) + "\") to " + PyErrors.typeName(a));
        }
        if (op == NB_MULTIPLY && (isSequence(a) || isSequence(b))) {
            Object other = isSequence(a) ? b : a;
            return PyErrors.typeError("can't multiply sequence by non-int of type '" + PyErrors.typeName(other) + "'");
        }
        String sym = binaryOpSymbol(op);
        if (op == NB_POWER || op == NB_INPLACE_POWER) {
            sym = op == NB_POWER ? "** or pow()" : "**=";
        }
        return PyErrors.typeError("unsupported operand type(s) for " + sym + ": '" + PyErrors.typeName(a) + "' and '" + PyErrors.typeName(b) + "'");
    }

    private static boolean isSequence(Object o) {
        return o instanceof String || o instanceof PyList || o instanceof PyTuple || o instanceof PyBytes;
    }

    /** Arithmetic on int/bool/float/complex operands; null if the operands are not numbers. */
    private static Object numeric(int op, Object a, Object b) {
        if (isInt(a) && isInt(b)) {
            return Ints.binary(op, a, b);
        }
        if ((a instanceof PyComplex || b instanceof PyComplex) && isNumeric(a) && isNumeric(b)) {
            return Complexes.binary(op, Complexes.of(a), Complexes.of(b));
        }
        if ((a instanceof Double || isInt(a)) && (b instanceof Double || isInt(b))) {
            return Floats.binary(op, Floats.toDouble(a), Floats.toDouble(b));
        }
        return null;
    }

    /** {@code bytes % values} or {@code bytearray % values}, a result of the format's kind. */
    public static Object bytesPercent(Object fmt, Object values) {
        byte[] out = PercentFormat.formatBytes(ByteArrays.bufferOf(fmt), values);
        return fmt instanceof PyByteArray ? new PyByteArray(out) : new PyBytes(out);
    }

    private static boolean isNumeric(Object o) {
        return isInt(o) || o instanceof Double || o instanceof PyComplex;
    }

    /** Concatenation and repetition of str/list/tuple/bytes; null if not applicable. */
    private static Object sequence(int op, Object a, Object b) {
        if (op == NB_ADD) {
            if (a instanceof String sa && b instanceof String sb) {
                return sa.concat(sb);
            }
            if (a instanceof PyList la && b instanceof PyList lb) {
                return new PyList(Sequences.concat(la.getArray(), la.size(), lb.getArray(), lb.size()));
            }
            if (a instanceof PyTuple ta && b instanceof PyTuple tb) {
                return new PyTuple(Sequences.concat(ta.items(), ta.size(), tb.items(), tb.size()));
            }
            if (a instanceof PyBytes ba && b instanceof PyBytes bb) {
                byte[] r = java.util.Arrays.copyOf(ba.bytes(), ba.size() + bb.size());
                System.arraycopy(bb.bytes(), 0, r, ba.size(), bb.size());
                return new PyBytes(r);
            }
            return null;
        }
        if (op == NB_MULTIPLY) {
            if (isInt(b) && isSequence(a)) {
                return Sequences.repeat(a, repeatCount(b));
            }
            if (isInt(a) && isSequence(b)) {
                return Sequences.repeat(b, repeatCount(a));
            }
            return null;
        }
        if (op == NB_REMAINDER && a instanceof String fmt) {
            return PercentFormat.format(fmt, b);
        }
        if (op == NB_REMAINDER && (a instanceof PyBytes || a instanceof PyByteArray)) {
            return bytesPercent(a, b);
        }
        return null;
    }
}

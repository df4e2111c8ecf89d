package org.byterun.nodes;

import org.byterun.runtime.Subscripts;

import static org.byterun.bytecode.Opcodes.UNARY_NEGATIVE;

import java.math.BigInteger;

import org.byterun.runtime.PyAbstractSet;
import org.byterun.runtime.PyBytes;
import org.byterun.runtime.PyComplex;
import org.byterun.runtime.PyDict;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyHash;
import org.byterun.runtime.PyIterators;
import org.byterun.runtime.PyList;
import org.byterun.runtime.PyNumbers;
import org.byterun.runtime.PyRange;
import org.byterun.runtime.PyTuple;
import org.byterun.runtime.Iteration;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** IS_OP, CONTAINS_OP and the unary operators on builtin values. */
public final class SimpleOps {
    private SimpleOps() {
    }

    /** Python identity. Small values that Java boxes separately must still be "the same" when equal. */
    public static boolean is(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Long la && b instanceof Long lb) {
            return la.longValue() == lb.longValue();
        }
        if (a instanceof Boolean ba && b instanceof Boolean bb) {
            return ba.booleanValue() == bb.booleanValue();
        }
        if (a instanceof Double da && b instanceof Double db) {
            return Double.doubleToRawLongBits(da) == Double.doubleToRawLongBits(db);
        }
        return false;
    }

    /** CONTAINS_OP: an int in a set or frozenset is looked up inline; everything else takes {@link #contains}. */
    public static boolean containsOp(Object container, Object item) {
        if (item instanceof Long v && container instanceof org.byterun.runtime.PyAbstractSet s) {
            int r = s.storage().containsLong(v);
            if (r >= 0) {
                return r == 1;
            }
        }
        return contains(container, item);
    }

    @TruffleBoundary
    public static boolean contains(Object container, Object item) {
        if (org.byterun.runtime.SpecialMethods.hasHeapType(container)) {
            Object method = org.byterun.runtime.PyObjects.typeOf(container).lookup("__contains__");
            if (method == org.byterun.runtime.PyNone.INSTANCE) {
                throw PyErrors.typeError("'" + PyErrors.typeName(container) + "' object is not a container");
            } else if (method != null) {
                return org.byterun.runtime.Truthiness.isTrue(Calls.call(method, container, item));
            }
        }
        if (container instanceof PyDict d) {
            return d.storage().containsKey(item);
        } else if (container instanceof org.byterun.runtime.PyMappingProxy p) {
            return p.mapping().storage().containsKey(item);
        } else if (container instanceof PyAbstractSet s) {
            return s.contains(item);
        } else if (container instanceof String s) {
            if (!(org.byterun.runtime.BuiltinValues.unwrap(item) instanceof String sub)) {
                throw PyErrors.typeError("'in <string>' requires string as left operand, not " + PyErrors.typeName(item));
            }
            return s.contains(sub);
        } else if (container instanceof PyList l) {
            return indexIn(l.getArray(), l.size(), item);
        } else if (container instanceof PyTuple t) {
            return indexIn(t.items(), t.size(), item);
        } else if (container instanceof PyRange r && (item instanceof Long)) {
            long v = (Long) item;
            long len = r.length();
            if (len == 0) {
                return false;
            }
            long off = v - r.start;
            return off % r.step == 0 && off / r.step >= 0 && off / r.step < len;
        } else if (container instanceof PyBytes b && item instanceof Long v) {
            for (byte x : b.bytes()) {
                if ((x & 0xFF) == v) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof PyBytes || container instanceof org.byterun.runtime.PyByteArray) {
            // byte strings also contain sub-sequences: defer to their __contains__
            return (Boolean) org.byterun.runtime.SpecialMethods.call(container, "__contains__", item);
        }
        PyIterators.PyIterator it;
        try {
            it = Iteration.getIterator(container);
        } catch (org.byterun.runtime.PyException e) {
            if (!e.isInstanceOf(org.byterun.runtime.BuiltinTypes.TYPE_ERROR)) {
                throw e;
            }
            throw PyErrors.typeError("argument of type '" + PyErrors.typeName(container) + "' is not iterable");
        }
        for (Object v = it.next(); v != null; v = it.next()) {
            if (is(v, item) || PyHash.eq(v, item)) {
                return true;
            }
        }
        return false;
    }

    private static boolean indexIn(Object[] items, int size, Object item) {
        for (int i = 0; i < size; i++) {
            if (is(items[i], item) || PyHash.eq(items[i], item)) {
                return true;
            }
        }
        return false;
    }

    @TruffleBoundary
    public static Object unary(int op, Object v) {
        Object x = v instanceof Boolean b ? (b ? 1L : 0L) : v;
        if (op == UNARY_NEGATIVE) {
            if (x instanceof Long l) {
                return l == Long.MIN_VALUE ? BigInteger.valueOf(l).negate() : (Object) (-l);
            } else if (x instanceof Double d) {
                return -d;
            } else if (x instanceof BigInteger b) {
                return PyNumbers.normalize(b.negate());
            } else if (x instanceof PyComplex c) {
                return new PyComplex(-c.real, -c.imag);
            }
            Object r = org.byterun.runtime.SpecialMethods.call(v, "__neg__");
            if (r != null) {
                return r;
            }
            throw PyErrors.typeError("bad operand type for unary -: '" + PyErrors.typeName(v) + "'");
        }
        if (x instanceof Long l) {
            return ~l;
        } else if (x instanceof BigInteger b) {
            return PyNumbers.normalize(b.not());
        }
        Object r = org.byterun.runtime.SpecialMethods.call(v, "__invert__");
        if (r != null) {
            return r;
        }
        throw PyErrors.typeError("bad operand type for unary ~: '" + PyErrors.typeName(v) + "'");
    }

    @TruffleBoundary
    public static Object positive(Object v) {
        if (v instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (v instanceof Long || v instanceof Double || v instanceof BigInteger || v instanceof PyComplex) {
            return v;
        }
        Object r = org.byterun.runtime.SpecialMethods.call(v, "__pos__");
        if (r != null) {
            return r;
        }
        throw PyErrors.typeError("bad operand type for unary +: '" + PyErrors.typeName(v) + "'");
    }
}

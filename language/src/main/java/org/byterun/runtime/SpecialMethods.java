package org.byterun.runtime;

import static org.byterun.bytecode.Opcodes.*;

import org.byterun.nodes.Calls;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The data-model fallback: when no built-in fast path handles an operation, look the special method
 * ({@code __add__}, {@code __len__}, ...) up on the operand's type, as CPython's slots do.
 */
public final class SpecialMethods {
    private SpecialMethods() {
    }

    private static final String[] BINARY_NAMES = {"add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift", "sub", "truediv", "xor"};

    /** Calls {@code self.name(args)} if the type defines it; null if it does not. */
    @TruffleBoundary
    public static Object call(Object self, String name, Object... args) {
        Object method = PyObjects.typeOf(self).lookup(name);
        if (method == null) {
            return null;
        }
        return Calls.call(method, Calls.prepend(self, args));
    }

    /** a OP b through __op__ / __rop__ (and __iop__ for in-place forms); null when neither handles it. */
    @TruffleBoundary
    public static Object binary(int op, Object a, Object b) {
        boolean inplace = op >= NB_INPLACE_ADD;
        String base = BINARY_NAMES[inplace ? op - NB_INPLACE_ADD : op];
        if (inplace) {
            Object r = call(a, "__i" + base + "__", b);
            if (r != null && r != PyNotImplemented.INSTANCE) {
                return r;
            }
        }
        PyType ta = PyObjects.typeOf(a);
        PyType tb = PyObjects.typeOf(b);
        // a subclass's reflected method gets the first chance, as in CPython
        boolean rightFirst = tb != ta && tb.isSubtypeOf(ta) && tb.lookup("__r" + base + "__") != ta.lookup("__r" + base + "__");
        if (rightFirst) {
            Object r = call(b, "__r" + base + "__", a);
            if (r != null && r != PyNotImplemented.INSTANCE) {
                return r;
            }
        }
        Object r = call(a, "__" + base + "__", b);
        if (r != null && r != PyNotImplemented.INSTANCE) {
            return r;
        }
        if (!rightFirst && tb != ta) {
            r = call(b, "__r" + base + "__", a);
            if (r != null && r != PyNotImplemented.INSTANCE) {
                return r;
            }
        }
        return null;
    }

    private static final String[] COMPARE_NAMES = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    private static final int[] SWAPPED = {Comparison.GT, Comparison.GE, Comparison.EQ, Comparison.NE, Comparison.LT, Comparison.LE};

    /** Rich comparison through __lt__ & co. with the reflected fallback; null when neither handles it. */
    @TruffleBoundary
    public static Object compare(int op, Object a, Object b) {
        PyType ta = PyObjects.typeOf(a);
        PyType tb = PyObjects.typeOf(b);
        // a subclass's reflected method gets the first chance, as in CPython
        boolean rightFirst = ta != tb && tb.isSubtypeOf(ta) && tb.lookup(COMPARE_NAMES[SWAPPED[op]]) != null;
        if (rightFirst) {
            Object r = call(b, COMPARE_NAMES[SWAPPED[op]], a);
            if (r != null && r != PyNotImplemented.INSTANCE) {
                return r;
            }
        }
        Object r = call(a, COMPARE_NAMES[op], b);
        if (r != null && r != PyNotImplemented.INSTANCE) {
            return r;
        }
        if (!rightFirst) {
            r = call(b, COMPARE_NAMES[SWAPPED[op]], a);
            if (r != null && r != PyNotImplemented.INSTANCE) {
                return r;
            }
        }
        return null;
    }

    /** True for objects whose behaviour a Python class (or metaclass) decides: their protocols go through special methods. */
    public static boolean hasHeapType(Object v) {
        if (v instanceof PyInstance) {
            return true;
        } else if (v instanceof PyBaseException e) {
            return e.getType().isHeapType();
        } else if (v instanceof PyType t) {
            return t.getMetatype().isHeapType();
        }
        return false;
    }

    /** repr(v) through __repr__, which must return a str. */
    @TruffleBoundary
    public static String repr(Object v) {
        return checkString(call(v, "__repr__"), "__repr__");
    }

    /** str(v) through __str__, which must return a str. */
    @TruffleBoundary
    public static String str(Object v) {
        return checkString(call(v, "__str__"), "__str__");
    }

    private static String checkString(Object r, String method) {
        if (r instanceof String s) {
            return s;
        }
        throw PyErrors.typeError(method + " returned non-string (type " + PyErrors.typeName(r) + ")");
    }

    /** hash(v) through __hash__ (None there means unhashable). */
    @TruffleBoundary
    public static long hash(Object v) {
        Object method = PyObjects.typeOf(v).lookup("__hash__");
        if (method == null || method == PyNone.INSTANCE) {
            throw PyErrors.typeError("unhashable type: '" + PyErrors.typeName(v) + "'");
        }
        Object r = Calls.call(method, v);
        if (r instanceof Long l) {
            return l == -1 ? -2 : l;
        } else if (r instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (r instanceof java.math.BigInteger big) {
            return PyHash.hashBig(big);
        }
        throw PyErrors.typeError("__hash__ method should return an integer");
    }

    /** Truth through __bool__, else __len__, else true. */
    @TruffleBoundary
    public static boolean isTrue(Object v) {
        PyType t = PyObjects.typeOf(v);
        Object method = t.lookup("__bool__");
        if (method != null) {
            Object r = Calls.call(method, v);
            if (r instanceof Boolean b) {
                return b;
            }
            throw PyErrors.typeError("__bool__ should return bool, returned " + PyErrors.typeName(r));
        }
        if (t.lookup("__len__") != null) {
            return len(v) != 0;
        }
        return true;
    }

    /** len(v) through __len__, with CPython's checks of the result. */
    @TruffleBoundary
    public static long len(Object v) {
        Object r = call(v, "__len__");
        if (r == null) {
            throw PyErrors.typeError("object of type '" + PyErrors.typeName(v) + "' has no len()");
        }
        long n = Ints.toLongIndex(PyNumbers.index(r));
        if (n < 0) {
            throw PyErrors.valueError("__len__() should return >= 0");
        }
        return n;
    }

    /**
     * CPython's PyObject_LengthHint: len(v) if its type has __len__ (a TypeError from it is
     * ignored), else what __length_hint__ answers, else {@code dflt}.
     */
    @TruffleBoundary
    public static long lengthHint(Object v, long dflt) {
        PyType t = PyObjects.typeOf(v);
        if (t.lookup("__len__") != null) {
            try {
                return len(v);
            } catch (PyException e) {
                if (!e.isInstanceOf(BuiltinTypes.TYPE_ERROR)) {
                    throw e;
                }
            }
        }
        Object method = t.lookup("__length_hint__");
        if (method == null) {
            return dflt;
        }
        Object r = Calls.call(method, v);
        if (r == PyNotImplemented.INSTANCE) {
            return dflt;
        }
        if (!(r instanceof Long || r instanceof Boolean || r instanceof java.math.BigInteger)) {
            throw PyErrors.typeError("__length_hint__ must be an integer, not " + PyErrors.typeName(r));
        }
        long n = Ints.toLongIndex(r);
        if (n < 0) {
            throw PyErrors.valueError("__length_hint__() should return >= 0");
        }
        return n;
    }

    /** iter(v) through __iter__ (the result must be an iterator), else the __getitem__ sequence protocol. */
    @TruffleBoundary
    public static Object iter(Object v) {
        PyType t = PyObjects.typeOf(v);
        Object method = t.lookup("__iter__");
        if (method == PyNone.INSTANCE) {
            throw PyErrors.typeError("'" + t.getName() + "' object is not iterable");
        }
        if (method != null) {
            Object it = Calls.call(method, v);
            if (!(it instanceof PyIterators.PyIterator) && PyObjects.typeOf(it).lookup("__next__") == null) {
                throw PyErrors.typeError("iter() returned non-iterator of type '" + PyErrors.typeName(it) + "'");
            }
            return it;
        }
        if (t.lookup("__getitem__") != null) {
            return new BuiltinIterators.SequenceIterator(v);
        }
        throw PyErrors.typeError("'" + t.getName() + "' object is not iterable");
    }

    /** next(it) through __next__: the value, or null when it raises StopIteration. */
    @TruffleBoundary
    public static Object next(Object it) {
        Object method = PyObjects.typeOf(it).lookup("__next__");
        if (method == null) {
            throw PyErrors.typeError("'" + PyErrors.typeName(it) + "' object is not an iterator");
        }
        try {
            return Calls.call(method, it);
        } catch (PyException e) {
            if (e.isInstanceOf(BuiltinTypes.STOP_ITERATION)) {
                return null;
            }
            throw e;
        }
    }
}

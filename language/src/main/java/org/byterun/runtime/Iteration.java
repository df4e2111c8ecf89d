package org.byterun.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** iter() for builtin values. */
public final class Iteration {
    private Iteration() {
    }

    /** iter(o) as Java code consumes it: a Python-level iterator is wrapped. */
    @TruffleBoundary
    public static PyIterators.PyIterator getIterator(Object o) {
        if (SpecialMethods.hasHeapType(o)) {
            Object it = SpecialMethods.iter(o);
            return it instanceof PyIterators.PyIterator pit ? pit : new BuiltinIterators.ProtocolIterator(it);
        }
        PyIterators.PyIterator it = builtinIterator(o);
        if (it != null) {
            return it;
        }
        Object other = otherBuiltinIterator(o);
        return other instanceof PyIterators.PyIterator pit ? pit : new BuiltinIterators.ProtocolIterator(other);
    }

    /** iter(o) as the iter() builtin and GET_ITER give it: the object __iter__ returned, unwrapped. */
    @TruffleBoundary
    public static Object iter(Object o) {
        if (SpecialMethods.hasHeapType(o)) {
            return SpecialMethods.iter(o);
        }
        PyIterators.PyIterator it = builtinIterator(o);
        return it != null ? it : otherBuiltinIterator(o);
    }

    /** Other builtin objects are iterable through their type's __iter__ (the asend/athrow awaitables, ...). */
    private static Object otherBuiltinIterator(Object o) {
        Object method = o instanceof PyGenerator ? null : PyObjects.typeOf(o).lookup("__iter__");
        if (method == null) {
            throw PyErrors.typeError("'" + PyErrors.typeName(o) + "' object is not iterable");
        }
        return org.byterun.nodes.Calls.call(method, o);
    }

    /** The next value of any iterator, or null at its end. */
    @TruffleBoundary
    public static Object next(Object iterator) {
        if (iterator instanceof PyIterators.PyIterator it) {
            return it.next();
        }
        return SpecialMethods.next(iterator);
    }

    /** The iterator of a builtin value of a known kind, or null. */
    private static PyIterators.PyIterator builtinIterator(Object o) {
        if (o instanceof PyIterators.PyIterator it && !(it instanceof PyGenerator g && g.getKind() != PyGenerator.Kind.GENERATOR)) {
            return it;
        } else if (o instanceof PyList l) {
            return new PyIterators.ListIterator(l);
        } else if (o instanceof PyTuple t) {
            return new PyIterators.ArrayIterator(t.items(), t.size(), BuiltinTypes.TUPLE_ITERATOR);
        } else if (o instanceof PyRange r) {
            return new PyIterators.RangeIterator(r);
        } else if (o instanceof String s) {
            return new PyIterators.StringIterator(s);
        } else if (o instanceof PyDict d) {
            return new DictIterator(d.storage(), DictIterator.Kind.KEYS, false);
        } else if (o instanceof PyAbstractSet s) {
            return new SetIterator(s.storage());
        } else if (o instanceof PyDictView v) {
            return v.iterator(false);
        } else if (o instanceof PyMappingProxy p) {
            return new DictIterator(p.mapping().storage(), DictIterator.Kind.KEYS, false);
        } else if (o instanceof PyBytes b) {
            return new ByteIterator(b);
        } else if (o instanceof PyByteArray b) {
            return new ByteIterator(b);
        }
        return null;
    }
}

package org.byterun.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** iter() for builtin values. */
public final class Iteration {
    private Iteration() {
    }

    @TruffleBoundary
    public static PyIterators.PyIterator getIterator(Object o) {
        if (o instanceof PyIterators.PyIterator it) {
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
            Object[] keys = d.storage().keysArray();
            return new PyIterators.ArrayIterator(keys, keys.length, BuiltinTypes.DICT_KEY_ITERATOR);
        } else if (o instanceof PyAbstractSet s) {
            Object[] keys = s.storage().keysArray();
            return new PyIterators.ArrayIterator(keys, keys.length, BuiltinTypes.SET_ITERATOR);
        }
        throw PyErrors.typeError("'" + PyErrors.typeName(o) + "' object is not iterable");
    }
}

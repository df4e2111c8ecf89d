package org.byterun.builtins;

import static org.byterun.builtins.BuiltinMethods.method;

import java.util.Arrays;

import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.ByteIterator;
import org.byterun.runtime.DictIterator;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyIterators;
import org.byterun.runtime.PyObjects;
import org.byterun.runtime.PyType;

/**
 * __iter__ and __next__ of every builtin iterator type, installed once per JVM. A new iterator type
 * belongs in {@link #ITERATOR_TYPES}.
 */
final class IteratorMethods {
    private IteratorMethods() {
    }

    /** The iterator types that have __length_hint__ (their iterators answer {@code lengthHint()}). */
    private static final PyType[] HINTED_TYPES = {
        BuiltinTypes.LIST_ITERATOR, BuiltinTypes.TUPLE_ITERATOR, BuiltinTypes.RANGE_ITERATOR, BuiltinTypes.STR_ITERATOR,
        BuiltinTypes.SET_ITERATOR, BuiltinTypes.REVERSED, BuiltinTypes.LIST_REVERSE_ITERATOR, BuiltinTypes.SEQUENCE_ITERATOR,
        ByteIterator.BYTES_ITERATOR, ByteIterator.BYTEARRAY_ITERATOR,
    };

    private static final PyType[] UNHINTED_TYPES = {
        BuiltinTypes.ENUMERATE, BuiltinTypes.ZIP, BuiltinTypes.MAP, BuiltinTypes.FILTER, BuiltinTypes.CALLABLE_ITERATOR,
    };

    private static final PyType[] ITERATOR_TYPES = concat(concat(HINTED_TYPES, UNHINTED_TYPES), DictIterator.types());

    private static PyType[] concat(PyType[] a, PyType[] b) {
        PyType[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    static {
        for (PyType type : concat(HINTED_TYPES, DictIterator.types())) {
            method(type, "__length_hint__", (args, kwNames, kwValues) -> receiver(type, "__length_hint__", args, kwNames).lengthHint());
        }
        for (PyType type : ITERATOR_TYPES) {
            method(type, "__iter__", (args, kwNames, kwValues) -> receiver(type, "__iter__", args, kwNames));
            method(type, "__next__", (args, kwNames, kwValues) -> {
                Object v = receiver(type, "__next__", args, kwNames).next();
                if (v == null) {
                    throw PyErrors.stopIteration(org.byterun.runtime.PyNone.INSTANCE);
                }
                return v;
            });
        }
    }

    /** Makes sure the static initializer ran. */
    static void install() {
    }

    /** Checks a slot wrapper's call: self of the type and no further arguments, with CPython's messages. */
    private static PyIterators.PyIterator receiver(PyType type, String name, Object[] args, String[] kwNames) {
        if (args.length == 0) {
            throw PyErrors.typeError("descriptor '" + name + "' of '" + type.getName() + "' object needs an argument");
        }
        if (!(args[0] instanceof PyIterators.PyIterator it) || !PyObjects.typeOf(it).isSubtypeOf(type)) {
            throw PyErrors.typeError("descriptor '" + name + "' requires a '" + type.getName() + "' object but received a '" + PyErrors.typeName(args[0]) + "'");
        }
        Args.noKeywords(type.getName() + "." + name, kwNames);
        if (args.length > 1) {
            throw PyErrors.typeError("expected 0 arguments, got " + (args.length - 1));
        }
        return it;
    }
}

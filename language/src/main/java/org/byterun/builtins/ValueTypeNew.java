package org.byterun.builtins;

import java.util.Arrays;

import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.BuiltinValues;
import org.byterun.runtime.PyBuiltinFunction;
import org.byterun.runtime.PyByteArray;
import org.byterun.runtime.PyDict;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyInstance;
import org.byterun.runtime.PyList;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.PySet;
import org.byterun.runtime.PyType;
import org.byterun.runtime.Sequences;

/**
 * {@code __new__} of the builtin value types, which makes {@code class X(int)} and
 * {@code super().__new__(cls, v)} work, and {@code __init__} of the mutable ones, which fills the
 * empty value {@code __new__} made ({@code list.__init__(self, iterable)}).
 */
final class ValueTypeNew {
    private ValueTypeNew() {
    }

    static void install() {
        for (PyType t : new PyType[]{BuiltinTypes.INT, BuiltinTypes.FLOAT, BuiltinTypes.COMPLEX, BuiltinTypes.STR, BuiltinTypes.BYTES, BuiltinTypes.TUPLE,
                        BuiltinTypes.FROZENSET}) {
            installNew(t, false);
        }
        for (PyType t : new PyType[]{BuiltinTypes.LIST, BuiltinTypes.DICT, BuiltinTypes.SET, BuiltinTypes.BYTEARRAY}) {
            installNew(t, true);
        }
        BuiltinMethods.method(BuiltinTypes.LIST, "__init__", (args, kwNames, kwValues) -> {
            PyList self = (PyList) BuiltinMethods.self(args, BuiltinTypes.LIST, "__init__");
            PyList fresh = (PyList) construct(BuiltinTypes.LIST, args, kwNames, kwValues);
            self.clear();
            for (int i = 0; i < fresh.size(); i++) {
                self.append(fresh.get(i));
            }
            return PyNone.INSTANCE;
        });
        BuiltinMethods.method(BuiltinTypes.DICT, "__init__", (args, kwNames, kwValues) -> {
            PyDict self = (PyDict) BuiltinMethods.self(args, BuiltinTypes.DICT, "__init__");
            if (args.length > 2) {
                throw PyErrors.typeError("dict expected at most 1 argument, got " + (args.length - 1));
            }
            // dict.__init__ adds to what is there, as CPython's does
            DictUpdate.update(self, args.length == 2 ? args[1] : null, kwNames, kwValues);
            return PyNone.INSTANCE;
        });
        BuiltinMethods.method(BuiltinTypes.SET, "__init__", (args, kwNames, kwValues) -> {
            PySet self = (PySet) BuiltinMethods.self(args, BuiltinTypes.SET, "__init__");
            Args.noKeywords("set", kwNames);
            Args.range("set", Arrays.copyOfRange(args, 1, args.length), 0, 1);
            Object[] items = args.length == 2 ? Sequences.toArray(args[1]) : new Object[0];
            self.storage().clear();
            for (Object item : items) {
                self.add(item);
            }
            return PyNone.INSTANCE;
        });
        BuiltinMethods.method(BuiltinTypes.BYTEARRAY, "__init__", (args, kwNames, kwValues) -> {
            PyByteArray self = (PyByteArray) BuiltinMethods.self(args, BuiltinTypes.BYTEARRAY, "__init__");
            PyByteArray fresh = (PyByteArray) construct(BuiltinTypes.BYTEARRAY, args, kwNames, kwValues);
            self.replaceRange(0, self.size(), fresh.toBytes());
            return PyNone.INSTANCE;
        });
    }

    /** The type's constructor applied to the arguments after self (or cls). */
    private static Object construct(PyType t, Object[] args, String[] kwNames, Object[] kwValues) {
        return t.getConstructor().call(Arrays.copyOfRange(args, 1, args.length), kwNames, kwValues);
    }

    /**
     * T.__new__(cls, *args): the value T(*args) (an empty one for mutable types, which their
     * __init__ fills), inside an instance of cls when cls is a subclass.
     */
    private static void installNew(PyType t, boolean mutable) {
        String name = t.getName();
        t.setAttribute("__new__", new PyBuiltinFunction("__new__", null, (args, kwNames, kwValues) -> {
            if (args.length == 0) {
                throw PyErrors.typeError(name + ".__new__(): not enough arguments");
            }
            if (!(args[0] instanceof PyType cls)) {
                throw PyErrors.typeError(name + ".__new__(X): X is not a type object (" + PyErrors.typeName(args[0]) + ")");
            }
            if (!cls.isSubtypeOf(t)) {
                throw PyErrors.typeError(name + ".__new__(" + cls.getName() + "): " + cls.getName() + " is not a subtype of " + name);
            }
            Object value = mutable ? t.getConstructor().call(new Object[0], new String[0], new Object[0]) : BuiltinValues.unwrap(construct(t, args, kwNames, kwValues));
            return cls == t ? value : new PyInstance(cls, value);
        }));
    }

}

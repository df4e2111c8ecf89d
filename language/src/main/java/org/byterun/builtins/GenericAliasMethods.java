package org.byterun.builtins;

import org.byterun.nodes.Calls;
import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.PyBuiltinClassMethod;
import org.byterun.runtime.PyBuiltinFunction;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyGenericAlias;
import org.byterun.runtime.PyGetSetDescriptor;
import org.byterun.runtime.PyHash;
import org.byterun.runtime.PyNotImplemented;
import org.byterun.runtime.PyTuple;
import org.byterun.runtime.PyType;

/** types.GenericAlias ({@code list[int]}) and the builtin containers' {@code __class_getitem__} that makes it. */
final class GenericAliasMethods {
    private GenericAliasMethods() {
    }

    private static final PyType T = BuiltinTypes.GENERIC_ALIAS;

    static void install() {
        for (PyType t : new PyType[]{BuiltinTypes.LIST, BuiltinTypes.DICT, BuiltinTypes.TUPLE, BuiltinTypes.SET, BuiltinTypes.FROZENSET, BuiltinTypes.ENUMERATE}) {
            t.setAttribute("__class_getitem__", new PyBuiltinClassMethod(new PyBuiltinFunction("__class_getitem__", t, (args, kwNames, kwValues) -> {
                Args.noKeywords("__class_getitem__", kwNames);
                Args.exactly("__class_getitem__", java.util.Arrays.copyOfRange(args, 1, args.length), 1);
                return new PyGenericAlias(args[0], args[1]);
            })));
        }
        T.setAttribute("__origin__", new PyGetSetDescriptor("__origin__", T, self -> ((PyGenericAlias) self).getOrigin(), "member_descriptor"));
        T.setAttribute("__args__", new PyGetSetDescriptor("__args__", T, self -> ((PyGenericAlias) self).getArgs(), "member_descriptor"));
        T.setAttribute("__parameters__", new PyGetSetDescriptor("__parameters__", T, self -> PyTuple.of()));
        BuiltinMethods.method(T, "__call__", (args, kwNames, kwValues) -> {
            PyGenericAlias self = alias(args, "__call__");
            return Calls.call(self.getOrigin(), java.util.Arrays.copyOfRange(args, 1, args.length), kwNames, kwValues);
        });
        BuiltinMethods.method(T, "__mro_entries__", (args, kwNames, kwValues) -> {
            Args.exactly("__mro_entries__", java.util.Arrays.copyOfRange(args, 1, args.length), 1);
            return PyTuple.of(alias(args, "__mro_entries__").getOrigin());
        });
        for (String[] check : new String[][]{{"__instancecheck__", "isinstance"}, {"__subclasscheck__", "issubclass"}}) {
            BuiltinMethods.method(T, check[0], (args, kwNames, kwValues) -> {
                throw PyErrors.typeError(check[1] + "() argument 2 cannot be a parameterized generic");
            });
        }
        BuiltinMethods.method(T, "__repr__", (args, kwNames, kwValues) -> alias(args, "__repr__").repr());
        BuiltinMethods.method(T, "__hash__", (args, kwNames, kwValues) -> PyHash.hash(alias(args, "__hash__")));
        for (String name : new String[]{"__eq__", "__ne__"}) {
            boolean eq = name.equals("__eq__");
            BuiltinMethods.method(T, name, (args, kwNames, kwValues) -> {
                Args.exactly(name, java.util.Arrays.copyOfRange(args, 1, args.length), 1);
                PyGenericAlias self = alias(args, name);
                if (!(args[1] instanceof PyGenericAlias other)) {
                    return PyNotImplemented.INSTANCE;
                }
                boolean same = PyHash.eq(self.getOrigin(), other.getOrigin()) && PyHash.eq(self.getArgs(), other.getArgs());
                return same == eq;
            });
        }
    }

    private static PyGenericAlias alias(Object[] args, String name) {
        Object self = BuiltinMethods.self(args, T, name);
        return (PyGenericAlias) self;
    }
}

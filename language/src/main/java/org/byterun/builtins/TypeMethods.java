package org.byterun.builtins;

import static org.byterun.builtins.BuiltinMethods.method;
import static org.byterun.builtins.BuiltinMethods.self;

import java.util.Arrays;

import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.InstanceChecks;
import org.byterun.runtime.PyBuiltinClassMethod;
import org.byterun.runtime.PyBuiltinFunction;
import org.byterun.runtime.PyDict;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyList;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.PyObjects;
import org.byterun.runtime.PyType;

/** The methods of {@code type}, which metaclasses inherit and may call through super(). */
final class TypeMethods {
    private TypeMethods() {
    }

    private static final PyType TYPE = BuiltinTypes.TYPE;

    static void install() {
        method(TYPE, "__call__", (args, kwNames, kwValues) -> {
            PyType cls = (PyType) self(args, TYPE, "__call__");
            return TypeCalls.typeCall(cls, Arrays.copyOfRange(args, 1, args.length), kwNames, kwValues);
        });
        TypeCalls.typeCallBuiltin = TYPE.getOwnAttribute("__call__");
        // type.__new__(metatype, name, bases, namespace, **kwds) is a static method
        TYPE.setAttribute("__new__", new PyBuiltinFunction("__new__", null, (args, kwNames, kwValues) -> {
            if (args.length == 0 || !(args[0] instanceof PyType meta) || !meta.isSubtypeOf(TYPE)) {
                throw PyErrors.typeError("type.__new__(X): X is not a type object (" + (args.length == 0 ? "nothing" : PyErrors.typeName(args[0])) + ")");
            }
            Object[] rest = Arrays.copyOfRange(args, 1, args.length);
            if (meta == TYPE && rest.length == 1 && kwNames.length == 0) {
                return PyObjects.typeOf(rest[0]);
            }
            return TypeCalls.newTypeFromArgs(meta, rest, kwNames, kwValues);
        }));
        method(TYPE, "__init__", (args, kwNames, kwValues) -> {
            self(args, TYPE, "__init__");
            if (args.length != 2 && args.length != 4) {
                throw PyErrors.typeError("type.__init__() takes 1 or 3 arguments");
            }
            return PyNone.INSTANCE;
        });
        TYPE.setAttribute("__prepare__", new PyBuiltinClassMethod(new PyBuiltinFunction("__prepare__", TYPE, (args, kwNames, kwValues) -> new PyDict())));
        method(TYPE, "__subclasses__", (args, kwNames, kwValues) -> {
            Args.exactly("__subclasses__", args, 1);
            PyType t = (PyType) self(args, TYPE, "__subclasses__");
            return new PyList(t.getSubclasses().toArray());
        });
        method(TYPE, "__instancecheck__", (args, kwNames, kwValues) -> {
            Args.exactly("__instancecheck__", args, 2);
            PyType t = (PyType) self(args, TYPE, "__instancecheck__");
            return InstanceChecks.realIsInstance(args[1], t);
        });
        method(TYPE, "__subclasscheck__", (args, kwNames, kwValues) -> {
            Args.exactly("__subclasscheck__", args, 2);
            PyType t = (PyType) self(args, TYPE, "__subclasscheck__");
            return InstanceChecks.realIsSubclass(args[1], t);
        });
        method(TYPE, "__repr__", (args, kwNames, kwValues) -> {
            Args.exactly("__repr__", args, 1);
            return ((PyType) self(args, TYPE, "__repr__")).repr();
        });
        method(TYPE, "__dir__", (args, kwNames, kwValues) -> {
            Args.exactly("__dir__", args, 1);
            return ScopeBuiltins.defaultDir(self(args, TYPE, "__dir__"));
        });
    }
}

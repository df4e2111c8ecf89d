package org.byterun.builtins;

import static org.byterun.builtins.BuiltinMethods.method;

import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.Layouts;
import org.byterun.runtime.ObjectAttributes;
import org.byterun.runtime.ObjectIds;
import org.byterun.runtime.PyBaseException;
import org.byterun.runtime.PyBuiltinClassMethod;
import org.byterun.runtime.PyBuiltinFunction;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyInstance;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.PyNotImplemented;
import org.byterun.runtime.PyObjects;
import org.byterun.runtime.PyTuple;
import org.byterun.runtime.PyType;
import org.byterun.runtime.Repr;
import org.byterun.runtime.SpecialMethods;
import org.byterun.runtime.Attributes;

/** The methods every object inherits from {@code object}: creation, attribute hooks, repr, equality, hashing. */
final class ObjectMethods {
    private ObjectMethods() {
    }

    private static final PyType OBJECT = BuiltinTypes.OBJECT;

    static void install() {
        OBJECT.setConstructor((args, kwNames, kwValues) -> {
            if (args.length > 0 || kwNames.length > 0) {
                throw PyErrors.typeError("object() takes no arguments");
            }
            return new PyInstance(OBJECT);
        });
        // __new__ is a static method: object.__new__(cls)
        OBJECT.setAttribute("__new__", new PyBuiltinFunction("__new__", null, ObjectMethods::objectNew));
        method(OBJECT, "__init__", ObjectMethods::objectInit);
        method(OBJECT, "__getattribute__", (args, kwNames, kwValues) -> {
            Args.noKeywords("__getattribute__", kwNames);
            Args.exactly("__getattribute__", args, 2);
            String name = attrName(args[1]);
            if (SpecialMethods.hasHeapType(args[0])) {
                Object v = ObjectAttributes.genericGet(args[0], name, PyObjects.typeOf(args[0]));
                if (v == null) {
                    throw Attributes.noAttribute(args[0], name);
                }
                return v;
            }
            return Attributes.getAttribute(args[0], name);
        });
        method(OBJECT, "__setattr__", (args, kwNames, kwValues) -> {
            Args.noKeywords("__setattr__", kwNames);
            Args.exactly("__setattr__", args, 3);
            genericSet(args[0], attrName(args[1]), args[2]);
            return PyNone.INSTANCE;
        });
        method(OBJECT, "__delattr__", (args, kwNames, kwValues) -> {
            Args.noKeywords("__delattr__", kwNames);
            Args.exactly("__delattr__", args, 2);
            genericSet(args[0], attrName(args[1]), null);
            return PyNone.INSTANCE;
        });
        ObjectAttributes.objectGetAttribute = OBJECT.getOwnAttribute("__getattribute__");
        ObjectAttributes.objectSetAttr = OBJECT.getOwnAttribute("__setattr__");
        ObjectAttributes.objectDelAttr = OBJECT.getOwnAttribute("__delattr__");
        method(OBJECT, "__repr__", (args, kwNames, kwValues) -> {
            Args.exactly("__repr__", args, 1);
            return objectRepr(args[0]);
        });
        method(OBJECT, "__str__", (args, kwNames, kwValues) -> {
            Args.exactly("__str__", args, 1);
            return Repr.repr(args[0]);
        });
        method(OBJECT, "__eq__", (args, kwNames, kwValues) -> {
            Args.exactly("__eq__", args, 2);
            return args[0] == args[1] ? Boolean.TRUE : PyNotImplemented.INSTANCE;
        });
        method(OBJECT, "__ne__", (args, kwNames, kwValues) -> {
            Args.exactly("__ne__", args, 2);
            // the inverse of __eq__, unless that is NotImplemented
            Object eq = SpecialMethods.call(args[0], "__eq__", args[1]);
            if (eq == null || eq == PyNotImplemented.INSTANCE) {
                return PyNotImplemented.INSTANCE;
            }
            return !org.byterun.runtime.Truthiness.isTrue(eq);
        });
        for (String name : new String[]{"__lt__", "__le__", "__gt__", "__ge__"}) {
            method(OBJECT, name, (args, kwNames, kwValues) -> {
                Args.exactly(name, args, 2);
                return PyNotImplemented.INSTANCE;
            });
        }
        method(OBJECT, "__hash__", (args, kwNames, kwValues) -> {
            Args.exactly("__hash__", args, 1);
            return org.byterun.runtime.PyHash.identityHash(args[0]);
        });
        method(OBJECT, "__format__", (args, kwNames, kwValues) -> {
            Args.exactly("__format__", args, 2);
            if (!(args[1] instanceof String spec)) {
                throw PyErrors.typeError("__format__() argument must be str, not " + PyErrors.typeName(args[1]));
            }
            if (!spec.isEmpty()) {
                throw PyErrors.typeError("unsupported format string passed to " + PyObjects.typeOf(args[0]).getName() + ".__format__");
            }
            return Repr.str(args[0]);
        });
        method(OBJECT, "__dir__", (args, kwNames, kwValues) -> {
            Args.exactly("__dir__", args, 1);
            return ScopeBuiltins.defaultDir(args[0]);
        });
        OBJECT.setAttribute("__init_subclass__", new PyBuiltinClassMethod(new PyBuiltinFunction("__init_subclass__", OBJECT, (args, kwNames, kwValues) -> {
            if (kwNames.length > 0) {
                throw PyErrors.typeError(((PyType) args[0]).getName() + ".__init_subclass__() takes no keyword arguments");
            }
            if (args.length > 1) {
                throw PyErrors.typeError(((PyType) args[0]).getName() + ".__init_subclass__() takes no arguments (" + (args.length - 1) + " given)");
            }
            return PyNone.INSTANCE;
        })));
        OBJECT.setAttribute("__subclasshook__", new PyBuiltinClassMethod(new PyBuiltinFunction("__subclasshook__", OBJECT,
                        (args, kwNames, kwValues) -> PyNotImplemented.INSTANCE)));
    }

    private static String attrName(Object name) {
        if (name instanceof String s) {
            return s;
        }
        throw PyErrors.typeError("attribute name must be string, not '" + PyErrors.typeName(name) + "'");
    }

    private static void genericSet(Object obj, String name, Object value) {
        if (obj instanceof PyType t) {
            org.byterun.runtime.TypeAttributes.genericSet(t, name, value);
        } else if (SpecialMethods.hasHeapType(obj)) {
            ObjectAttributes.genericSet(obj, name, value);
        } else if (value == null) {
            Attributes.deleteAttribute(obj, name);
        } else {
            Attributes.setAttribute(obj, name, value);
        }
    }

    /** object.__repr__: {@code <module.Qualname object at 0x...>}. */
    static String objectRepr(Object o) {
        PyType t = PyObjects.typeOf(o);
        if (!t.isHeapType()) {
            return Repr.builtinRepr(o);
        }
        Object id = ObjectIds.id(o);
        return "<" + t.getQualifiedName() + " object at 0x" + Long.toHexString(id instanceof Long l ? l : 0) + ">";
    }

    /** object.__new__(cls, *args, **kwargs). */
    private static Object objectNew(Object[] args, String[] kwNames, Object[] kwValues) {
        if (args.length == 0) {
            throw PyErrors.typeError("object.__new__(): not enough arguments");
        }
        if (!(args[0] instanceof PyType type)) {
            throw PyErrors.typeError("object.__new__(X): X is not a type object (" + PyErrors.typeName(args[0]) + ")");
        }
        if (args.length > 1 || kwNames.length > 0) {
            if (type.lookup("__new__") != OBJECT.getOwnAttribute("__new__")) {
                throw PyErrors.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (type.lookup("__init__") == OBJECT.getOwnAttribute("__init__")) {
                throw PyErrors.typeError(type.getName() + "() takes no arguments");
            }
        }
        PyType solid = Layouts.solidBase(type);
        if (solid != OBJECT) {
            // CPython names the nearest class whose __new__ is not written in Python
            PyType staticBase = type;
            while (staticBase.isHeapType() && staticBase.getOwnAttribute("__new__") instanceof org.byterun.runtime.PyStaticMethod) {
                staticBase = staticBase.getBase();
            }
            throw PyErrors.typeError("object.__new__(" + type.getName() + ") is not safe, use " + staticBase.getName() + ".__new__()");
        }
        return new PyInstance(type);
    }

    /** object.__init__(self, *args, **kwargs). */
    private static Object objectInit(Object[] args, String[] kwNames, Object[] kwValues) {
        if (args.length == 0) {
            throw PyErrors.typeError("descriptor '__init__' of 'object' object needs an argument");
        }
        if (args.length > 1 || kwNames.length > 0) {
            PyType type = PyObjects.typeOf(args[0]);
            if (type.lookup("__init__") != OBJECT.getOwnAttribute("__init__")) {
                throw PyErrors.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (type.lookup("__new__") == OBJECT.getOwnAttribute("__new__")) {
                throw PyErrors.typeError(type.getName() + "() takes no arguments");
            }
        }
        return PyNone.INSTANCE;
    }

    /** BaseException.__new__ and __init__, so that Python classes can derive from exceptions. */
    static void installExceptionHooks() {
        PyType base = BuiltinTypes.BASE_EXCEPTION;
        base.setAttribute("__new__", new PyBuiltinFunction("__new__", null, (args, kwNames, kwValues) -> {
            if (args.length == 0 || !(args[0] instanceof PyType type) || !type.isSubtypeOf(base)) {
                throw PyErrors.typeError("BaseException.__new__(X): X is not a subtype of BaseException");
            }
            Object[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
            if (!type.isHeapType()) {
                return ExceptionInit.construct(type, rest, kwNames, kwValues);
            }
            // a subclass's own __init__ takes the keywords; the builtin part sees the positional arguments
            return ExceptionInit.construct(type, rest, new String[0], new Object[0]);
        }));
        method(base, "__init__", (args, kwNames, kwValues) -> {
            PyBaseException self = (PyBaseException) BuiltinMethods.self(args, base, "__init__");
            if (kwNames.length > 0 && PyObjects.typeOf(self).lookup("__init__") == base.getOwnAttribute("__init__")) {
                throw PyErrors.typeError(PyObjects.typeOf(self).getName() + "() takes no keyword arguments");
            }
            self.setArgs(PyTuple.of(java.util.Arrays.copyOfRange(args, 1, args.length)));
            return PyNone.INSTANCE;
        });
        method(base, "__str__", (args, kwNames, kwValues) -> Repr.exceptionStr((PyBaseException) BuiltinMethods.self(args, base, "__str__")));
        method(base, "__repr__", (args, kwNames, kwValues) -> Repr.builtinRepr(BuiltinMethods.self(args, base, "__repr__")));
    }
}

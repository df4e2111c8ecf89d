package org.byterun.runtime;

import org.byterun.nodes.Calls;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * isinstance and issubclass as CPython's {@code PyObject_IsInstance} / {@code PyObject_IsSubclass}
 * (Objects/abstract.c): tuples, {@code __instancecheck__} / {@code __subclasscheck__} on the
 * class's type, the {@code __class__} an object claims, and abstract classes made of
 * {@code __bases__}.
 */
public final class InstanceChecks {
    private InstanceChecks() {
    }

    private static final String ISINSTANCE_ARG2 = "isinstance() arg 2 must be a type, a tuple of types, or a union";
    private static final String ISSUBCLASS_ARG1 = "issubclass() arg 1 must be a class";
    private static final String ISSUBCLASS_ARG2 = "issubclass() arg 2 must be a class, a tuple of classes, or a union";

    /** isinstance(inst, cls). */
    @TruffleBoundary
    public static boolean isInstance(Object inst, Object cls) {
        if (cls instanceof PyType t && PyObjects.typeOf(inst) == t) {
            return true;
        }
        if (cls instanceof PyType t && t.getMetatype() == BuiltinTypes.TYPE) {
            return realIsInstance(inst, cls);
        }
        if (cls instanceof PyTuple tuple) {
            for (Object item : tuple.items()) {
                if (isInstance(inst, item)) {
                    return true;
                }
            }
            return false;
        }
        Object checker = lookupSpecial(cls, "__instancecheck__");
        if (checker != null) {
            return Truthiness.isTrue(Calls.call(checker, inst));
        }
        return realIsInstance(inst, cls);
    }

    /** issubclass(derived, cls). */
    @TruffleBoundary
    public static boolean isSubclass(Object derived, Object cls) {
        if (cls instanceof PyType t && t.getMetatype() == BuiltinTypes.TYPE) {
            return derived == cls || realIsSubclass(derived, cls);
        }
        if (cls instanceof PyTuple tuple) {
            for (Object item : tuple.items()) {
                if (isSubclass(derived, item)) {
                    return true;
                }
            }
            return false;
        }
        Object checker = lookupSpecial(cls, "__subclasscheck__");
        if (checker != null) {
            return Truthiness.isTrue(Calls.call(checker, derived));
        }
        return realIsSubclass(derived, cls);
    }

    /** type.__instancecheck__: the type test, then the class the object claims through __class__. */
    @TruffleBoundary
    public static boolean realIsInstance(Object inst, Object cls) {
        if (cls instanceof PyType type) {
            if (PyObjects.typeOf(inst).isSubtypeOf(type)) {
                return true;
            }
            Object icls = Attributes.findAttribute(inst, "__class__");
            return icls != null && icls != PyObjects.typeOf(inst) && icls instanceof PyType claimed && claimed.isSubtypeOf(type);
        }
        if (!isClass(cls)) {
            throw PyErrors.typeError(ISINSTANCE_ARG2);
        }
        Object icls = Attributes.findAttribute(inst, "__class__");
        return icls != null && abstractIsSubclass(icls, cls);
    }

    /** type.__subclasscheck__: the MRO for types, else the __bases__ chains of abstract classes. */
    @TruffleBoundary
    public static boolean realIsSubclass(Object derived, Object cls) {
        if (cls instanceof PyType base && derived instanceof PyType sub) {
            return sub.isSubtypeOf(base);
        }
        if (!isClass(derived)) {
            throw PyErrors.typeError(ISSUBCLASS_ARG1);
        }
        if (!isClass(cls)) {
            throw PyErrors.typeError(ISSUBCLASS_ARG2);
        }
        return abstractIsSubclass(derived, cls);
    }

    private static boolean isClass(Object cls) {
        return bases(cls) != null;
    }

    private static PyTuple bases(Object cls) {
        return Attributes.findAttribute(cls, "__bases__") instanceof PyTuple t ? t : null;
    }

    private static boolean abstractIsSubclass(Object derived, Object cls) {
        Object d = derived;
        while (true) {
            if (d == cls) {
                return true;
            }
            PyTuple bases = bases(d);
            if (bases == null || bases.items().length == 0) {
                return false;
            }
            Object[] items = bases.items();
            if (items.length == 1) {
                d = items[0];
                continue;
            }
            for (Object b : items) {
                if (abstractIsSubclass(b, cls)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The special method {@code name} of {@code obj}'s type, bound to {@code obj}; null if it has none. */
    private static Object lookupSpecial(Object obj, String name) {
        PyType type = PyObjects.typeOf(obj);
        Object method = type.lookup(name);
        return method == null ? null : Descriptors.get(method, obj, type);
    }
}

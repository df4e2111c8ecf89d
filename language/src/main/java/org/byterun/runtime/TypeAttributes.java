package org.byterun.runtime;

import org.byterun.nodes.Calls;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Attribute access on type objects (CPython's type_getattro / type_setattro): data descriptors of
 * the metatype first, then the class's own MRO (descriptors bound to the class), then the
 * metatype's other attributes.
 */
public final class TypeAttributes {
    private TypeAttributes() {
    }

    @TruffleBoundary
    public static Object get(PyType type, String name) {
        Object v = find(type, name);
        if (v == null) {
            throw Attributes.noAttribute(type, name);
        }
        return v;
    }

    /** The attribute, or null if there is none. */
    @TruffleBoundary
    public static Object find(PyType type, String name) {
        PyType meta = type.getMetatype();
        Object metaAttr = meta.lookup(name);
        if (metaAttr != null && Descriptors.isDataDescriptor(metaAttr)) {
            return Descriptors.get(metaAttr, type, meta);
        }
        Object special = special(type, name);
        if (special != null) {
            return special;
        }
        Object attr = type.lookup(name);
        if (attr != null) {
            return Descriptors.get(attr, null, type);
        }
        if (metaAttr != null) {
            return Descriptors.get(metaAttr, type, meta);
        }
        if (meta.isHeapType()) {
            Object getattr = meta.lookup("__getattr__");
            if (getattr != null) {
                return Calls.call(getattr, type, name);
            }
        }
        return null;
    }

    /** The attributes every type has, computed from the type object itself. */
    private static Object special(PyType type, String name) {
        return switch (name) {
            case "__name__" -> type.getName();
            case "__qualname__" -> type.getQualname();
            case "__mro__" -> new PyTuple(type.getMro().clone());
            case "__bases__" -> new PyTuple(type.getBases().clone());
            case "__base__" -> type.getBase() == null ? PyNone.INSTANCE : type.getBase();
            case "__dict__" -> new PyMappingProxy(type.getNamespace());
            case "__class__" -> type.getMetatype();
            case "__module__" -> type.isHeapType() ? type.getOwnAttribute("__module__") : "builtins";
            case "__doc__" -> type.getOwnAttribute("__doc__") != null ? null : builtinDoc(type);
            case "__annotations__" -> annotations(type);
            default -> null;
        };
    }

    /** A class without a docstring has __doc__ None; builtin types' docstrings are not carried (yet). */
    private static Object builtinDoc(PyType type) {
        if (!type.isHeapType()) {
            throw PyErrors.notImplemented("docstrings of builtin types (" + type.getName() + ".__doc__)");
        }
        return PyNone.INSTANCE;
    }

    private static Object annotations(PyType type) {
        Object own = type.getOwnAttribute("__annotations__");
        if (own != null || !type.isHeapType()) {
            return own;
        }
        PyDict d = new PyDict();
        type.setAttribute("__annotations__", d);
        return d;
    }

    /** {@code cls.name = value}, or {@code del cls.name} when value is null. */
    @TruffleBoundary
    public static void set(PyType type, String name, Object value) {
        PyType meta = type.getMetatype();
        if (meta.isHeapType()) {
            Object hook = meta.lookup(value == null ? "__delattr__" : "__setattr__");
            if (hook != null && hook != ObjectAttributes.objectSetAttr && hook != ObjectAttributes.objectDelAttr && !(hook instanceof PyBuiltinFunction)) {
                if (value == null) {
                    Calls.call(hook, type, name);
                } else {
                    Calls.call(hook, type, name, value);
                }
                return;
            }
        }
        genericSet(type, name, value);
    }

    /** type.__setattr__ itself. */
    @TruffleBoundary
    public static void genericSet(PyType type, String name, Object value) {
        PyType meta = type.getMetatype();
        Object metaAttr = meta.lookup(name);
        if (metaAttr != null && Descriptors.isDataDescriptor(metaAttr)) {
            Descriptors.set(metaAttr, type, value);
            return;
        }
        if (!type.isHeapType()) {
            // CPython says "set" for deletions too
            throw PyErrors.typeError("cannot set '" + name + "' attribute of immutable type '" + type.getName() + "'");
        }
        switch (name) {
            case "__name__", "__qualname__" -> {
                if (!(value instanceof String s)) {
                    throw PyErrors.typeError("can only assign string to " + type.getName() + "." + name + ", not '" + PyErrors.typeName(value) + "'");
                }
                if (name.equals("__name__")) {
                    type.setName(s);
                } else {
                    type.setQualname(s);
                }
                return;
            }
            case "__mro__", "__dict__" -> throw PyErrors.create(BuiltinTypes.ATTRIBUTE_ERROR, "attribute '" + name + "' of 'type' objects is not writable");
            case "__bases__", "__class__" -> throw PyErrors.notImplemented("assigning a class's " + name);
            default -> {
            }
        }
        if (value != null) {
            type.setAttribute(name, value);
        } else if (!type.deleteAttribute(name)) {
            throw PyErrors.create(BuiltinTypes.ATTRIBUTE_ERROR, "type object '" + type.getName() + "' has no attribute '" + name + "'");
        }
    }
}

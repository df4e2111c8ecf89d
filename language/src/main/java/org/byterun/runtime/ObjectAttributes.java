package org.byterun.runtime;

import org.byterun.nodes.Calls;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Attribute access on instances of Python classes, in CPython's order: data descriptors on the type,
 * then the instance's own attributes, then other class attributes (binding functions), then
 * {@code __getattr__}; with {@code __getattribute__}, {@code __setattr__} and {@code __delattr__}
 * overrides honoured.
 */
public final class ObjectAttributes {
    private ObjectAttributes() {
    }

    /** Set by the builtins at start-up: object's own hooks, to tell them from overrides. */
    public static Object objectGetAttribute;
    public static Object objectSetAttr;
    public static Object objectDelAttr;

    /** {@code obj.name} for an object whose type is a Python class; raises AttributeError. */
    @TruffleBoundary
    public static Object get(Object obj, String name) {
        PyType type = PyObjects.typeOf(obj);
        Object getattribute = type.lookup("__getattribute__");
        Object getattr = type.lookup("__getattr__");
        if (getattribute == objectGetAttribute || getattribute == null) {
            if (getattr == null) {
                Object v = genericGet(obj, name, type);
                if (v == null) {
                    throw Attributes.noAttribute(obj, name);
                }
                return v;
            }
            Object v;
            try {
                v = genericGet(obj, name, type);
            } catch (PyException e) {
                // an AttributeError from a descriptor (a property's getter) also falls back to __getattr__
                if (!e.isInstanceOf(BuiltinTypes.ATTRIBUTE_ERROR)) {
                    throw e;
                }
                v = null;
            }
            return v != null ? v : Calls.call(getattr, obj, name);
        }
        try {
            return Calls.call(getattribute, obj, name);
        } catch (PyException e) {
            if (getattr != null && e.isInstanceOf(BuiltinTypes.ATTRIBUTE_ERROR)) {
                return Calls.call(getattr, obj, name);
            }
            throw e;
        }
    }

    /** object.__getattribute__: the value, or null when there is no such attribute. */
    @TruffleBoundary
    public static Object genericGet(Object obj, String name, PyType type) {
        Object descr = type.lookup(name);
        if (descr != null && Descriptors.isDataDescriptor(descr)) {
            return Descriptors.get(descr, obj, type);
        }
        Object own = instanceAttribute(obj, name, type);
        if (own != null) {
            return own;
        }
        if (descr != null) {
            return Descriptors.get(descr, obj, type);
        }
        // what builtin objects know about themselves (exception args, a class's __name__, ...)
        return Attributes.findBuiltinAttribute(obj, name);
    }

    private static Object instanceAttribute(Object obj, String name, PyType type) {
        if (obj instanceof PyInstance inst) {
            if (name.equals("__dict__")) {
                return type.instancesHaveDict() ? inst.getDict() : null;
            }
            return inst.getAttribute(name);
        } else if (obj instanceof PyBaseException e) {
            return e.getAttribute(name);
        }
        return null;
    }

    /** {@code obj.name = value} (value null: {@code del obj.name}) honouring __setattr__/__delattr__. */
    @TruffleBoundary
    public static void set(Object obj, String name, Object value) {
        PyType type = PyObjects.typeOf(obj);
        if (value == null) {
            Object hook = type.lookup("__delattr__");
            if (hook != objectDelAttr && hook != null) {
                Calls.call(hook, obj, name);
                return;
            }
        } else {
            Object hook = type.lookup("__setattr__");
            if (hook != objectSetAttr && hook != null) {
                Calls.call(hook, obj, name, value);
                return;
            }
        }
        genericSet(obj, name, value);
    }

    /** object.__setattr__ / object.__delattr__ (value null). */
    @TruffleBoundary
    public static void genericSet(Object obj, String name, Object value) {
        PyType type = PyObjects.typeOf(obj);
        Object descr = type.lookup(name);
        if (descr != null && Descriptors.isDataDescriptor(descr)) {
            Descriptors.set(descr, obj, value);
            return;
        }
        if (obj instanceof PyInstance inst) {
            if (name.equals("__class__")) {
                setClass(inst, value);
                return;
            }
            if (type.instancesHaveDict()) {
                if (name.equals("__dict__")) {
                    setInstanceDict(inst, value);
                } else if (value != null) {
                    inst.setAttribute(name, value);
                } else if (!inst.deleteAttribute(name)) {
                    throw Attributes.noAttribute(obj, name);
                }
                return;
            }
        } else if (obj instanceof PyBaseException || obj instanceof PyType) {
            if (value == null) {
                Attributes.deleteBuiltinAttribute(obj, name);
            } else {
                Attributes.setBuiltinAttribute(obj, name, value);
            }
            return;
        }
        if (descr != null) {
            throw PyErrors.create(BuiltinTypes.ATTRIBUTE_ERROR, "'" + type.getName() + "' object attribute '" + name + "' is read-only");
        }
        if (type.lookup("__setattr__") != objectSetAttr) {
            throw Attributes.noAttribute(obj, name);
        }
        throw PyErrors.create(BuiltinTypes.ATTRIBUTE_ERROR, "'" + type.getName() + "' object has no attribute '" + name + "' and no __dict__ for setting new attributes");
    }

    /** The setter of a class's __dict__ descriptor: {@code obj.__dict__ = value} (null: del, which leaves an empty dict). */
    @TruffleBoundary
    public static void setInstanceDict(Object obj, Object value) {
        PyInstance inst = (PyInstance) obj;
        if (value == null) {
            inst.setDict(new PyDict());
            return;
        }
        if (!(value instanceof PyDict d)) {
            throw PyErrors.typeError("__dict__ must be set to a dictionary, not a '" + PyErrors.typeName(value) + "'");
        }
        inst.setDict(d);
    }

    private static void setClass(PyInstance inst, Object value) {
        if (!(value instanceof PyType t)) {
            throw PyErrors.typeError("__class__ must be set to a class, not '" + PyErrors.typeName(value) + "' object");
        }
        if (!t.isHeapType()) {
            throw PyErrors.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        PyType old = inst.getPyType();
        if (Layouts.solidBase(t) != Layouts.solidBase(old) || t.instancesHaveDict() != old.instancesHaveDict()) {
            throw PyErrors.typeError("__class__ assignment: '" + t.getName() + "' object layout differs from '" + old.getName() + "'");
        }
        inst.setPyType(t);
    }
}

package org.byterun.runtime;

import org.byterun.nodes.Calls;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The descriptor protocol: what a value found on a type becomes when it is read through an
 * instance or the class ({@code __get__}), and what assigning or deleting through it does.
 */
public final class Descriptors {
    private Descriptors() {
    }

    /**
     * {@code descr.__get__(obj, type)}; {@code obj} is null when the attribute is read on the class
     * itself (CPython passes None then).
     */
    @TruffleBoundary
    public static Object get(Object descr, Object obj, PyType type) {
        if (descr instanceof PyFunction) {
            return obj == null ? descr : new PyMethod(obj, descr);
        } else if (descr instanceof PyBuiltinFunction fn) {
            // a builtin function without an owner type is a static method (str.maketrans): never bound
            return obj == null || fn.getOwner() == null ? descr : new PyBoundBuiltin(obj, fn);
        } else if (descr instanceof PyBuiltinClassMethod cm) {
            return cm.bind(type);
        } else if (descr instanceof PyClassMethod cm) {
            return new PyMethod(type, cm.getFunction());
        } else if (descr instanceof PyStaticMethod sm) {
            return sm.getFunction();
        } else if (descr instanceof PyProperty p) {
            if (obj == null) {
                return p;
            }
            if (p.getGetter() == null) {
                throw propertyError(p, obj, "getter");
            }
            return Calls.call(p.getGetter(), obj);
        } else if (descr instanceof PyGetSetDescriptor d) {
            return obj == null ? d : d.get(obj);
        } else if (descr instanceof PySlotDescriptor s) {
            if (obj == null) {
                return s;
            }
            Object v = obj instanceof PyInstance inst ? inst.getSlot(s.getKey()) : null;
            if (v == null) {
                throw Attributes.noAttribute(obj, s.getName());
            }
            return v;
        }
        PyType dt = PyObjects.typeOf(descr);
        if (dt.isHeapType()) {
            Object getter = dt.lookup("__get__");
            if (getter != null) {
                return Calls.call(getter, descr, obj == null ? PyNone.INSTANCE : obj, type);
            }
        }
        return descr;
    }

    /** Whether the value defines __set__ or __delete__, which puts it before the instance dict. */
    @TruffleBoundary
    public static boolean isDataDescriptor(Object descr) {
        if (descr instanceof PyProperty || descr instanceof PyGetSetDescriptor || descr instanceof PySlotDescriptor) {
            return true;
        }
        if (descr instanceof PyFunction || descr instanceof PyBuiltinFunction || descr instanceof String || descr instanceof Long) {
            return false;
        }
        PyType dt = PyObjects.typeOf(descr);
        return dt.isHeapType() && (dt.lookup("__set__") != null || dt.lookup("__delete__") != null);
    }

    /** Whether the value binds when read (has __get__), for the class-attribute step of lookup. */
    @TruffleBoundary
    public static boolean hasGet(Object descr) {
        if (descr instanceof PyFunction || descr instanceof PyBuiltinFunction || descr instanceof PyBuiltinClassMethod || descr instanceof PyClassMethod
                        || descr instanceof PyStaticMethod || isDataDescriptor(descr)) {
            return true;
        }
        PyType dt = PyObjects.typeOf(descr);
        return dt.isHeapType() && dt.lookup("__get__") != null;
    }

    /** {@code descr.__set__(obj, value)}, or {@code __delete__(obj)} when value is null. */
    @TruffleBoundary
    public static void set(Object descr, Object obj, Object value) {
        if (descr instanceof PyProperty p) {
            Object accessor = value == null ? p.getDeleter() : p.getSetter();
            if (accessor == null) {
                throw propertyError(p, obj, value == null ? "deleter" : "setter");
            }
            if (value == null) {
                Calls.call(accessor, obj);
            } else {
                Calls.call(accessor, obj, value);
            }
        } else if (descr instanceof PyGetSetDescriptor d) {
            d.set(obj, value);
        } else if (descr instanceof PySlotDescriptor s) {
            PyInstance inst = (PyInstance) obj;
            if (value == null && inst.getSlot(s.getKey()) == null) {
                // CPython's message for deleting an empty slot is just its name
                throw PyErrors.create(BuiltinTypes.ATTRIBUTE_ERROR, s.getName());
            }
            inst.setSlot(s.getKey(), value);
        } else {
            String method = value == null ? "__delete__" : "__set__";
            Object m = PyObjects.typeOf(descr).lookup(method);
            if (m == null) {
                throw PyErrors.create(BuiltinTypes.ATTRIBUTE_ERROR, method);
            }
            if (value == null) {
                Calls.call(m, descr, obj);
            } else {
                Calls.call(m, descr, obj, value);
            }
        }
    }

    private static PyException propertyError(PyProperty p, Object obj, String what) {
        String owner = PyObjects.typeOf(obj).getQualname();
        if (p.getName() != null) {
            return PyErrors.create(BuiltinTypes.ATTRIBUTE_ERROR, "property '" + p.getName() + "' of '" + owner + "' object has no " + what);
        }
        return PyErrors.create(BuiltinTypes.ATTRIBUTE_ERROR, "property of '" + owner + "' object has no " + what);
    }
}

package org.byterun.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** getattr/setattr/delattr on builtin objects (user classes come with the object model). */
public final class Attributes {
    private Attributes() {
    }

    @TruffleBoundary
    public static Object getAttribute(Object owner, String name) {
        Object v = findAttribute(owner, name);
        if (v == null) {
            throw noAttribute(owner, name);
        }
        return v;
    }

    /** The attribute, or null if there is none (for hasattr/getattr with a default). */
    @TruffleBoundary
    public static Object findAttribute(Object owner, String name) {
        if (owner instanceof PyModule m) {
            return m.getAttribute(name);
        }
        Object special = specialAttribute(owner, name);
        if (special != null) {
            return special;
        }
        Object method = owner instanceof PyType t && t.lookup(name) instanceof PyBuiltinClassMethod cm ? cm : PyObjects.typeOf(owner).lookup(name);
        if (method instanceof PyBuiltinClassMethod cm) {
            return cm.bind(owner);
        }
        if (method instanceof PyBuiltinFunction fn && !(owner instanceof PyType)) {
            return new PyBoundBuiltin(owner, fn);
        }
        return method;
    }

    /** A builtin method of the owner's type, unbound, for LOAD_ATTR's method form; else null. */
    @TruffleBoundary
    public static Object lookupMethod(Object owner, String name) {
        if (owner instanceof PyModule || owner instanceof PyType) {
            return null;
        }
        Object method = PyObjects.typeOf(owner).lookup(name);
        return method instanceof PyBuiltinFunction ? method : null;
    }

    private static Object specialAttribute(Object owner, String name) {
        switch (name) {
            case "__class__":
                return PyObjects.typeOf(owner);
            case "__name__":
                if (owner instanceof PyType t) {
                    return t.getName();
                } else if (owner instanceof PyFunction f) {
                    return f.getName();
                } else if (owner instanceof PyBuiltinFunction f) {
                    return f.getName();
                }
                return null;
            case "__qualname__":
                if (owner instanceof PyType t) {
                    return t.getName();
                } else if (owner instanceof PyFunction f) {
                    return f.getQualname();
                }
                return null;
            case "__doc__":
                return owner instanceof PyFunction f ? f.getDoc() : null;
            case "__module__":
                return owner instanceof PyFunction f ? f.getModule() : null;
            case "__defaults__":
                if (owner instanceof PyFunction f) {
                    return f.getDefaults() == null ? PyNone.INSTANCE : new PyTuple(f.getDefaults());
                }
                return null;
            case "__mro__":
                return owner instanceof PyType t ? new PyTuple(t.getMro().clone()) : null;
            case "args":
                return owner instanceof PyBaseException e ? e.getArgs() : null;
            case "__cause__":
                return owner instanceof PyBaseException e ? orNone(e.getCause()) : null;
            case "__context__":
                return owner instanceof PyBaseException e ? orNone(e.getContext()) : null;
            case "real":
                return owner instanceof PyComplex c ? (Object) c.real : null;
            case "imag":
                return owner instanceof PyComplex c ? (Object) c.imag : null;
            case "start":
            case "stop":
            case "step":
                if (owner instanceof PyRange r) {
                    return name.equals("start") ? r.start : name.equals("stop") ? r.stop : r.step;
                } else if (owner instanceof PySlice s) {
                    return name.equals("start") ? s.start : name.equals("stop") ? s.stop : s.step;
                }
                return null;
            default:
                return owner instanceof PyBaseException e ? e.getAttribute(name) : null;
        }
    }

    private static Object orNone(Object o) {
        return o == null ? PyNone.INSTANCE : o;
    }

    @TruffleBoundary
    public static void setAttribute(Object owner, String name, Object value) {
        if (owner instanceof PyModule m) {
            m.setAttribute(name, value);
        } else if (owner instanceof PyBaseException e) {
            switch (name) {
                case "__cause__" -> e.setCause(value == PyNone.INSTANCE ? null : value);
                case "__context__" -> e.setContext(value == PyNone.INSTANCE ? null : value);
                case "args" -> e.setArgs(new PyTuple(Sequences.toArray(value)));
                default -> e.setAttribute(name, value);
            }
        } else if (owner instanceof PyType t) {
            throw PyErrors.typeError("cannot set '" + name + "' attribute of immutable type '" + t.getName() + "'");
        } else {
            throw PyErrors.create(BuiltinTypes.ATTRIBUTE_ERROR, "'" + PyErrors.typeName(owner) + "' object has no attribute '" + name + "' and no __dict__ for setting new attributes");
        }
    }

    @TruffleBoundary
    public static void deleteAttribute(Object owner, String name) {
        if (owner instanceof PyModule m && m.getDict().remove(name) != null) {
            return;
        }
        throw noAttribute(owner, name);
    }

    public static PyException noAttribute(Object owner, String name) {
        if (owner instanceof PyModule m) {
            return PyErrors.create(BuiltinTypes.ATTRIBUTE_ERROR, "module '" + m.getName() + "' has no attribute '" + name + "'");
        } else if (owner instanceof PyType t) {
            return PyErrors.create(BuiltinTypes.ATTRIBUTE_ERROR, "type object '" + t.getName() + "' has no attribute '" + name + "'");
        }
        return PyErrors.create(BuiltinTypes.ATTRIBUTE_ERROR, "'" + PyErrors.typeName(owner) + "' object has no attribute '" + name + "'");
    }
}

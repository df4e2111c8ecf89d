package org.byterun.runtime;

import org.byterun.loader.CodeObject;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * getattr/setattr/delattr: the entry points. Type objects go to {@link TypeAttributes}, instances of
 * Python classes to {@link ObjectAttributes}; builtin objects are handled here.
 */
public final class Attributes {
    private Attributes() {
    }

    @TruffleBoundary
    public static Object getAttribute(Object owner, String name) {
        if (owner instanceof PyType t) {
            return TypeAttributes.get(t, name);
        } else if (SpecialMethods.hasHeapType(owner)) {
            return ObjectAttributes.get(owner, name);
        } else if (owner instanceof PySuper s) {
            return SuperLookup.get(s, name);
        }
        Object v = findBuiltinAttribute(owner, name);
        if (v == null) {
            throw noAttribute(owner, name);
        }
        return v;
    }

    /** The attribute, or null if there is none (for hasattr/getattr with a default). */
    @TruffleBoundary
    public static Object findAttribute(Object owner, String name) {
        if (owner instanceof PyType t && !t.getMetatype().isHeapType()) {
            return TypeAttributes.find(t, name);
        } else if (owner instanceof PyType || owner instanceof PySuper || SpecialMethods.hasHeapType(owner)) {
            try {
                return getAttribute(owner, name);
            } catch (PyException e) {
                if (e.isInstanceOf(BuiltinTypes.ATTRIBUTE_ERROR)) {
                    return null;
                }
                throw e;
            }
        }
        return findBuiltinAttribute(owner, name);
    }

    /** What a builtin object knows of the name (its own attributes and its type's); null if nothing. */
    @TruffleBoundary
    static Object findBuiltinAttribute(Object owner, String name) {
        if (owner instanceof PyMethod m && !name.equals("__self__") && !name.equals("__func__") && !name.equals("__class__")
                        && PyObjects.typeOf(owner).lookup(name) == null) {
            // a bound method shows its function's attributes (__name__, __doc__, f.attr)
            return findAttribute(m.getFunction(), name);
        }
        if (owner instanceof PyGenericAlias ga && !PyGenericAlias.isOwnAttribute(name)) {
            return findAttribute(ga.getOrigin(), name);
        }
        if (owner instanceof PyModule m) {
            return m.getAttribute(name);
        }
        if (owner instanceof PyNamespace ns && ns.getDict().get(name) != null) {
            return ns.getDict().get(name);
        }
        if (owner instanceof PyFunction f) {
            Object own = functionAttribute(f, name);
            if (own != null) {
                return own;
            }
        }
        if (owner instanceof CodeObject code && name.startsWith("co_")) {
            return codeAttribute(code, name);
        }
        Object special = specialAttribute(owner, name);
        if (special != null) {
            return special;
        }
        if (owner instanceof PyType) {
            return null;
        }
        PyType type = PyObjects.typeOf(owner);
        Object method = type.lookup(name);
        return method == null ? null : Descriptors.get(method, owner, type);
    }

    /** A builtin method of the owner's type, unbound, for LOAD_ATTR's method form; else null. */
    @TruffleBoundary
    public static Object lookupMethod(Object owner, String name) {
        if (owner instanceof PyModule || owner instanceof PyType || owner instanceof PySuper) {
            return null;
        }
        if (owner instanceof PyInstance inst) {
            // a plain function on the class, not shadowed by the instance: [function, self] with no bound method
            PyType type = inst.getPyType();
            if (type.lookup("__getattribute__") != ObjectAttributes.objectGetAttribute) {
                return null;
            }
            Object m = type.lookup(name);
            return m instanceof PyFunction && inst.getAttribute(name) == null ? m : null;
        }
        Object method = PyObjects.typeOf(owner).lookup(name);
        return method instanceof PyBuiltinFunction fn && fn.getOwner() != null ? method : null;
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
                } else if (owner instanceof PyBoundBuiltin m) {
                    return m.getFunction().getName();
                } else if (owner instanceof PySlotDescriptor s) {
                    return s.getName();
                } else if (owner instanceof PyGetSetDescriptor d) {
                    return d.getName();
                }
                return null;
            case "__objclass__":
                if (owner instanceof PySlotDescriptor s) {
                    return s.getOwner();
                } else if (owner instanceof PyGetSetDescriptor d) {
                    return d.getOwner();
                }
                return null;
            case "__func__":
                return owner instanceof PyMethod m ? m.getFunction() : null;
            case "__self__":
                if (owner instanceof PyMethod m) {
                    return m.getSelf();
                } else if (owner instanceof PyBoundBuiltin m) {
                    return m.getSelf();
                } else if (owner instanceof PyBuiltinFunction f && f.getOwner() == null) {
                    return org.byterun.ByteRunContext.get(null).getBuiltins();
                }
                return null;
            case "__qualname__":
                if (owner instanceof PyType t) {
                    return t.getName();
                } else if (owner instanceof PyFunction f) {
                    return f.getQualname();
                } else if (owner instanceof PyBuiltinFunction f) {
                    return f.getOwner() == null ? f.getName() : f.getOwner().getName() + "." + f.getName();
                } else if (owner instanceof PyBoundBuiltin m) {
                    PyBuiltinFunction f = m.getFunction();
                    return f.getOwner() == null ? f.getName() : f.getOwner().getName() + "." + f.getName();
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
            case "__suppress_context__":
                return owner instanceof PyBaseException e ? (Object) e.isSuppressContext() : null;
            case "__traceback__":
                return owner instanceof PyBaseException e ? e.getTracebackObject() : null;
            case "__cause__":
                return owner instanceof PyBaseException e ? orNone(e.getCause()) : null;
            case "__context__":
                return owner instanceof PyBaseException e ? orNone(e.getContext()) : null;
            default:
                return owner instanceof PyBaseException e ? e.getAttribute(name) : null;
        }
    }

    /** The co_* attributes of a code object, as CPython 3.13 derives them from localsplus kinds. */
    private static Object codeAttribute(CodeObject code, String name) {
        return switch (name) {
            case "co_name" -> code.name;
            case "co_qualname" -> code.qualname;
            case "co_filename" -> code.filename;
            case "co_firstlineno" -> (long) code.firstLineNo;
            case "co_argcount" -> (long) code.argCount;
            case "co_posonlyargcount" -> (long) code.posOnlyArgCount;
            case "co_kwonlyargcount" -> (long) code.kwOnlyArgCount;
            case "co_stacksize" -> (long) code.stackSize;
            case "co_flags" -> (long) code.flags;
            case "co_code" -> new PyBytes(code.code.clone());
            case "co_consts" -> new PyTuple(code.consts.clone());
            case "co_names" -> new PyTuple(code.names.clone());
            case "co_varnames" -> namesOfKind(code, CodeObject.CO_FAST_LOCAL);
            case "co_cellvars" -> namesOfKind(code, CodeObject.CO_FAST_CELL);
            case "co_freevars" -> namesOfKind(code, CodeObject.CO_FAST_FREE);
            case "co_nlocals" -> (long) namesOfKind(code, CodeObject.CO_FAST_LOCAL).size();
            case "co_linetable" -> code.rawLineTable;
            case "co_exceptiontable" -> code.rawExceptionTable;
            default -> null;
        };
    }

    private static PyTuple namesOfKind(CodeObject code, byte kind) {
        java.util.List<Object> names = new java.util.ArrayList<>();
        for (int i = 0; i < code.localsPlusNames.length; i++) {
            if ((code.localsPlusKinds[i] & kind) != 0) {
                names.add(code.localsPlusNames[i]);
            }
        }
        return new PyTuple(names.toArray());
    }

    /** A function's writable attributes and its __dict__ entries. */
    private static Object functionAttribute(PyFunction f, String name) {
        return switch (name) {
            case "__dict__" -> f.getDict();
            case "__code__" -> f.getCode();
            case "__globals__" -> f.getGlobals();
            case "__kwdefaults__" -> f.getKwDefaults() == null ? PyNone.INSTANCE : f.getKwDefaults();
            case "__closure__" -> f.getClosure() == null ? PyNone.INSTANCE : new PyTuple(f.getClosure().clone());
            case "__annotations__" -> annotationsDict(f);
            case "__type_params__" -> f.getTypeParams();
            default -> f.getOwnAttribute(name);
        };
    }

    /** __annotations__ as a dict, built from the flat name/value tuple MAKE_FUNCTION stored (and kept). */
    private static PyDict annotationsDict(PyFunction f) {
        Object a = f.getAnnotations();
        if (a instanceof PyDict d) {
            return d;
        }
        PyDict d = new PyDict();
        if (a instanceof PyTuple t) {
            for (int i = 0; i + 1 < t.size(); i += 2) {
                d.put(t.get(i), t.get(i + 1));
            }
        }
        f.setAnnotations(d);
        return d;
    }

    private static Object orNone(Object o) {
        return o == null ? PyNone.INSTANCE : o;
    }

    @TruffleBoundary
    public static void setAttribute(Object owner, String name, Object value) {
        if (owner instanceof PyType t) {
            TypeAttributes.set(t, name, value);
        } else if (SpecialMethods.hasHeapType(owner)) {
            ObjectAttributes.set(owner, name, value);
        } else {
            setBuiltinAttribute(owner, name, value);
        }
    }

    @TruffleBoundary
    static void setBuiltinAttribute(Object owner, String name, Object value) {
        if (owner instanceof PyModule m) {
            m.setAttribute(name, value);
        } else if (owner instanceof PyFunction f) {
            setFunctionAttribute(f, name, value);
        } else if (owner instanceof PyNamespace ns) {
            ns.getDict().put(name, value);
        } else if (owner instanceof PyBaseException e) {
            switch (name) {
                case "__cause__" -> e.setCause(value == PyNone.INSTANCE ? null : value);
                case "__context__" -> e.setContext(value == PyNone.INSTANCE ? null : value);
                case "__traceback__" -> e.setTracebackObject(value);
                case "args" -> e.setArgs(new PyTuple(Sequences.toArray(value)));
                default -> e.setAttribute(name, value);
            }
        } else if (owner instanceof PyType t) {
            throw PyErrors.typeError("cannot set '" + name + "' attribute of immutable type '" + t.getName() + "'");
        } else if (PyObjects.typeOf(owner).lookup(name) instanceof PyGetSetDescriptor d) {
            d.set(owner, value);
        } else {
            throw PyErrors.create(BuiltinTypes.ATTRIBUTE_ERROR, "'" + PyErrors.typeName(owner) + "' object has no attribute '" + name + "' and no __dict__ for setting new attributes");
        }
    }

    private static void setFunctionAttribute(PyFunction f, String name, Object value) {
        switch (name) {
            case "__name__", "__qualname__" -> {
                if (!(value instanceof String s)) {
                    throw PyErrors.typeError(name + " must be set to a string object");
                }
                if (name.equals("__name__")) {
                    f.setName(s);
                } else {
                    f.setQualname(s);
                }
            }
            case "__doc__" -> f.setDoc(value);
            case "__module__" -> f.setModule(value);
            case "__defaults__" -> {
                if (value != PyNone.INSTANCE && !(value instanceof PyTuple)) {
                    throw PyErrors.typeError("__defaults__ must be set to a tuple object");
                }
                f.setDefaults(value == PyNone.INSTANCE ? null : ((PyTuple) value).items().clone());
            }
            case "__kwdefaults__" -> {
                if (value != PyNone.INSTANCE && !(value instanceof PyDict)) {
                    throw PyErrors.typeError("__kwdefaults__ must be set to a dict object");
                }
                f.setKwDefaults(value == PyNone.INSTANCE ? null : (PyDict) value);
            }
            case "__type_params__" -> {
                if (!(value instanceof PyTuple t)) {
                    throw PyErrors.typeError("__type_params__ must be set to a tuple");
                }
                f.setTypeParams(t);
            }
            case "__code__", "__globals__", "__closure__", "__dict__" ->
                throw PyErrors.notImplemented("assigning a function's " + name);
            default -> f.getDict().put(name, value);
        }
    }

    @TruffleBoundary
    public static void deleteAttribute(Object owner, String name) {
        if (owner instanceof PyType t) {
            TypeAttributes.set(t, name, null);
        } else if (SpecialMethods.hasHeapType(owner)) {
            ObjectAttributes.set(owner, name, null);
        } else {
            deleteBuiltinAttribute(owner, name);
        }
    }

    @TruffleBoundary
    static void deleteBuiltinAttribute(Object owner, String name) {
        if (owner instanceof PyModule m) {
            if (m.getDict().remove(name) == null) {
                // CPython's message for deleting differs from the one for reading
                throw PyErrors.create(BuiltinTypes.ATTRIBUTE_ERROR, "'module' object has no attribute '" + name + "'");
            }
            return;
        }
        if (owner instanceof PyFunction f && f.getOwnAttribute(name) != null) {
            f.getDict().remove(name);
            return;
        }
        if (owner instanceof PyBaseException e && e.getAttribute(name) != null) {
            e.setAttribute(name, null);
            return;
        }
        if (owner instanceof PyFunction || owner instanceof PyBaseException) {
            throw noAttribute(owner, name);
        }
        throw PyErrors.create(BuiltinTypes.ATTRIBUTE_ERROR, "'" + PyErrors.typeName(owner) + "' object has no attribute '" + name + "' and no __dict__ for setting new attributes");
    }

    public static PyException noAttribute(Object owner, String name) {
        PyException e;
        if (owner instanceof PyModule m) {
            e = PyErrors.create(BuiltinTypes.ATTRIBUTE_ERROR, "module '" + m.getName() + "' has no attribute '" + name + "'");
        } else if (owner instanceof PyType t) {
            e = PyErrors.create(BuiltinTypes.ATTRIBUTE_ERROR, "type object '" + t.getName() + "' has no attribute '" + name + "'");
        } else {
            e = PyErrors.create(BuiltinTypes.ATTRIBUTE_ERROR, "'" + PyErrors.typeName(owner) + "' object has no attribute '" + name + "'");
        }
        e.getPyException().setAttribute("name", name);
        e.getPyException().setAttribute("obj", owner);
        return e;
    }
}

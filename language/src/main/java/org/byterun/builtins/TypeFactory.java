package org.byterun.builtins;

import java.util.ArrayList;
import java.util.List;

import org.byterun.nodes.CallerFrames;
import org.byterun.nodes.Calls;
import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.BuiltinValues;
import org.byterun.runtime.Descriptors;
import org.byterun.runtime.Iteration;
import org.byterun.runtime.Layouts;
import org.byterun.runtime.Mro;
import org.byterun.runtime.PyCell;
import org.byterun.runtime.PyDict;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyException;
import org.byterun.runtime.PyFunction;
import org.byterun.runtime.PyGetSetDescriptor;
import org.byterun.runtime.PyInstance;
import org.byterun.runtime.PyClassMethod;
import org.byterun.runtime.PyIterators;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.PyObjects;
import org.byterun.runtime.PySlotDescriptor;
import org.byterun.runtime.PyStaticMethod;
import org.byterun.runtime.PyTuple;
import org.byterun.runtime.PyType;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** type.__new__(metatype, name, bases, namespace, **kwds): makes a class, as CPython's type_new does. */
public final class TypeFactory {
    private TypeFactory() {
    }

    /** Builtin types that cannot be subclassed. */
    private static final PyType[] FINAL_TYPES = {BuiltinTypes.BOOL, BuiltinTypes.NONE_TYPE, BuiltinTypes.ELLIPSIS_TYPE, BuiltinTypes.NOT_IMPLEMENTED_TYPE,
                    BuiltinTypes.RANGE, BuiltinTypes.SLICE, BuiltinTypes.FUNCTION, BuiltinTypes.BUILTIN_FUNCTION, BuiltinTypes.METHOD, BuiltinTypes.CODE,
                    BuiltinTypes.CELL, BuiltinTypes.MAPPING_PROXY, BuiltinTypes.MEMBER_DESCRIPTOR, BuiltinTypes.GENERATOR, BuiltinTypes.COROUTINE,
                    BuiltinTypes.ASYNC_GENERATOR, BuiltinTypes.COROUTINE_WRAPPER, BuiltinTypes.ASYNC_GENERATOR_ASEND, BuiltinTypes.ASYNC_GENERATOR_ATHROW,
                    BuiltinTypes.ANEXT_AWAITABLE, BuiltinTypes.TYPE_VAR, BuiltinTypes.TYPE_VAR_TUPLE, BuiltinTypes.PARAM_SPEC, BuiltinTypes.TYPE_ALIAS_TYPE};

    @TruffleBoundary
    public static PyType newType(PyType metatype, String name, Object[] baseObjects, PyDict namespace, String[] kwNames, Object[] kwValues) {
        // as CPython's type_new: PEP 560 bases are refused, then the metaclass is found (from the bases'
        // types, which may conflict), then the bases must be types
        for (Object b : baseObjects) {
            if (!(b instanceof PyType) && org.byterun.runtime.Attributes.findAttribute(b, "__mro_entries__") != null) {
                throw PyErrors.typeError("type() doesn't support MRO entry resolution; use types.new_class()");
            }
        }
        PyType winner = calculateMetaclass(metatype, baseObjects);
        PyType[] bases = new PyType[baseObjects.length];
        for (int i = 0; i < bases.length; i++) {
            if (!(baseObjects[i] instanceof PyType b)) {
                throw PyErrors.typeError("bases must be types");
            }
            bases[i] = b;
        }
        if (winner != metatype) {
            Object winnerNew = winner.lookup("__new__");
            if (winnerNew != metatype.lookup("__new__")) {
                Object[] args = {winner, name, new PyTuple(baseObjects.clone()), namespace};
                return (PyType) Calls.call(TypeCalls.unwrapStatic(winnerNew), args, kwNames, kwValues);
            }
            metatype = winner;
        }
        if (bases.length == 0) {
            bases = new PyType[]{BuiltinTypes.OBJECT};
        }
        PyType base = bestBase(bases);
        PyType solid = Layouts.solidBase(base);
        boolean solidHasDict = solid == BuiltinTypes.TYPE || solid.isSubtypeOf(BuiltinTypes.BASE_EXCEPTION);
        if (solid != BuiltinTypes.OBJECT && !solidHasDict && !BuiltinValues.isValueType(solid)) {
            throw PyErrors.notImplemented("subclasses of the builtin type '" + solid.getName() + "'");
        }
        boolean baseHasDict = base.instancesHaveDict() || solidHasDict;
        for (PyType b : bases) {
            baseHasDict |= b.instancesHaveDict();
        }
        Object slots = namespace.get("__slots__");
        List<String> slotNames = slots == null ? null : slotNames(name, slots, namespace);
        boolean addsDict = slotNames == null ? !baseHasDict : slotNames.remove("__dict__");
        if (slotNames != null && slotNames.stream().anyMatch(n -> !n.equals("__weakref__")) && (solid == BuiltinTypes.INT || solid == BuiltinTypes.TUPLE || solid == BuiltinTypes.BYTES)) {
            // CPython: variable-sized instances have no room for slots
            throw PyErrors.typeError("nonempty __slots__ not supported for subtype of '" + solid.getName() + "'");
        }
        if (addsDict && baseHasDict && slotNames != null) {
            throw PyErrors.typeError("__dict__ slot disallowed: we already got one");
        }
        PyType type = new PyType(metatype, name, bases, base, baseHasDict || addsDict);
        type.setMroAndRegister(Mro.compute(type, bases));
        fillNamespace(type, namespace, slotNames, addsDict);
        for (Object key : namespace.storage().keysArray()) {
            Object value = type.getOwnAttribute(key.toString());
            if (key instanceof String k && value != null) {
                Object setName = PyObjects.typeOf(value).lookup("__set_name__");
                if (setName != null) {
                    try {
                        Calls.call(setName, value, type, k);
                    } catch (PyException e) {
                        ExceptionInit.addNote(e.getPyException(), "Error calling __set_name__ on '" + PyErrors.typeName(value) + "' instance "
                                        + org.byterun.runtime.Repr.repr(k) + " in '" + type.getName() + "'");
                        throw e;
                    }
                }
            }
        }
        initSubclass(type, kwNames, kwValues);
        return type;
    }

    private static void fillNamespace(PyType type, PyDict namespace, List<String> slotNames, boolean addsDict) {
        for (Object key : namespace.storage().keysArray()) {
            if (!(key instanceof String k)) {
                throw PyErrors.notImplemented("class namespaces with non-string keys");
            }
            Object value = namespace.get(k);
            switch (k) {
                case "__qualname__" -> {
                    if (!(value instanceof String q)) {
                        throw PyErrors.typeError("type __qualname__ must be a str, not " + PyErrors.typeName(value));
                    }
                    type.setQualname(q);
                    continue;
                }
                case "__classcell__" -> {
                    if (!(value instanceof PyCell cell)) {
                        throw PyErrors.typeError("__classcell__ must be a nonlocal cell, not " + PyObjects.typeOf(value).repr());
                    }
                    cell.set(type);
                    continue;
                }
                // implicitly static and class methods, as in CPython
                case "__new__" -> value = value instanceof PyFunction ? new PyStaticMethod(value) : value;
                case "__init_subclass__", "__class_getitem__" -> value = value instanceof PyFunction ? new PyClassMethod(value) : value;
                default -> {
                }
            }
            type.getNamespace().put(k, value);
        }
        if (type.getOwnAttribute("__module__") == null) {
            Object module = CallerFrames.callerGlobals() instanceof PyDict g ? g.get("__name__") : null;
            if (module != null) {
                type.getNamespace().put("__module__", module);
            }
        }
        if (slotNames != null) {
            for (String slot : slotNames) {
                if (type.getOwnAttribute(slot) != null) {
                    throw PyErrors.valueError("'" + slot + "' in __slots__ conflicts with class variable");
                }
                type.getNamespace().put(slot, new PySlotDescriptor(slot, type));
            }
        }
        if (addsDict) {
            type.getNamespace().put("__dict__", new PyGetSetDescriptor("__dict__", type, self -> ((PyInstance) self).getDict())
                            .withSetter(org.byterun.runtime.ObjectAttributes::setInstanceDict));
            type.getNamespace().put("__weakref__", new PyGetSetDescriptor("__weakref__", type, self -> PyNone.INSTANCE));
        }
        if (type.getOwnAttribute("__doc__") == null) {
            type.getNamespace().put("__doc__", PyNone.INSTANCE);
        }
        // a class that defines __eq__ but not __hash__ is unhashable (CPython's type_ready_set_hash)
        if (type.getOwnAttribute("__eq__") != null && type.getOwnAttribute("__hash__") == null) {
            type.getNamespace().put("__hash__", PyNone.INSTANCE);
        }
    }

    /** __slots__ as a list of (mangled) names; a lone string is one slot. */
    private static List<String> slotNames(String className, Object slots, PyDict namespace) {
        List<String> names = new ArrayList<>();
        Object[] items;
        if (slots instanceof String s) {
            items = new Object[]{s};
        } else {
            List<Object> all = new ArrayList<>();
            PyIterators.PyIterator it = Iteration.getIterator(slots);
            for (Object v = it.next(); v != null; v = it.next()) {
                all.add(v);
            }
            items = all.toArray();
        }
        for (Object item : items) {
            if (!(item instanceof String s)) {
                throw PyErrors.typeError("__slots__ items must be strings, not '" + PyErrors.typeName(item) + "'");
            }
            if (!isIdentifier(s)) {
                throw PyErrors.typeError("__slots__ must be identifiers");
            }
            String mangled = mangle(className, s);
            if (names.contains(mangled)) {
                throw PyErrors.typeError("duplicate slot name");
            }
            names.add(mangled);
        }
        if (namespace.get("__weakref__") == null) {
            names.remove("__weakref__");
        }
        return names;
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty() || !(Character.isLetter(s.codePointAt(0)) || s.charAt(0) == '_')) {
            return false;
        }
        return s.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
    }

    /** Private-name mangling: __x in class A is _A__x. */
    static String mangle(String className, String name) {
        if (!name.startsWith("__") || name.endsWith("__")) {
            return name;
        }
        String stripped = className.replaceFirst("^_+", "");
        return stripped.isEmpty() ? name : "_" + stripped + name;
    }

    /** The most derived metaclass among the given one and the bases' ones, or CPython's conflict error. */
    @TruffleBoundary
    public static PyType calculateMetaclass(PyType metatype, Object[] bases) {
        PyType winner = metatype;
        for (Object b : bases) {
            PyType t = PyObjects.typeOf(b);
            if (winner.isSubtypeOf(t)) {
                continue;
            }
            if (t.isSubtypeOf(winner)) {
                winner = t;
                continue;
            }
            throw PyErrors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    private static PyType bestBase(PyType[] bases) {
        PyType winner = null;
        PyType best = null;
        for (PyType b : bases) {
            for (PyType f : FINAL_TYPES) {
                if (b == f) {
                    throw PyErrors.typeError("type '" + b.getName() + "' is not an acceptable base type");
                }
            }
            PyType candidate = Layouts.solidBase(b);
            if (winner == null || candidate != winner && candidate.isSubtypeOf(winner)) {
                winner = candidate;
                best = b;
            } else if (!winner.isSubtypeOf(candidate)) {
                throw PyErrors.typeError("multiple bases have instance lay-out conflict");
            }
        }
        return best;
    }

    /** super(type, type).__init_subclass__(**kwds). */
    private static void initSubclass(PyType type, String[] kwNames, Object[] kwValues) {
        PyType[] mro = type.getMro();
        for (int i = 1; i < mro.length; i++) {
            Object hook = mro[i].getOwnAttribute("__init_subclass__");
            if (hook != null) {
                Calls.call(Descriptors.get(hook, null, type), new Object[0], kwNames, kwValues);
                return;
            }
        }
    }
}

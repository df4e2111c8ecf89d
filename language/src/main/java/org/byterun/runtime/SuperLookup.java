package org.byterun.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Attribute lookup through a super object: along the MRO of the object's type, after the given class. */
public final class SuperLookup {
    private SuperLookup() {
    }

    /** super(thisType, obj).name; raises AttributeError. */
    @TruffleBoundary
    public static Object get(PySuper s, String name) {
        Object v = find(s.getThisType(), s.getObject(), s.getObjectType(), name);
        if (v != null) {
            return v;
        }
        return switch (name) {
            case "__thisclass__" -> s.getThisType();
            case "__self__" -> s.getObject() == null ? PyNone.INSTANCE : s.getObject();
            case "__self_class__" -> s.getObjectType() == null ? PyNone.INSTANCE : s.getObjectType();
            case "__class__" -> BuiltinTypes.SUPER;
            default -> throw PyErrors.create(BuiltinTypes.ATTRIBUTE_ERROR, "'super' object has no attribute '" + name + "'");
        };
    }

    /** The raw class attribute after {@code thisType} in the MRO of {@code objectType}, or null. */
    @TruffleBoundary
    public static Object findRaw(PyType thisType, PyType objectType, String name) {
        if (objectType == null || name.equals("__class__")) {
            return null;
        }
        PyType[] mro = objectType.getMro();
        int i = 0;
        while (i < mro.length && mro[i] != thisType) {
            i++;
        }
        for (i++; i < mro.length; i++) {
            Object v = mro[i].getOwnAttribute(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The attribute bound as super binds it (to the instance, or to the class for class access), or null. */
    @TruffleBoundary
    public static Object find(PyType thisType, Object obj, PyType objectType, String name) {
        Object v = findRaw(thisType, objectType, name);
        if (v == null) {
            return null;
        }
        return Descriptors.get(v, obj == objectType ? null : obj, objectType);
    }

    /** super(type, obj): the type to search is type(obj), or obj itself when it is a subclass of type. */
    @TruffleBoundary
    public static PySuper create(Object thisType, Object obj) {
        if (!(thisType instanceof PyType t)) {
            throw PyErrors.typeError("super() argument 1 must be a type, not " + PyErrors.typeName(thisType));
        }
        if (obj == null) {
            return new PySuper(t, null, null);
        }
        if (obj instanceof PyType ot && ot.isSubtypeOf(t)) {
            return new PySuper(t, obj, ot);
        }
        PyType objType = PyObjects.typeOf(obj);
        if (objType.isSubtypeOf(t)) {
            return new PySuper(t, obj, objType);
        }
        throw PyErrors.typeError("super(type, obj): obj (instance of " + objType.getName() + ") is not an instance or subtype of type (" + t.getName() + ").");
    }
}

package org.byterun.runtime;

/** super(type, obj): looks attributes up along obj's MRO, starting after {@code type}. */
public final class PySuper implements PyObjectLike {
    private final PyType thisType;
    /** The instance or class the lookup binds to (None-less: null for an unbound super). */
    private final Object object;
    /** type(obj), or obj itself when obj is a subclass of thisType. */
    private final PyType objectType;

    public PySuper(PyType thisType, Object object, PyType objectType) {
        this.thisType = thisType;
        this.object = object;
        this.objectType = objectType;
    }

    public PyType getThisType() {
        return thisType;
    }

    public Object getObject() {
        return object;
    }

    public PyType getObjectType() {
        return objectType;
    }

    @Override
    public PyType getPyType() {
        return BuiltinTypes.SUPER;
    }

    @Override
    public String repr() {
        if (object == null) {
            return "<super: <class '" + thisType.getName() + "'>, NULL>";
        }
        return "<super: <class '" + thisType.getName() + "'>, <" + objectType.getName() + " object>>";
    }
}

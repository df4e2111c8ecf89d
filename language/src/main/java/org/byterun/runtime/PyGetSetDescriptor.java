package org.byterun.runtime;

/** A read-only attribute of a builtin type computed from the instance (int.real, float.imag, ...). */
public final class PyGetSetDescriptor implements PyObjectLike {
    public static final PyType TYPE = new PyType("getset_descriptor", BuiltinTypes.OBJECT);

    /** Computes the attribute's value from the instance. */
    @FunctionalInterface
    public interface Getter {
        Object get(Object self);
    }

    /** Stores a new value (null value: delete); absent for read-only attributes. */
    @FunctionalInterface
    public interface Setter {
        void set(Object self, Object value);
    }

    private final String name;
    private Setter setter;
    private final PyType owner;
    private final Getter getter;
    /** "attribute" for a getset, "member" for a struct field (complex.real); only the repr differs. */
    private final String kind;

    public PyGetSetDescriptor(String name, PyType owner, Getter getter) {
        this(name, owner, getter, "attribute");
    }

    public PyGetSetDescriptor(String name, PyType owner, Getter getter, String kind) {
        this.name = name;
        this.owner = owner;
        this.getter = getter;
        this.kind = kind;
    }

    public PyGetSetDescriptor withSetter(Setter s) {
        this.setter = s;
        return this;
    }

    public String getName() {
        return name;
    }

    public PyType getOwner() {
        return owner;
    }

    /** Stores through the setter, with CPython's error when the attribute is read-only. */
    public void set(Object self, Object value) {
        if (setter == null) {
            throw PyErrors.create(BuiltinTypes.ATTRIBUTE_ERROR, "attribute '" + name + "' of '" + owner.getName() + "' objects is not writable");
        }
        setter.set(self, value);
    }

    public Object get(Object self) {
        // a getter of int (x.real) run on an instance of a subclass of int reads its int value
        return getter.get(BuiltinValues.isValueType(owner) ? BuiltinValues.unwrap(self) : self);
    }

    @Override
    public PyType getPyType() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "<" + kind + " '" + name + "' of '" + owner.getName() + "' objects>";
    }
}

package org.byterun.runtime;

/** A read-only attribute of a builtin type computed from the instance (int.real, float.imag, ...). */
public final class PyGetSetDescriptor implements PyObjectLike {
    public static final PyType TYPE = new PyType("getset_descriptor", BuiltinTypes.OBJECT);

    /** Computes the attribute's value from the instance. */
    @FunctionalInterface
    public interface Getter {
        Object get(Object self);
    }

    private final String name;
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

    public Object get(Object self) {
        return getter.get(self);
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

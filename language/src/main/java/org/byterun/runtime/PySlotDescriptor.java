package org.byterun.runtime;

/** The member descriptor a {@code __slots__} entry creates on its class. */
public final class PySlotDescriptor implements PyObjectLike {
    private final String name;
    private final PyType owner;
    private final PyInstance.SlotKey key;

    public PySlotDescriptor(String name, PyType owner) {
        this.name = name;
        this.owner = owner;
        this.key = new PyInstance.SlotKey(name);
    }

    public String getName() {
        return name;
    }

    public PyType getOwner() {
        return owner;
    }

    public PyInstance.SlotKey getKey() {
        return key;
    }

    @Override
    public PyType getPyType() {
        return BuiltinTypes.MEMBER_DESCRIPTOR;
    }

    @Override
    public String repr() {
        return "<member '" + name + "' of '" + owner.getName() + "' objects>";
    }
}

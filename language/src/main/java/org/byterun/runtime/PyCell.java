package org.byterun.runtime;

/** A cell holding a variable shared between a function and its closures; null contents = empty. */
public final class PyCell implements PyObjectLike {
    private Object contents;

    public PyCell(Object contents) {
        this.contents = contents;
    }

    public Object get() {
        return contents;
    }

    public void set(Object value) {
        this.contents = value;
    }

    @Override
    public PyType getPyType() {
        return BuiltinTypes.CELL;
    }

    @Override
    public String repr() {
        return contents == null ? "<cell at 0x" + Integer.toHexString(System.identityHashCode(this)) + ": empty>"
                        : "<cell at 0x" + Integer.toHexString(System.identityHashCode(this)) + ": " + PyObjects.typeOf(contents).getName() + " object>";
    }
}

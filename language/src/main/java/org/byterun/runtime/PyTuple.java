package org.byterun.runtime;

/** An immutable Python tuple; {@code items} must never be modified after construction. */
public final class PyTuple implements com.oracle.truffle.api.interop.TruffleObject {
    public static final PyTuple EMPTY = new PyTuple(new Object[0]);

    private final Object[] items;

    public PyTuple(Object[] items) {
        this.items = items;
    }

    public static PyTuple of(Object... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    public int size() {
        return items.length;
    }

    public Object get(int i) {
        return items[i];
    }

    /** The backing array; callers must not modify it. */
    public Object[] items() {
        return items;
    }
}

package org.byterun.runtime;

/** An immutable Python frozenset. */
public final class PyFrozenSet extends PyAbstractSet {
    public static final PyFrozenSet EMPTY = new PyFrozenSet(new SetStorage());

    public PyFrozenSet(SetStorage storage) {
        super(storage);
    }

    public static PyFrozenSet of(Object... elements) {
        return elements.length == 0 ? EMPTY : new PyFrozenSet(storageOf(elements));
    }

    public long hashValue() {
        return storage.frozenHash();
    }
}

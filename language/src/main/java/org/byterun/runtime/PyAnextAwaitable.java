package org.byterun.runtime;

/** What {@code anext(it, default)} returns: awaits {@code it.__anext__()} and gives the default at the end. */
public final class PyAnextAwaitable implements PyObjectLike {
    private final Object awaitable;
    private final Object defaultValue;

    public PyAnextAwaitable(Object awaitable, Object defaultValue) {
        this.awaitable = awaitable;
        this.defaultValue = defaultValue;
    }

    /** The iterator of the awaitable __anext__() returned. */
    public Object getAwaitable() {
        return awaitable;
    }

    public Object getDefault() {
        return defaultValue;
    }

    @Override
    public PyType getPyType() {
        return BuiltinTypes.ANEXT_AWAITABLE;
    }
}

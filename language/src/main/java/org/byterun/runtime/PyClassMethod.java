package org.byterun.runtime;

/** classmethod(f): binds f to the class it is looked up on (or the instance's class). */
public final class PyClassMethod implements PyObjectLike {
    private final Object function;

    public PyClassMethod(Object function) {
        this.function = function;
    }

    public Object getFunction() {
        return function;
    }

    @Override
    public PyType getPyType() {
        return BuiltinTypes.CLASSMETHOD;
    }

    @Override
    public String repr() {
        return "<classmethod(" + Repr.repr(function) + ")>";
    }
}

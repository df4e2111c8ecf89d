package org.byterun.runtime;

/** staticmethod(f): f itself, whether looked up on the class or on an instance. */
public final class PyStaticMethod extends PyCallable {
    private final Object function;

    public PyStaticMethod(Object function) {
        this.function = function;
    }

    public Object getFunction() {
        return function;
    }

    @Override
    public PyType getPyType() {
        return BuiltinTypes.STATICMETHOD;
    }

    @Override
    public String repr() {
        return "<staticmethod(" + Repr.repr(function) + ")>";
    }
}

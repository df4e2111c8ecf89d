package org.byterun.runtime;

/** A builtin method bound to its receiver, e.g. {@code [].append}. */
public final class PyBoundBuiltin extends PyCallable {
    private final Object self;
    private final PyBuiltinFunction function;

    public PyBoundBuiltin(Object self, PyBuiltinFunction function) {
        this.self = self;
        this.function = function;
    }

    public Object getSelf() {
        return self;
    }

    public PyBuiltinFunction getFunction() {
        return function;
    }

    @Override
    public PyType getPyType() {
        return BuiltinTypes.BUILTIN_FUNCTION;
    }

    @Override
    public String repr() {
        return "<built-in method " + function.getName() + " of " + PyObjects.typeOf(self).getName() + " object at 0x"
                        + Integer.toHexString(System.identityHashCode(self)) + ">";
    }
}

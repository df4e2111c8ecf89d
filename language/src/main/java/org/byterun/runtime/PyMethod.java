package org.byterun.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** A bound method: a function (or any callable) with its first argument fixed, as {@code obj.f} gives it. */
public final class PyMethod extends PyCallable {
    private final Object self;
    private final Object function;

    public PyMethod(Object self, Object function) {
        this.self = self;
        this.function = function;
    }

    public Object getSelf() {
        return self;
    }

    public Object getFunction() {
        return function;
    }

    @Override
    public PyType getPyType() {
        return BuiltinTypes.METHOD;
    }

    @Override
    @TruffleBoundary
    public String repr() {
        Object qualname = Attributes.findAttribute(function, "__qualname__");
        String name = qualname instanceof String s ? s : "?";
        return "<bound method " + name + " of " + Repr.repr(self) + ">";
    }
}

package org.byterun.runtime;

/** A builtin method bound to its receiver, e.g. {@code [].append}. */
@com.oracle.truffle.api.library.ExportLibrary(com.oracle.truffle.api.interop.InteropLibrary.class)
public final class PyBoundBuiltin implements PyObjectLike {
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
    // ---- interop: callable from other languages ----

    @com.oracle.truffle.api.library.ExportMessage
    boolean isExecutable() {
        return true;
    }

    @com.oracle.truffle.api.library.ExportMessage
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    Object execute(Object[] arguments) {
        Object result = org.byterun.nodes.Calls.call(this, org.byterun.interop.InteropValues.toPython(arguments));
        return org.byterun.interop.InteropValues.toInterop(result);
    }

    @com.oracle.truffle.api.library.ExportMessage
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return repr();
    }
}

package org.byterun.runtime;

/** A builtin classmethod (dict.fromkeys, bytes.fromhex): bound to the type, also when looked up on an instance. */
public final class PyBuiltinClassMethod implements com.oracle.truffle.api.interop.TruffleObject {
    private final PyBuiltinFunction function;

    public PyBuiltinClassMethod(PyBuiltinFunction function) {
        this.function = function;
    }

    /** The function bound to the class of {@code owner} (or to {@code owner} itself when it is a type). */
    public PyBoundBuiltin bind(Object owner) {
        return new PyBoundBuiltin(owner instanceof PyType ? owner : PyObjects.typeOf(owner), function);
    }
}

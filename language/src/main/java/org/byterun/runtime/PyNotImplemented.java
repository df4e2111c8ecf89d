package org.byterun.runtime;

/** Python's {@code NotImplemented}, returned by binary special methods that do not handle an operand. */
public final class PyNotImplemented implements com.oracle.truffle.api.interop.TruffleObject {
    public static final PyNotImplemented INSTANCE = new PyNotImplemented();

    private PyNotImplemented() {
    }

    @Override
    public String toString() {
        return "NotImplemented";
    }
}

package org.byterun.runtime;

/** Python's {@code None}. */
@com.oracle.truffle.api.library.ExportLibrary(com.oracle.truffle.api.interop.InteropLibrary.class)
public final class PyNone implements com.oracle.truffle.api.interop.TruffleObject {
    public static final PyNone INSTANCE = new PyNone();

    private PyNone() {
    }

    @Override
    public String toString() {
        return "None";
    }

    @com.oracle.truffle.api.library.ExportMessage
    boolean isNull() {
        return true;
    }

    @com.oracle.truffle.api.library.ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return "None";
    }
}

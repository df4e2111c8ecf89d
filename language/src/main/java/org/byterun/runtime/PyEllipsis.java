package org.byterun.runtime;

/** Python's {@code Ellipsis} ({@code ...}). */
public final class PyEllipsis implements com.oracle.truffle.api.interop.TruffleObject {
    public static final PyEllipsis INSTANCE = new PyEllipsis();

    private PyEllipsis() {
    }

    @Override
    public String toString() {
        return "Ellipsis";
    }
}

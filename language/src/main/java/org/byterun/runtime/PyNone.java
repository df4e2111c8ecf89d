package org.byterun.runtime;

/** Python's {@code None}. */
public final class PyNone {
    public static final PyNone INSTANCE = new PyNone();

    private PyNone() {
    }

    @Override
    public String toString() {
        return "None";
    }
}

package org.byterun.runtime;

/** An immutable Python bytes object; {@code bytes} must never be modified after construction. */
public final class PyBytes implements com.oracle.truffle.api.interop.TruffleObject {
    private final byte[] bytes;

    public PyBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    public int size() {
        return bytes.length;
    }

    /** The backing array; callers must not modify it. */
    public byte[] bytes() {
        return bytes;
    }
}

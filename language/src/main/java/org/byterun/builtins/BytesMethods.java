package org.byterun.builtins;

/** Methods of bytes and bytearray. */
final class BytesMethods {
    private BytesMethods() {
    }

    static void install() {
    }
}

package org.byterun.builtins;

/** Methods of tuple. */
final class TupleMethods {
    private TupleMethods() {
    }

    static void install() {
    }
}

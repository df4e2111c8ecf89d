package org.byterun.builtins;

/** Methods and attributes of int and bool. */
final class IntMethods {
    private IntMethods() {
    }

    static void install() {
    }
}

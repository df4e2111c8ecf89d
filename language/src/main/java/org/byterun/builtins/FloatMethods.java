package org.byterun.builtins;

/** Methods and attributes of float. */
final class FloatMethods {
    private FloatMethods() {
    }

    static void install() {
    }
}

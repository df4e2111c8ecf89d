package org.byterun.builtins;

/** Methods and attributes of complex. */
final class ComplexMethods {
    private ComplexMethods() {
    }

    static void install() {
    }
}

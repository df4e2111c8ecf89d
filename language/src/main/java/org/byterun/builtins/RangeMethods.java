package org.byterun.builtins;

/** Methods of range and slice. */
final class RangeMethods {
    private RangeMethods() {
    }

    static void install() {
    }
}

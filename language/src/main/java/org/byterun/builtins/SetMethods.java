package org.byterun.builtins;

/** Methods of set and frozenset. */
final class SetMethods {
    private SetMethods() {
    }

    static void install() {
    }
}

package org.byterun.builtins;

import org.byterun.runtime.PyModule;

/** The builtin functions beyond the walking skeleton's (sorted, enumerate, zip, map, ...). */
final class BuiltinFunctions {
    private BuiltinFunctions() {
    }

    static void install(PyModule m) {
    }
}

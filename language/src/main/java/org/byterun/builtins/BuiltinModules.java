package org.byterun.builtins;

import org.byterun.runtime.PyModule;

/** The modules written in Java (CPython writes them in C), created on first import. */
public final class BuiltinModules {
    private BuiltinModules() {
    }

    /** A fresh instance of the builtin module {@code name}, or null if there is none by that name. */
    public static PyModule create(String name) {
        return switch (name) {
            case "math" -> MathModule.create();
            case "time" -> TimeModule.create();
            default -> null;
        };
    }
}

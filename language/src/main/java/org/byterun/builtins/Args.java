package org.byterun.builtins;

import org.byterun.runtime.PyErrors;

/** Argument checks for builtin functions, with CPython's messages. */
final class Args {
    private Args() {
    }

    static void noKeywords(String name, String[] kwNames) {
        if (kwNames.length > 0) {
            throw PyErrors.typeError(name + "() takes no keyword arguments");
        }
    }

    static void exactly(String name, Object[] args, int n) {
        if (args.length != n) {
            if (n == 1) {
                throw PyErrors.typeError(name + "() takes exactly one argument (" + args.length + " given)");
            }
            throw PyErrors.typeError(name + " expected " + n + " arguments, got " + args.length);
        }
    }

    static void range(String name, Object[] args, int min, int max) {
        if (args.length < min) {
            throw PyErrors.typeError(name + " expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got " + args.length);
        }
        if (args.length > max) {
            throw PyErrors.typeError(name + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + args.length);
        }
    }

    /** The value of keyword {@code key}, or null; any other keyword is an error. */
    static Object keyword(String fn, String[] kwNames, Object[] kwValues, String key, String... allowed) {
        Object found = null;
        for (int i = 0; i < kwNames.length; i++) {
            String k = kwNames[i];
            if (k.equals(key)) {
                found = kwValues[i];
            } else if (!java.util.Arrays.asList(allowed).contains(k)) {
                throw PyErrors.typeError("'" + k + "' is an invalid keyword argument for " + fn + "()");
            }
        }
        return found;
    }
}

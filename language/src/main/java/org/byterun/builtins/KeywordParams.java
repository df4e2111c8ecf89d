package org.byterun.builtins;

import org.byterun.runtime.PyErrors;

/** Binds a builtin method's arguments to named parameters with defaults, as CPython's Argument Clinic does. */
final class KeywordParams {
    private KeywordParams() {
    }

    /**
     * Binds {@code args[skip..]} and keywords to {@code names}; the first {@code positional} names
     * may be given by position. A null default marks a required parameter.
     */
    static Object[] bind(String fn, Object[] args, int skip, String[] kwNames, Object[] kwValues, String[] names, int positional, Object[] defaults) {
        int given = args.length - skip;
        if (given > positional) {
            throw PyErrors.typeError(fn + "() takes at most " + positional + " positional argument" + (positional == 1 ? "" : "s") + " (" + given + " given)");
        }
        Object[] out = defaults.clone();
        System.arraycopy(args, skip, out, 0, given);
        for (int i = 0; i < kwNames.length; i++) {
            int k = java.util.Arrays.asList(names).indexOf(kwNames[i]);
            if (k < 0) {
                throw PyErrors.typeError(fn + "() got an unexpected keyword argument '" + kwNames[i] + "'");
            }
            if (k < given) {
                throw PyErrors.typeError("argument for " + fn + "() given by name ('" + names[k] + "') and position (" + (k + 1) + ")");
            }
            out[k] = kwValues[i];
        }
        for (int k = 0; k < names.length; k++) {
            if (out[k] == null) {
                throw PyErrors.typeError(fn + "() missing required argument '" + names[k] + "' (pos " + (k + 1) + ")");
            }
        }
        return out;
    }
}

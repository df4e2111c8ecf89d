package org.byterun.builtins;

import org.byterun.runtime.PyErrors;

/** Keyword-only parameters of builtin functions (sorted's key=, zip's strict=, ...). */
final class KeywordArgs {
    private KeywordArgs() {
    }

    /**
     * The values of {@code params} in order, null when not given. Any other keyword is CPython's
     * "{@code fn}() got an unexpected keyword argument 'x'".
     */
    static Object[] parse(String fn, String[] kwNames, Object[] kwValues, String... params) {
        Object[] values = new Object[params.length];
        for (int i = 0; i < kwNames.length; i++) {
            int index = java.util.Arrays.asList(params).indexOf(kwNames[i]);
            if (index < 0) {
                throw PyErrors.typeError(fn + "() got an unexpected keyword argument '" + kwNames[i] + "'");
            }
            values[index] = kwValues[i];
        }
        return values;
    }

    /** An int argument (bool counts as int, other objects through __index__): Long or BigInteger, else "'X' object cannot be interpreted as an integer". */
    static Object index(Object v) {
        return org.byterun.runtime.PyNumbers.index(v);
    }
}

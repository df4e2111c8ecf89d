package org.byterun.builtins;

import org.byterun.runtime.PyModule;

/** The builtin functions beyond the walking skeleton's (sorted, enumerate, zip, map, ...). */
final class BuiltinFunctions {
    private BuiltinFunctions() {
    }

    static void install(PyModule m) {
        IteratorMethods.install();
        IteratorBuiltins.install(m);
        AggregateBuiltins.install(m);
        ConversionBuiltins.install(m);
        AttributeBuiltins.install(m);
        ScopeBuiltins.install(m);
        InputBuiltin.install(m);
    }

    static void add(PyModule m, String name, org.byterun.runtime.PyBuiltinFunction.Body body) {
        m.setAttribute(name, new org.byterun.runtime.PyBuiltinFunction(name, null, body));
    }
}

package org.byterun.builtins;

import org.byterun.runtime.FormatValues;
import org.byterun.runtime.PyBuiltinFunction;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyModule;

/** The format() builtin. */
final class FormatBuiltin {
    private FormatBuiltin() {
    }

    static void install(PyModule m) {
        m.setAttribute("format", new PyBuiltinFunction("format", null, (args, kwNames, kwValues) -> {
            Args.noKeywords("format", kwNames);
            Args.range("format", args, 1, 2);
            Object spec = args.length == 2 ? args[1] : "";
            if (!(spec instanceof String s)) {
                throw PyErrors.typeError("format() argument 2 must be str, not " + PyErrors.typeName(spec));
            }
            return FormatValues.format(args[0], s);
        }));
    }
}

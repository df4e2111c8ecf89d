package org.byterun.builtins;

import static org.byterun.builtins.BuiltinMethods.method;
import static org.byterun.builtins.BuiltinMethods.self;

import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.PyDict;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyList;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.Sequences;
import org.byterun.runtime.Subscripts;

/** Methods of str. */
final class StrMethods {
    private StrMethods() {
    }

    static void install() {
        method(BuiltinTypes.STR, "join", (args, kwNames, kwValues) -> {
            Args.noKeywords("str.join", kwNames);
            Args.exactly("str.join", args, 2);
            String sep = (String) self(args, BuiltinTypes.STR, "join");
            StringBuilder sb = new StringBuilder();
            Object[] items = Sequences.toArray(args[1]);
            for (int i = 0; i < items.length; i++) {
                if (!(items[i] instanceof String s)) {
                    throw PyErrors.typeError("sequence item " + i + ": expected str instance, " + PyErrors.typeName(items[i]) + " found");
                }
                if (i > 0) {
                    sb.append(sep);
                }
                sb.append(s);
            }
            return sb.toString();
        });
        method(BuiltinTypes.STR, "upper", (args, kwNames, kwValues) -> ((String) self(args, BuiltinTypes.STR, "upper")).toUpperCase(java.util.Locale.ROOT));
        method(BuiltinTypes.STR, "lower", (args, kwNames, kwValues) -> ((String) self(args, BuiltinTypes.STR, "lower")).toLowerCase(java.util.Locale.ROOT));
    }
}

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

/** Methods of dict. */
final class DictMethods {
    private DictMethods() {
    }

    static void install() {
        method(BuiltinTypes.DICT, "get", (args, kwNames, kwValues) -> {
            Args.noKeywords("dict.get", kwNames);
            Args.range("get", args, 2, 3);
            Object v = ((PyDict) self(args, BuiltinTypes.DICT, "get")).get(args[1]);
            return v != null ? v : args.length == 3 ? args[2] : PyNone.INSTANCE;
        });
    }
}

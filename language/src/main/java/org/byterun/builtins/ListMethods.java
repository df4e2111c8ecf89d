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

/** Methods of list. */
final class ListMethods {
    private ListMethods() {
    }

    static void install() {
        method(BuiltinTypes.LIST, "append", (args, kwNames, kwValues) -> {
            Args.noKeywords("list.append", kwNames);
            Args.exactly("list.append", args, 2);
            ((PyList) self(args, BuiltinTypes.LIST, "append")).append(args[1]);
            return PyNone.INSTANCE;
        });
        method(BuiltinTypes.LIST, "extend", (args, kwNames, kwValues) -> {
            Args.noKeywords("list.extend", kwNames);
            Args.exactly("list.extend", args, 2);
            PyList l = (PyList) self(args, BuiltinTypes.LIST, "extend");
            for (Object v : Sequences.toArray(args[1])) {
                l.append(v);
            }
            return PyNone.INSTANCE;
        });
        method(BuiltinTypes.LIST, "pop", (args, kwNames, kwValues) -> {
            Args.noKeywords("list.pop", kwNames);
            Args.range("pop", args, 1, 2);
            PyList l = (PyList) self(args, BuiltinTypes.LIST, "pop");
            if (l.size() == 0) {
                throw PyErrors.create(BuiltinTypes.INDEX_ERROR, "pop from empty list");
            }
            int i = args.length == 2 ? Subscripts.normalize(args[1], l.size(), "pop") : l.size() - 1;
            return l.remove(i);
        });
    }
}

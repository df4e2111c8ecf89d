package org.byterun.builtins;

import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.PyBuiltinFunction;
import org.byterun.runtime.PyDict;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyList;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.PyType;
import org.byterun.runtime.Sequences;
import org.byterun.runtime.Subscripts;

/** Methods of builtin types (the first argument is self). Installed once per JVM. */
final class BuiltinMethods {
    private BuiltinMethods() {
    }

    static {
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
        method(BuiltinTypes.DICT, "get", (args, kwNames, kwValues) -> {
            Args.noKeywords("dict.get", kwNames);
            Args.range("get", args, 2, 3);
            Object v = ((PyDict) self(args, BuiltinTypes.DICT, "get")).get(args[1]);
            return v != null ? v : args.length == 3 ? args[2] : PyNone.INSTANCE;
        });
    }

    /** Makes sure the static initializer ran. */
    static void install() {
    }

    private static void method(PyType type, String name, PyBuiltinFunction.Body body) {
        type.setAttribute(name, new PyBuiltinFunction(name, type, body));
    }

    private static Object self(Object[] args, PyType type, String name) {
        if (args.length == 0 || !org.byterun.runtime.PyObjects.typeOf(args[0]).isSubtypeOf(type)) {
            String got = args.length == 0 ? "nothing" : "a '" + PyErrors.typeName(args[0]) + "' object";
            throw PyErrors.typeError("descriptor '" + name + "' for '" + type.getName() + "' objects doesn't apply to " + got);
        }
        return args[0];
    }
}

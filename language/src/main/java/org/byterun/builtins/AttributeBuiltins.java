package org.byterun.builtins;

import static org.byterun.builtins.BuiltinFunctions.add;

import org.byterun.ByteRunContext;
import org.byterun.nodes.Imports;
import org.byterun.runtime.Attributes;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyModule;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.PyTuple;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** getattr, setattr, hasattr, delattr, issubclass and __import__. */
final class AttributeBuiltins {
    private AttributeBuiltins() {
    }

    static void install(PyModule m) {
        add(m, "getattr", AttributeBuiltins::getattr);
        add(m, "setattr", (args, kwNames, kwValues) -> {
            Args.noKeywords("setattr", kwNames);
            Args.exactly("setattr", args, 3);
            Attributes.setAttribute(args[0], name(args[1]), args[2]);
            return PyNone.INSTANCE;
        });
        add(m, "hasattr", (args, kwNames, kwValues) -> {
            Args.noKeywords("hasattr", kwNames);
            Args.exactly("hasattr", args, 2);
            return Attributes.findAttribute(args[0], name(args[1])) != null;
        });
        add(m, "delattr", (args, kwNames, kwValues) -> {
            Args.noKeywords("delattr", kwNames);
            Args.exactly("delattr", args, 2);
            Attributes.deleteAttribute(args[0], name(args[1]));
            return PyNone.INSTANCE;
        });
        add(m, "issubclass", (args, kwNames, kwValues) -> {
            Args.noKeywords("issubclass", kwNames);
            Args.exactly("issubclass", args, 2);
            return org.byterun.runtime.InstanceChecks.isSubclass(args[0], args[1]);
        });
        add(m, "__import__", AttributeBuiltins::importModule);
    }

    private static String name(Object v) {
        if (v instanceof String s) {
            return s;
        }
        throw PyErrors.typeError("attribute name must be string, not '" + PyErrors.typeName(v) + "'");
    }

    @TruffleBoundary
    private static Object getattr(Object[] args, String[] kwNames, Object[] kwValues) {
        Args.noKeywords("getattr", kwNames);
        Args.range("getattr", args, 2, 3);
        String name = name(args[1]);
        if (args.length == 2) {
            return Attributes.getAttribute(args[0], name);
        }
        Object v = Attributes.findAttribute(args[0], name);
        return v != null ? v : args[2];
    }

    private static final String[] IMPORT_PARAMS = {"name", "globals", "locals", "fromlist", "level"};

    /** __import__(name, globals=None, locals=None, fromlist=(), level=0): the builtin modules only, so far. */
    @TruffleBoundary
    private static Object importModule(Object[] args, String[] kwNames, Object[] kwValues) {
        if (args.length > IMPORT_PARAMS.length) {
            throw PyErrors.typeError("__import__() takes at most 5 arguments (" + args.length + " given)");
        }
        Object[] bound = new Object[IMPORT_PARAMS.length];
        System.arraycopy(args, 0, bound, 0, args.length);
        Object[] named = KeywordArgs.parse("__import__", kwNames, kwValues, IMPORT_PARAMS);
        for (int i = 0; i < named.length; i++) {
            if (named[i] != null) {
                if (bound[i] != null) {
                    throw PyErrors.typeError("argument for __import__() given by name ('" + IMPORT_PARAMS[i] + "') and position (" + (i + 1) + ")");
                }
                bound[i] = named[i];
            }
        }
        if (bound[0] == null) {
            throw PyErrors.typeError("__import__() missing required argument 'name' (pos 1)");
        }
        if (!(bound[0] instanceof String name)) {
            throw PyErrors.typeError("module name must be a string");
        }
        Object level = bound[4] == null ? (Object) 0L : KeywordArgs.index(bound[4]);
        if (level instanceof Long l && l < 0) {
            throw PyErrors.valueError("level must be >= 0");
        }
        if (name.isEmpty() && level instanceof Long l && l == 0) {
            throw PyErrors.valueError("Empty module name");
        }
        return Imports.importName(ByteRunContext.get(null), name, bound[3] == null ? PyTuple.EMPTY : bound[3], level);
    }
}

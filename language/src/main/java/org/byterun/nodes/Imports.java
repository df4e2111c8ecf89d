package org.byterun.nodes;

import org.byterun.ByteRunContext;
import org.byterun.runtime.Attributes;
import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.PyBaseException;
import org.byterun.runtime.PyDict;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyException;
import org.byterun.runtime.PyModule;
import org.byterun.runtime.PyTuple;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** IMPORT_NAME / IMPORT_FROM / import *. Only built-in modules exist so far. */
public final class Imports {
    private Imports() {
    }

    @TruffleBoundary
    public static Object importName(ByteRunContext context, String name, Object fromList, Object level) {
        if (level instanceof Long l && l != 0) {
            throw PyErrors.create(BuiltinTypes.IMPORT_ERROR, "attempted relative import with no known parent package");
        }
        Object module = context.importModule(name);
        if (module == null) {
            String top = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
            PyBaseException e = new PyBaseException(BuiltinTypes.MODULE_NOT_FOUND_ERROR, PyTuple.of("No module named '" + top + "'"));
            e.setAttribute("name", top);
            throw new PyException(e);
        }
        return module;
    }

    @TruffleBoundary
    public static Object importFrom(Object module, String name) {
        Object v = Attributes.findAttribute(module, name);
        if (v == null) {
            String modName = module instanceof PyModule m ? m.getName() : "?";
            throw PyErrors.create(BuiltinTypes.IMPORT_ERROR, "cannot import name '" + name + "' from '" + modName + "' (unknown location)");
        }
        return v;
    }

    @TruffleBoundary
    public static void importStar(ByteRunContext context, Object[] frameArgs, Object module) {
        PyDict source = ((PyModule) module).getDict();
        for (Object key : source.storage().keysArray()) {
            if (key instanceof String s && !s.startsWith("_")) {
                NameOps.storeName(frameArgs, s, source.get(s));
            }
        }
    }
}

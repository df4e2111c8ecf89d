package org.byterun.builtins;

import static org.byterun.builtins.BuiltinMethods.method;
import static org.byterun.builtins.BuiltinMethods.self;

import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.Comparison;
import org.byterun.runtime.DictIterator;
import org.byterun.runtime.PyDict;
import org.byterun.runtime.PyDictView;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyGetSetDescriptor;
import org.byterun.runtime.PyMappingProxy;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.PyNotImplemented;
import org.byterun.runtime.PyType;
import org.byterun.runtime.Subscripts;

/** Methods of mappingproxy (read-only dict access), and the {@code mapping} attribute of the dict views. */
final class MappingProxyMethods {
    private MappingProxyMethods() {
    }

    private static final PyType T = BuiltinTypes.MAPPING_PROXY;

    private static PyDict dict(Object[] args, String name) {
        return ((PyMappingProxy) self(args, T, name)).mapping();
    }

    static void install() {
        for (PyType t : new PyType[]{PyDictView.KEYS_TYPE, PyDictView.VALUES_TYPE, PyDictView.ITEMS_TYPE}) {
            t.setAttribute("mapping", new PyGetSetDescriptor("mapping", t, v -> new PyMappingProxy(((PyDictView) v).dict())));
        }
        T.setConstructor((args, kwNames, kwValues) -> {
            Object[] a = StrSupport.clinic("mappingproxy", prependNull(args), kwNames, kwValues, 0, "mapping");
            if (a[0] == null) {
                throw PyErrors.typeError("mappingproxy() missing required argument 'mapping' (pos 1)");
            }
            if (a[0] instanceof PyDict d) {
                return new PyMappingProxy(d);
            }
            if (a[0] instanceof PyMappingProxy) {
                throw PyErrors.notImplemented("mappingproxy() of a mappingproxy");
            }
            throw PyErrors.typeError("mappingproxy() argument must be a mapping, not " + PyErrors.typeName(a[0]));
        });
        method(T, "get", (args, kwNames, kwValues) -> {
            Args.noKeywords("get", kwNames);
            SeqArgs.range("get", args, 1, 2);
            Object v = dict(args, "get").get(args[1]);
            return v != null ? v : args.length == 3 ? args[2] : PyNone.INSTANCE;
        });
        method(T, "keys", (args, kwNames, kwValues) -> view(args, kwNames, "keys", DictIterator.Kind.KEYS));
        method(T, "values", (args, kwNames, kwValues) -> view(args, kwNames, "values", DictIterator.Kind.VALUES));
        method(T, "items", (args, kwNames, kwValues) -> view(args, kwNames, "items", DictIterator.Kind.ITEMS));
        method(T, "copy", (args, kwNames, kwValues) -> {
            Args.noKeywords("mappingproxy.copy", kwNames);
            SeqArgs.none("mappingproxy.copy", args);
            return DictUpdate.copy(dict(args, "copy"));
        });
        method(T, "__getitem__", (args, kwNames, kwValues) -> {
            SeqArgs.one("mappingproxy.__getitem__", args);
            return Subscripts.getItem(dict(args, "__getitem__"), args[1]);
        });
        method(T, "__len__", (args, kwNames, kwValues) -> {
            SeqArgs.none("mappingproxy.__len__", args);
            return (long) dict(args, "__len__").size();
        });
        method(T, "__contains__", (args, kwNames, kwValues) -> {
            SeqArgs.one("mappingproxy.__contains__", args);
            return dict(args, "__contains__").storage().containsKey(args[1]);
        });
        method(T, "__iter__", (args, kwNames, kwValues) -> {
            SeqArgs.none("mappingproxy.__iter__", args);
            return new DictIterator(dict(args, "__iter__").storage(), DictIterator.Kind.KEYS, false);
        });
        method(T, "__reversed__", (args, kwNames, kwValues) -> {
            SeqArgs.none("mappingproxy.__reversed__", args);
            return new DictIterator(dict(args, "__reversed__").storage(), DictIterator.Kind.KEYS, true);
        });
        for (String[] op : new String[][]{{"__eq__", "0"}, {"__ne__", "1"}}) {
            method(T, op[0], (args, kwNames, kwValues) -> {
                SeqArgs.one("mappingproxy." + op[0], args);
                PyDict d = dict(args, op[0]);
                return Comparison.richCompare(op[1].equals("0") ? Comparison.EQ : Comparison.NE, d, args[1]);
            });
        }
        method(T, "__or__", (args, kwNames, kwValues) -> or(args, false));
        method(T, "__ror__", (args, kwNames, kwValues) -> or(args, true));
    }

    /** proxy | other and other | proxy: the dict's own | on a copy, as CPython's mappingproxy_or does. */
    private static Object or(Object[] args, boolean reflected) {
        SeqArgs.one(reflected ? "mappingproxy.__ror__" : "mappingproxy.__or__", args);
        PyDict d = dict(args, reflected ? "__ror__" : "__or__");
        Object other = args[1] instanceof PyMappingProxy p ? p.mapping() : args[1];
        if (!(other instanceof PyDict o)) {
            return PyNotImplemented.INSTANCE;
        }
        PyDict result = DictUpdate.copy(reflected ? o : d);
        DictUpdate.update(result, reflected ? d : o, new String[0], new Object[0]);
        return result;
    }

    private static Object[] prependNull(Object[] args) {
        Object[] r = new Object[args.length + 1];
        System.arraycopy(args, 0, r, 1, args.length);
        return r;
    }

    private static Object view(Object[] args, String[] kwNames, String name, DictIterator.Kind kind) {
        Args.noKeywords("mappingproxy." + name, kwNames);
        SeqArgs.none("mappingproxy." + name, args);
        return new PyDictView(dict(args, name), kind);
    }
}

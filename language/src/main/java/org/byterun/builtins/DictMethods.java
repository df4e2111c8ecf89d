package org.byterun.builtins;

import static org.byterun.builtins.BuiltinMethods.method;
import static org.byterun.builtins.BuiltinMethods.self;

import org.byterun.nodes.Calls;
import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.BuiltinValues;
import org.byterun.runtime.PyObjects;
import org.byterun.runtime.DictIterator;
import org.byterun.runtime.HashStorage;
import org.byterun.runtime.PyBaseException;
import org.byterun.runtime.PyBuiltinClassMethod;
import org.byterun.runtime.PyBuiltinFunction;
import org.byterun.runtime.PyDict;
import org.byterun.runtime.PyDictView;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyException;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.PyNotImplemented;
import org.byterun.runtime.PyTuple;
import org.byterun.runtime.Subscripts;

/** Methods of dict. */
final class DictMethods {
    private DictMethods() {
    }

    private static PyDict dict(Object[] args, String name) {
        return (PyDict) self(args, BuiltinTypes.DICT, name);
    }

    static PyException keyError(Object key) {
        return new PyException(new PyBaseException(BuiltinTypes.KEY_ERROR, PyTuple.of(key)));
    }

    static void install() {
        BuiltinTypes.DICT.setConstructor((args, kwNames, kwValues) -> {
            if (args.length > 1) {
                throw PyErrors.typeError("dict expected at most 1 argument, got " + args.length);
            }
            PyDict d = new PyDict();
            DictUpdate.update(d, args.length == 1 ? args[0] : null, kwNames, kwValues);
            return d;
        });
        method(BuiltinTypes.DICT, "get", (args, kwNames, kwValues) -> {
            Args.noKeywords("dict.get", kwNames);
            SeqArgs.range("get", args, 1, 2);
            Object v = dict(args, "get").get(args[1]);
            return v != null ? v : args.length == 3 ? args[2] : PyNone.INSTANCE;
        });
        method(BuiltinTypes.DICT, "setdefault", (args, kwNames, kwValues) -> {
            Args.noKeywords("dict.setdefault", kwNames);
            SeqArgs.range("setdefault", args, 1, 2);
            PyDict d = dict(args, "setdefault");
            Object v = d.get(args[1]);
            if (v == null) {
                v = args.length == 3 ? args[2] : PyNone.INSTANCE;
                d.put(args[1], v);
            }
            return v;
        });
        method(BuiltinTypes.DICT, "pop", (args, kwNames, kwValues) -> {
            Args.noKeywords("dict.pop", kwNames);
            SeqArgs.range("pop", args, 1, 2);
            Object v = dict(args, "pop").remove(args[1]);
            if (v == null) {
                if (args.length == 3) {
                    return args[2];
                }
                throw keyError(args[1]);
            }
            return v;
        });
        method(BuiltinTypes.DICT, "popitem", (args, kwNames, kwValues) -> {
            Args.noKeywords("dict.popitem", kwNames);
            SeqArgs.none("dict.popitem", args);
            HashStorage s = dict(args, "popitem").storage();
            int last = s.lastEntry();
            if (last < 0) {
                throw keyError("popitem(): dictionary is empty");
            }
            Object k = s.keyAt(last);
            Object v = s.valueAt(last);
            s.remove(k);
            return PyTuple.of(k, v);
        });
        method(BuiltinTypes.DICT, "keys", (args, kwNames, kwValues) -> view(args, kwNames, "keys", DictIterator.Kind.KEYS));
        method(BuiltinTypes.DICT, "values", (args, kwNames, kwValues) -> view(args, kwNames, "values", DictIterator.Kind.VALUES));
        method(BuiltinTypes.DICT, "items", (args, kwNames, kwValues) -> view(args, kwNames, "items", DictIterator.Kind.ITEMS));
        method(BuiltinTypes.DICT, "update", (args, kwNames, kwValues) -> {
            PyDict d = dict(args, "update");
            if (args.length > 2) {
                throw PyErrors.typeError("update expected at most 1 argument, got " + (args.length - 1));
            }
            DictUpdate.update(d, args.length == 2 ? args[1] : null, kwNames, kwValues);
            return PyNone.INSTANCE;
        });
        method(BuiltinTypes.DICT, "copy", (args, kwNames, kwValues) -> {
            Args.noKeywords("dict.copy", kwNames);
            SeqArgs.none("dict.copy", args);
            return DictUpdate.copy(dict(args, "copy"));
        });
        method(BuiltinTypes.DICT, "clear", (args, kwNames, kwValues) -> {
            Args.noKeywords("dict.clear", kwNames);
            SeqArgs.none("dict.clear", args);
            dict(args, "clear").storage().clear();
            return PyNone.INSTANCE;
        });
        BuiltinTypes.DICT.setAttribute("fromkeys", new PyBuiltinClassMethod(new PyBuiltinFunction("fromkeys", BuiltinTypes.DICT, (args, kwNames, kwValues) -> {
            Args.noKeywords("dict.fromkeys", kwNames);
            if (args.length < 2 || args.length > 3) {
                throw PyErrors.typeError("fromkeys expected " + (args.length < 2 ? "at least 1 argument" : "at most 2 arguments") + ", got " + (args.length - 1));
            }
            PyDict d = new PyDict();
            Object value = args.length == 3 ? args[2] : PyNone.INSTANCE;
            for (Object k : org.byterun.runtime.Sequences.iterate(args[1])) {
                d.put(k, value);
            }
            return d;
        })));
        method(BuiltinTypes.DICT, "__or__", (args, kwNames, kwValues) -> {
            SeqArgs.one("dict.__or__", args);
            if (!(args[1] instanceof PyDict other)) {
                return PyNotImplemented.INSTANCE;
            }
            PyDict d = DictUpdate.copy(dict(args, "__or__"));
            DictUpdate.update(d, other, new String[0], new Object[0]);
            return d;
        });
        method(BuiltinTypes.DICT, "__ior__", (args, kwNames, kwValues) -> {
            SeqArgs.one("dict.__ior__", args);
            PyDict d = dict(args, "__ior__");
            DictUpdate.update(d, args[1], new String[0], new Object[0]);
            return d;
        });
        method(BuiltinTypes.DICT, "__reversed__", (args, kwNames, kwValues) -> {
            SeqArgs.none("dict.__reversed__", args);
            return new DictIterator(dict(args, "__reversed__").storage(), DictIterator.Kind.KEYS, true);
        });
        method(BuiltinTypes.DICT, "__len__", (args, kwNames, kwValues) -> {
            SeqArgs.none("dict.__len__", args);
            return (long) dict(args, "__len__").size();
        });
        method(BuiltinTypes.DICT, "__contains__", (args, kwNames, kwValues) -> {
            SeqArgs.one("dict.__contains__", args);
            return dict(args, "__contains__").storage().containsKey(args[1]);
        });
        // receives a subclass instance as itself, to call its __missing__
        BuiltinTypes.DICT.setAttribute("__getitem__", new PyBuiltinFunction("__getitem__", BuiltinTypes.DICT, (args, kwNames, kwValues) -> {
            SeqArgs.one("dict.__getitem__", args);
            Object self = self(args, BuiltinTypes.DICT, "__getitem__");
            PyDict d = (PyDict) BuiltinValues.unwrap(self);
            Object v = d.get(args[1]);
            if (v != null) {
                return v;
            }
            Object missing = self != d ? PyObjects.typeOf(self).lookup("__missing__") : null;
            if (missing != null) {
                return Calls.call(missing, self, args[1]);
            }
            throw keyError(args[1]);
        }).receivingSubclassSelf());
        method(BuiltinTypes.DICT, "__setitem__", (args, kwNames, kwValues) -> {
            Args.exactly("dict.__setitem__", args, 3);
            Subscripts.setItem(dict(args, "__setitem__"), args[1], args[2]);
            return PyNone.INSTANCE;
        });
        method(BuiltinTypes.DICT, "__delitem__", (args, kwNames, kwValues) -> {
            SeqArgs.one("dict.__delitem__", args);
            Subscripts.delItem(dict(args, "__delitem__"), args[1]);
            return PyNone.INSTANCE;
        });
        DictViewMethods.install();
        MappingProxyMethods.install();
    }

    private static Object view(Object[] args, String[] kwNames, String name, DictIterator.Kind kind) {
        Args.noKeywords("dict." + name, kwNames);
        SeqArgs.none("dict." + name, args);
        return new PyDictView(dict(args, name), kind);
    }
}

package org.byterun.builtins;

import static org.byterun.builtins.BuiltinMethods.method;
import static org.byterun.builtins.BuiltinMethods.self;

import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.ListSort;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyList;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.Repr;
import org.byterun.runtime.Sequences;
import org.byterun.runtime.Subscripts;
import org.byterun.runtime.Truthiness;

/** Methods of list. */
final class ListMethods {
    private ListMethods() {
    }

    private static PyList list(Object[] args, String name) {
        return (PyList) self(args, BuiltinTypes.LIST, name);
    }

    static void install() {
        BuiltinTypes.LIST.setConstructor((args, kwNames, kwValues) -> {
            Args.noKeywords("list", kwNames);
            Args.range("list", args, 0, 1);
            return args.length == 0 ? new PyList() : new PyList(Sequences.toArray(args[0]));
        });
        method(BuiltinTypes.LIST, "append", (args, kwNames, kwValues) -> {
            Args.noKeywords("list.append", kwNames);
            SeqArgs.one("list.append", args);
            list(args, "append").append(args[1]);
            return PyNone.INSTANCE;
        });
        method(BuiltinTypes.LIST, "extend", (args, kwNames, kwValues) -> {
            Args.noKeywords("list.extend", kwNames);
            SeqArgs.one("list.extend", args);
            PyList l = list(args, "extend");
            for (Object v : Sequences.toArray(args[1])) {
                l.append(v);
            }
            return PyNone.INSTANCE;
        });
        method(BuiltinTypes.LIST, "insert", (args, kwNames, kwValues) -> {
            Args.noKeywords("insert", kwNames);
            PyList l = list(args, "insert");
            if (args.length != 3) {
                throw PyErrors.typeError("insert expected 2 arguments, got " + (args.length - 1));
            }
            long i = SeqArgs.integer(args[1]);
            if (i < 0) {
                i = Math.max(0, i + l.size());
            }
            l.insert((int) Math.min(i, l.size()), args[2]);
            return PyNone.INSTANCE;
        });
        method(BuiltinTypes.LIST, "pop", (args, kwNames, kwValues) -> {
            Args.noKeywords("list.pop", kwNames);
            PyList l = list(args, "pop");
            if (args.length > 2) {
                throw PyErrors.typeError("pop expected at most 1 argument, got " + (args.length - 1));
            }
            if (l.size() == 0) {
                throw PyErrors.create(BuiltinTypes.INDEX_ERROR, "pop from empty list");
            }
            long i = args.length == 2 ? SeqArgs.integer(args[1]) : l.size() - 1;
            if (i < 0) {
                i += l.size();
            }
            if (i < 0 || i >= l.size()) {
                throw PyErrors.create(BuiltinTypes.INDEX_ERROR, "pop index out of range");
            }
            return l.remove((int) i);
        });
        method(BuiltinTypes.LIST, "remove", (args, kwNames, kwValues) -> {
            Args.noKeywords("list.remove", kwNames);
            SeqArgs.one("list.remove", args);
            PyList l = list(args, "remove");
            for (int i = 0; i < l.size(); i++) {
                if (SeqArgs.same(l.get(i), args[1])) {
                    l.remove(i);
                    return PyNone.INSTANCE;
                }
            }
            throw PyErrors.valueError("list.remove(x): x not in list");
        });
        method(BuiltinTypes.LIST, "index", (args, kwNames, kwValues) -> {
            Args.noKeywords("index", kwNames);
            PyList l = list(args, "index");
            if (args.length < 2 || args.length > 4) {
                throw PyErrors.typeError("index expected " + (args.length < 2 ? "at least 1 argument" : "at most 3 arguments") + ", got " + (args.length - 1));
            }
            int stop = SeqArgs.bound(args, 3, l.size(), l.size());
            for (int i = SeqArgs.bound(args, 2, l.size(), 0); i < Math.min(stop, l.size()); i++) {
                if (SeqArgs.same(l.get(i), args[1])) {
                    return (long) i;
                }
            }
            throw PyErrors.valueError(Repr.repr(args[1]) + " is not in list");
        });
        method(BuiltinTypes.LIST, "count", (args, kwNames, kwValues) -> {
            Args.noKeywords("list.count", kwNames);
            SeqArgs.one("list.count", args);
            PyList l = list(args, "count");
            long n = 0;
            for (int i = 0; i < l.size(); i++) {
                if (SeqArgs.same(l.get(i), args[1])) {
                    n++;
                }
            }
            return n;
        });
        method(BuiltinTypes.LIST, "clear", (args, kwNames, kwValues) -> {
            Args.noKeywords("list.clear", kwNames);
            SeqArgs.none("list.clear", args);
            list(args, "clear").clear();
            return PyNone.INSTANCE;
        });
        method(BuiltinTypes.LIST, "copy", (args, kwNames, kwValues) -> {
            Args.noKeywords("list.copy", kwNames);
            SeqArgs.none("list.copy", args);
            return new PyList(list(args, "copy").toArray());
        });
        method(BuiltinTypes.LIST, "reverse", (args, kwNames, kwValues) -> {
            Args.noKeywords("list.reverse", kwNames);
            SeqArgs.none("list.reverse", args);
            list(args, "reverse").reverse();
            return PyNone.INSTANCE;
        });
        method(BuiltinTypes.LIST, "sort", (args, kwNames, kwValues) -> {
            PyList l = list(args, "sort");
            if (args.length > 1) {
                throw PyErrors.typeError("sort() takes no positional arguments");
            }
            Object key = null;
            Object reverse = null;
            for (int i = 0; i < kwNames.length; i++) {
                switch (kwNames[i]) {
                    case "key" -> key = kwValues[i];
                    case "reverse" -> reverse = kwValues[i];
                    default -> throw PyErrors.typeError("sort() got an unexpected keyword argument '" + kwNames[i] + "'");
                }
            }
            ListSort.sort(l, key, reverse != null && Truthiness.isTrue(reverse));
            return PyNone.INSTANCE;
        });
        method(BuiltinTypes.LIST, "__reversed__", (args, kwNames, kwValues) -> {
            SeqArgs.none("list.__reversed__", args);
            return new org.byterun.runtime.BuiltinIterators.ListReverseIterator(list(args, "__reversed__"));
        });
        method(BuiltinTypes.LIST, "__add__", (args, kwNames, kwValues) -> {
            SeqArgs.one("list.__add__", args);
            PyList l = list(args, "__add__");
            if (!(args[1] instanceof PyList other)) {
                throw PyErrors.typeError("can only concatenate list (not \"" + PyErrors.typeName(args[1]) + "\") to list");
            }
            return new PyList(Sequences.concat(l.getArray(), l.size(), other.getArray(), other.size()));
        });
        method(BuiltinTypes.LIST, "__len__", (args, kwNames, kwValues) -> {
            SeqArgs.none("list.__len__", args);
            return (long) list(args, "__len__").size();
        });
        method(BuiltinTypes.LIST, "__contains__", (args, kwNames, kwValues) -> {
            SeqArgs.one("list.__contains__", args);
            PyList l = list(args, "__contains__");
            for (int i = 0; i < l.size(); i++) {
                if (SeqArgs.same(l.get(i), args[1])) {
                    return true;
                }
            }
            return false;
        });
        method(BuiltinTypes.LIST, "__getitem__", (args, kwNames, kwValues) -> {
            SeqArgs.one("list.__getitem__", args);
            return Subscripts.getItem(list(args, "__getitem__"), args[1]);
        });
        method(BuiltinTypes.LIST, "__setitem__", (args, kwNames, kwValues) -> {
            Args.exactly("list.__setitem__", args, 3);
            Subscripts.setItem(list(args, "__setitem__"), args[1], args[2]);
            return PyNone.INSTANCE;
        });
        method(BuiltinTypes.LIST, "__delitem__", (args, kwNames, kwValues) -> {
            SeqArgs.one("list.__delitem__", args);
            Subscripts.delItem(list(args, "__delitem__"), args[1]);
            return PyNone.INSTANCE;
        });
    }
}

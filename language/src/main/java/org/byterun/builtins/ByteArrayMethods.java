package org.byterun.builtins;

import static org.byterun.builtins.BuiltinMethods.method;
import static org.byterun.builtins.BuiltinMethods.self;

import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.ByteArrays;
import org.byterun.runtime.PyByteArray;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.Subscripts;

/** The mutating methods of bytearray. */
final class ByteArrayMethods {
    private ByteArrayMethods() {
    }

    private static PyByteArray array(Object[] args, String name) {
        return (PyByteArray) self(args, BuiltinTypes.BYTEARRAY, name);
    }

    static void install() {
        for (String name : new String[]{"__getitem__", "__setitem__", "__delitem__"}) {
            method(BuiltinTypes.BYTEARRAY, name, (args, kwNames, kwValues) -> {
                Args.exactly("bytearray." + name, args, name.equals("__setitem__") ? 3 : 2);
                PyByteArray b = array(args, name);
                switch (name) {
                    case "__getitem__":
                        return Subscripts.getItem(b, args[1]);
                    case "__setitem__":
                        Subscripts.setItem(b, args[1], args[2]);
                        return PyNone.INSTANCE;
                    default:
                        Subscripts.delItem(b, args[1]);
                        return PyNone.INSTANCE;
                }
            });
        }
        method(BuiltinTypes.BYTEARRAY, "append", (args, kwNames, kwValues) -> {
            SeqArgs.one("bytearray.append", args);
            array(args, "append").append(ByteArrays.byteValue(args[1]));
            return PyNone.INSTANCE;
        });
        method(BuiltinTypes.BYTEARRAY, "extend", (args, kwNames, kwValues) -> {
            SeqArgs.one("bytearray.extend", args);
            PyByteArray b = array(args, "extend");
            if (args[1] instanceof String) {
                throw PyErrors.typeError("expected iterable of integers; got: 'str'");
            }
            if (org.byterun.runtime.Arithmetic.isInt(args[1]) || args[1] instanceof Double) {
                throw PyErrors.typeError("can't extend bytearray with " + PyErrors.typeName(args[1]));
            }
            for (byte x : ByteArrays.fromIterable(args[1])) {
                b.append(x & 0xFF);
            }
            return PyNone.INSTANCE;
        });
        method(BuiltinTypes.BYTEARRAY, "__iadd__", (args, kwNames, kwValues) -> {
            SeqArgs.one("bytearray.__iadd__", args);
            PyByteArray b = array(args, "__iadd__");
            for (byte x : BytesMethods.buffer(args[1])) {
                b.append(x & 0xFF);
            }
            return b;
        });
        method(BuiltinTypes.BYTEARRAY, "pop", (args, kwNames, kwValues) -> {
            SeqArgs.range("pop", args, 0, 1);
            PyByteArray b = array(args, "pop");
            if (b.size() == 0) {
                throw PyErrors.create(BuiltinTypes.INDEX_ERROR, "pop from empty bytearray");
            }
            long i = args.length == 2 ? SeqArgs.integer(args[1]) : b.size() - 1;
            if (i < 0) {
                i += b.size();
            }
            if (i < 0 || i >= b.size()) {
                throw PyErrors.create(BuiltinTypes.INDEX_ERROR, "pop index out of range");
            }
            return (long) b.remove((int) i);
        });
        method(BuiltinTypes.BYTEARRAY, "insert", (args, kwNames, kwValues) -> {
            Args.exactly("insert", args, 3);
            PyByteArray b = array(args, "insert");
            long i = SeqArgs.integer(args[1]);
            if (i < 0) {
                i = Math.max(0, i + b.size());
            }
            b.insert((int) Math.min(i, b.size()), ByteArrays.byteValue(args[2]));
            return PyNone.INSTANCE;
        });
        method(BuiltinTypes.BYTEARRAY, "remove", (args, kwNames, kwValues) -> {
            SeqArgs.one("bytearray.remove", args);
            PyByteArray b = array(args, "remove");
            int v = ByteArrays.byteValue(args[1]);
            for (int i = 0; i < b.size(); i++) {
                if (b.get(i) == v) {
                    b.remove(i);
                    return PyNone.INSTANCE;
                }
            }
            throw PyErrors.valueError("value not found in bytearray");
        });
        method(BuiltinTypes.BYTEARRAY, "clear", (args, kwNames, kwValues) -> {
            PyByteArray b = array(args, "clear");
            b.replaceRange(0, b.size(), new byte[0]);
            return PyNone.INSTANCE;
        });
        method(BuiltinTypes.BYTEARRAY, "copy", (args, kwNames, kwValues) -> new PyByteArray(array(args, "copy").toBytes()));
        method(BuiltinTypes.BYTEARRAY, "reverse", (args, kwNames, kwValues) -> {
            PyByteArray b = array(args, "reverse");
            byte[] d = b.toBytes();
            for (int i = 0; i < d.length; i++) {
                b.set(i, d[d.length - 1 - i] & 0xFF);
            }
            return PyNone.INSTANCE;
        });
    }
}

package org.byterun.builtins;

import static org.byterun.builtins.BuiltinMethods.method;
import static org.byterun.builtins.BuiltinMethods.self;

import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyTuple;
import org.byterun.runtime.Sequences;

/** Methods of tuple. */
final class TupleMethods {
    private TupleMethods() {
    }

    static void install() {
        BuiltinTypes.TUPLE.setConstructor((args, kwNames, kwValues) -> {
            Args.noKeywords("tuple", kwNames);
            Args.range("tuple", args, 0, 1);
            if (args.length == 0) {
                return PyTuple.EMPTY;
            }
            return args[0] instanceof PyTuple t ? t : PyTuple.of(Sequences.toArray(args[0]));
        });
        method(BuiltinTypes.TUPLE, "index", (args, kwNames, kwValues) -> {
            Args.noKeywords("index", kwNames);
            PyTuple t = (PyTuple) self(args, BuiltinTypes.TUPLE, "index");
            if (args.length < 2 || args.length > 4) {
                throw PyErrors.typeError("index expected " + (args.length < 2 ? "at least 1 argument" : "at most 3 arguments") + ", got " + (args.length - 1));
            }
            int stop = SeqArgs.bound(args, 3, t.size(), t.size());
            for (int i = SeqArgs.bound(args, 2, t.size(), 0); i < stop; i++) {
                if (SeqArgs.same(t.get(i), args[1])) {
                    return (long) i;
                }
            }
            throw PyErrors.valueError("tuple.index(x): x not in tuple");
        });
        method(BuiltinTypes.TUPLE, "count", (args, kwNames, kwValues) -> {
            Args.noKeywords("tuple.count", kwNames);
            SeqArgs.one("tuple.count", args);
            PyTuple t = (PyTuple) self(args, BuiltinTypes.TUPLE, "count");
            long n = 0;
            for (Object v : t.items()) {
                if (SeqArgs.same(v, args[1])) {
                    n++;
                }
            }
            return n;
        });
        method(BuiltinTypes.TUPLE, "__len__", (args, kwNames, kwValues) -> {
            SeqArgs.none("tuple.__len__", args);
            return (long) ((PyTuple) self(args, BuiltinTypes.TUPLE, "__len__")).size();
        });
    }
}

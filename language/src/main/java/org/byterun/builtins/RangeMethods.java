package org.byterun.builtins;

import static org.byterun.builtins.BuiltinMethods.method;
import static org.byterun.builtins.BuiltinMethods.self;

import java.math.BigInteger;

import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyIterators;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.PyNotImplemented;
import org.byterun.runtime.PyNumbers;
import org.byterun.runtime.PyRange;
import org.byterun.runtime.PySlice;
import org.byterun.runtime.PyTuple;
import org.byterun.runtime.Repr;

/** Methods of range and slice. */
final class RangeMethods {
    private RangeMethods() {
    }

    private static void member(org.byterun.runtime.PyType type, String name, org.byterun.runtime.PyGetSetDescriptor.Getter getter) {
        type.setAttribute(name, new org.byterun.runtime.PyGetSetDescriptor(name, type, getter, "member"));
    }

    private static PyRange range(Object[] args, String name) {
        return (PyRange) self(args, BuiltinTypes.RANGE, name);
    }

    static void install() {
        member(BuiltinTypes.RANGE, "start", self -> ((PyRange) self).start);
        member(BuiltinTypes.RANGE, "stop", self -> ((PyRange) self).stop);
        member(BuiltinTypes.RANGE, "step", self -> ((PyRange) self).step);
        member(BuiltinTypes.SLICE, "start", self -> ((PySlice) self).start);
        member(BuiltinTypes.SLICE, "stop", self -> ((PySlice) self).stop);
        member(BuiltinTypes.SLICE, "step", self -> ((PySlice) self).step);
        BuiltinTypes.RANGE.setConstructor((args, kwNames, kwValues) -> makeRange(args, kwNames));
        method(BuiltinTypes.RANGE, "index", (args, kwNames, kwValues) -> {
            SeqArgs.one("range.index", args);
            PyRange r = range(args, "index");
            long i = r.indexOf(args[1]);
            if (i < 0) {
                throw PyErrors.valueError(Repr.repr(args[1]) + " is not in range");
            }
            return i;
        });
        method(BuiltinTypes.RANGE, "count", (args, kwNames, kwValues) -> {
            SeqArgs.one("range.count", args);
            return range(args, "count").indexOf(args[1]) >= 0 ? 1L : 0L;
        });
        method(BuiltinTypes.RANGE, "__reversed__", (args, kwNames, kwValues) -> {
            SeqArgs.none("range.__reversed__", args);
            PyRange r = range(args, "__reversed__");
            long n = r.length();
            long last = r.start + (n - 1) * r.step;
            return new PyIterators.RangeIterator(new PyRange(last, last - n * r.step, -r.step));
        });
        method(BuiltinTypes.RANGE, "__len__", (args, kwNames, kwValues) -> {
            SeqArgs.none("range.__len__", args);
            return range(args, "__len__").length();
        });
        method(BuiltinTypes.RANGE, "__contains__", (args, kwNames, kwValues) -> {
            SeqArgs.one("range.__contains__", args);
            return range(args, "__contains__").indexOf(args[1]) >= 0;
        });
        method(BuiltinTypes.RANGE, "__eq__", (args, kwNames, kwValues) -> {
            SeqArgs.one("range.__eq__", args);
            return args[1] instanceof PyRange other ? (Object) range(args, "__eq__").sameSequence(other) : PyNotImplemented.INSTANCE;
        });
        method(BuiltinTypes.RANGE, "__ne__", (args, kwNames, kwValues) -> {
            SeqArgs.one("range.__ne__", args);
            return args[1] instanceof PyRange other ? (Object) !range(args, "__ne__").sameSequence(other) : PyNotImplemented.INSTANCE;
        });
        BuiltinTypes.SLICE.setConstructor((args, kwNames, kwValues) -> {
            Args.noKeywords("slice", kwNames);
            if (args.length == 0) {
                throw PyErrors.typeError("slice expected at least 1 argument, got 0");
            }
            Args.range("slice", args, 1, 3);
            if (args.length == 1) {
                return new PySlice(PyNone.INSTANCE, args[0], PyNone.INSTANCE);
            }
            return new PySlice(args[0], args[1], args.length == 3 ? args[2] : PyNone.INSTANCE);
        });
        method(BuiltinTypes.SLICE, "indices", (args, kwNames, kwValues) -> {
            SeqArgs.one("slice.indices", args);
            PySlice s = (PySlice) self(args, BuiltinTypes.SLICE, "indices");
            long n = SeqArgs.integer(args[1]);
            if (n < 0) {
                throw PyErrors.valueError("length should not be negative");
            }
            PySlice.Indices ix = s.indices((int) Math.min(n, Integer.MAX_VALUE));
            return PyTuple.of((long) ix.start(), (long) ix.stop(), (long) ix.step());
        });
    }

    private static Object makeRange(Object[] args, String[] kwNames) {
        Args.noKeywords("range", kwNames);
        if (args.length == 0) {
            throw PyErrors.typeError("range expected at least 1 argument, got 0");
        }
        Args.range("range", args, 1, 3);
        long[] v = new long[args.length];
        for (int i = 0; i < args.length; i++) {
            Object a = PyNumbers.index(args[i]);
            if (a instanceof BigInteger) {
                throw PyErrors.notImplemented("range() bounds beyond 64-bit integers");
            }
            v[i] = (Long) a;
        }
        if (args.length == 1) {
            return new PyRange(0, v[0], 1);
        }
        long step = args.length == 3 ? v[2] : 1;
        if (step == 0) {
            throw PyErrors.valueError("range() arg 3 must not be zero");
        }
        return new PyRange(v[0], v[1], step);
    }
}

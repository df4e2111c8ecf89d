package org.byterun.builtins;

import static org.byterun.builtins.BuiltinMethods.method;
import static org.byterun.builtins.BuiltinMethods.self;

import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.PyAbstractSet;
import org.byterun.runtime.PyBaseException;
import org.byterun.runtime.PyException;
import org.byterun.runtime.PyFrozenSet;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.PyNotImplemented;
import org.byterun.runtime.PySet;
import org.byterun.runtime.PyTuple;
import org.byterun.runtime.PyType;
import org.byterun.runtime.SetAlgebra;
import org.byterun.runtime.SetStorage;

/** Methods of set and frozenset. */
final class SetMethods {
    private SetMethods() {
    }

    private interface Binary {
        SetStorage apply(SetStorage so, Object other);
    }

    private interface Update {
        void apply(SetStorage so, Object other);
    }

    private static SetStorage storage(Object[] args, PyType type, String name) {
        return ((PyAbstractSet) self(args, type, name)).storage();
    }

    /** A result of the same kind as {@code self}: set or frozenset. */
    private static Object wrap(Object self, SetStorage s) {
        return self instanceof PySet ? new PySet(s) : new PyFrozenSet(s);
    }

    /** A set used as a key is looked up as the equal frozenset, as CPython does. */
    private static Object key(Object k) {
        return k instanceof PySet s ? new PyFrozenSet(s.storage().copy()) : k;
    }

    static void install() {
        BuiltinTypes.SET.setConstructor((args, kwNames, kwValues) -> {
            Args.noKeywords("set", kwNames);
            Args.range("set", args, 0, 1);
            return args.length == 0 ? new PySet() : new PySet(PyAbstractSet.storageFrom(args[0]));
        });
        BuiltinTypes.FROZENSET.setConstructor((args, kwNames, kwValues) -> {
            Args.noKeywords("frozenset", kwNames);
            Args.range("frozenset", args, 0, 1);
            if (args.length == 0) {
                return PyFrozenSet.EMPTY;
            }
            return args[0] instanceof PyFrozenSet f ? f : new PyFrozenSet(PyAbstractSet.storageFrom(args[0]));
        });
        for (PyType t : new PyType[]{BuiltinTypes.SET, BuiltinTypes.FROZENSET}) {
            installShared(t);
        }
        installMutators();
    }

    private static void installShared(PyType t) {
        String tn = t.getName();
        method(t, "copy", (args, kwNames, kwValues) -> {
            Args.noKeywords(tn + ".copy", kwNames);
            SeqArgs.none(tn + ".copy", args);
            SetStorage s = storage(args, t, "copy");
            return args[0] instanceof PyFrozenSet ? args[0] : new PySet(s.copy());
        });
        multi(t, "union", SetAlgebra::union);
        multi(t, "intersection", SetAlgebra::intersection);
        multi(t, "difference", SetAlgebra::difference);
        method(t, "symmetric_difference", (args, kwNames, kwValues) -> {
            Args.noKeywords(tn + ".symmetric_difference", kwNames);
            SeqArgs.one(tn + ".symmetric_difference", args);
            return wrap(args[0], SetAlgebra.symmetricDifference(storage(args, t, "symmetric_difference"), args[1]));
        });
        operator(t, "__or__", SetAlgebra::union);
        operator(t, "__and__", SetAlgebra::intersection);
        operator(t, "__sub__", SetAlgebra::difference);
        operator(t, "__xor__", SetAlgebra::symmetricDifference);
        method(t, "issubset", (args, kwNames, kwValues) -> {
            SeqArgs.one(tn + ".issubset", args);
            return SetAlgebra.isSubset(storage(args, t, "issubset"), args[1]);
        });
        method(t, "issuperset", (args, kwNames, kwValues) -> {
            SeqArgs.one(tn + ".issuperset", args);
            SetStorage so = storage(args, t, "issuperset");
            SetStorage other = args[1] instanceof PyAbstractSet s ? s.storage() : PyAbstractSet.storageFrom(args[1]);
            return other.isSubsetOf(so);
        });
        method(t, "isdisjoint", (args, kwNames, kwValues) -> {
            SeqArgs.one(tn + ".isdisjoint", args);
            return SetAlgebra.isDisjoint(storage(args, t, "isdisjoint"), args[1]);
        });
        compare(t, "__le__", false, false);
        compare(t, "__lt__", false, true);
        compare(t, "__ge__", true, false);
        compare(t, "__gt__", true, true);
        method(t, "__len__", (args, kwNames, kwValues) -> {
            SeqArgs.none(tn + ".__len__", args);
            return (long) storage(args, t, "__len__").size();
        });
        method(t, "__contains__", (args, kwNames, kwValues) -> {
            SeqArgs.one(tn + ".__contains__", args);
            return ((PyAbstractSet) self(args, t, "__contains__")).contains(args[1]);
        });
    }

    /** union/intersection/difference with any number of iterables. */
    private static void multi(PyType t, String name, Binary op) {
        method(t, name, (args, kwNames, kwValues) -> {
            Args.noKeywords(t.getName() + "." + name, kwNames);
            SetStorage result = storage(args, t, name);
            if (args.length == 1) {
                return wrap(args[0], result.copy());
            }
            for (int i = 1; i < args.length; i++) {
                result = op.apply(result, args[i]);
            }
            return wrap(args[0], result);
        });
    }

    /** A binary operator: both operands must be sets, else NotImplemented. */
    private static void operator(PyType t, String name, Binary op) {
        method(t, name, (args, kwNames, kwValues) -> {
            SeqArgs.one(t.getName() + "." + name, args);
            SetStorage so = storage(args, t, name);
            if (!(args[1] instanceof PyAbstractSet)) {
                return PyNotImplemented.INSTANCE;
            }
            return wrap(args[0], op.apply(so, args[1]));
        });
    }

    private static void compare(PyType t, String name, boolean superset, boolean strict) {
        method(t, name, (args, kwNames, kwValues) -> {
            SeqArgs.one(t.getName() + "." + name, args);
            SetStorage so = storage(args, t, name);
            if (!(args[1] instanceof PyAbstractSet other)) {
                return PyNotImplemented.INSTANCE;
            }
            SetStorage small = superset ? other.storage() : so;
            SetStorage big = superset ? so : other.storage();
            return small.isSubsetOf(big) && (!strict || small.size() < big.size());
        });
    }

    private static void installMutators() {
        PyType t = BuiltinTypes.SET;
        method(t, "add", (args, kwNames, kwValues) -> {
            Args.noKeywords("set.add", kwNames);
            SeqArgs.one("set.add", args);
            storage(args, t, "add").add(args[1]);
            return PyNone.INSTANCE;
        });
        method(t, "remove", (args, kwNames, kwValues) -> {
            Args.noKeywords("set.remove", kwNames);
            SeqArgs.one("set.remove", args);
            if (!storage(args, t, "remove").discard(key(args[1]))) {
                throw new PyException(new PyBaseException(BuiltinTypes.KEY_ERROR, PyTuple.of(args[1])));
            }
            return PyNone.INSTANCE;
        });
        method(t, "discard", (args, kwNames, kwValues) -> {
            Args.noKeywords("set.discard", kwNames);
            SeqArgs.one("set.discard", args);
            storage(args, t, "discard").discard(key(args[1]));
            return PyNone.INSTANCE;
        });
        method(t, "pop", (args, kwNames, kwValues) -> {
            Args.noKeywords("set.pop", kwNames);
            SeqArgs.none("set.pop", args);
            Object k = storage(args, t, "pop").pop();
            if (k == null) {
                throw new PyException(new PyBaseException(BuiltinTypes.KEY_ERROR, PyTuple.of("pop from an empty set")));
            }
            return k;
        });
        method(t, "clear", (args, kwNames, kwValues) -> {
            Args.noKeywords("set.clear", kwNames);
            SeqArgs.none("set.clear", args);
            storage(args, t, "clear").clear();
            return PyNone.INSTANCE;
        });
        multiUpdate("update", (so, other) -> PyAbstractSet.addAll(so, other));
        multiUpdate("difference_update", SetAlgebra::differenceUpdate);
        multiUpdate("intersection_update", (so, other) -> so.replaceWith(SetAlgebra.intersection(so, other)));
        method(t, "symmetric_difference_update", (args, kwNames, kwValues) -> {
            Args.noKeywords("set.symmetric_difference_update", kwNames);
            SeqArgs.one("set.symmetric_difference_update", args);
            SetAlgebra.symmetricDifferenceUpdate(storage(args, t, "symmetric_difference_update"), args[1]);
            return PyNone.INSTANCE;
        });
        inplace("__ior__", (so, other) -> PyAbstractSet.addAll(so, other));
        inplace("__iand__", (so, other) -> so.replaceWith(SetAlgebra.intersection(so, other)));
        inplace("__isub__", SetAlgebra::differenceUpdate);
        inplace("__ixor__", SetAlgebra::symmetricDifferenceUpdate);
    }

    private static void multiUpdate(String name, Update op) {
        method(BuiltinTypes.SET, name, (args, kwNames, kwValues) -> {
            Args.noKeywords("set." + name, kwNames);
            SetStorage so = storage(args, BuiltinTypes.SET, name);
            for (int i = 1; i < args.length; i++) {
                op.apply(so, args[i]);
            }
            return PyNone.INSTANCE;
        });
    }

    private static void inplace(String name, Update op) {
        method(BuiltinTypes.SET, name, (args, kwNames, kwValues) -> {
            SeqArgs.one("set." + name, args);
            SetStorage so = storage(args, BuiltinTypes.SET, name);
            if (!(args[1] instanceof PyAbstractSet)) {
                return PyNotImplemented.INSTANCE;
            }
            op.apply(so, args[1]);
            return args[0];
        });
    }
}

package org.byterun.builtins;

import static org.byterun.builtins.BuiltinMethods.method;
import static org.byterun.builtins.BuiltinMethods.self;

import org.byterun.runtime.DictIterator;
import org.byterun.runtime.Iteration;
import org.byterun.runtime.PyAbstractSet;
import org.byterun.runtime.PyDictView;
import org.byterun.runtime.PyIterators;
import org.byterun.runtime.PyNotImplemented;
import org.byterun.runtime.PySet;
import org.byterun.runtime.PyType;
import org.byterun.runtime.SetAlgebra;
import org.byterun.runtime.SetStorage;

/** Methods of dict_keys, dict_values and dict_items; keys and items views behave as sets. */
final class DictViewMethods {
    private DictViewMethods() {
    }

    private interface Update {
        void apply(SetStorage so, Object other);
    }

    static void install() {
        for (PyType t : new PyType[]{PyDictView.KEYS_TYPE, PyDictView.VALUES_TYPE, PyDictView.ITEMS_TYPE}) {
            method(t, "__len__", (args, kwNames, kwValues) -> {
                SeqArgs.none(t.getName() + ".__len__", args);
                return (long) ((PyDictView) self(args, t, "__len__")).size();
            });
            method(t, "__reversed__", (args, kwNames, kwValues) -> {
                SeqArgs.none(t.getName() + ".__reversed__", args);
                return ((PyDictView) self(args, t, "__reversed__")).iterator(true);
            });
            method(t, "__contains__", (args, kwNames, kwValues) -> {
                SeqArgs.one(t.getName() + ".__contains__", args);
                return ((PyDictView) self(args, t, "__contains__")).contains(args[1]);
            });
        }
        for (PyType t : new PyType[]{PyDictView.KEYS_TYPE, PyDictView.ITEMS_TYPE}) {
            installSetLike(t);
        }
    }

    /** set(view): a keys view is read through its dict, as CPython's dictviews_to_set does. */
    private static SetStorage toSet(Object v) {
        if (v instanceof PyDictView view && view.kind() == DictIterator.Kind.KEYS) {
            return PyAbstractSet.storageFrom(view.dict());
        }
        return PyAbstractSet.storageFrom(v);
    }

    private static boolean isSetLike(Object v) {
        return v instanceof PyAbstractSet || v instanceof PyDictView view && view.kind() != DictIterator.Kind.VALUES;
    }

    private static void installSetLike(PyType t) {
        operator(t, "__or__", false, (so, other) -> PyAbstractSet.addAll(so, other));
        operator(t, "__ror__", true, (so, other) -> PyAbstractSet.addAll(so, other));
        operator(t, "__sub__", false, SetAlgebra::differenceUpdate);
        operator(t, "__rsub__", true, SetAlgebra::differenceUpdate);
        operator(t, "__xor__", false, SetAlgebra::symmetricDifferenceUpdate);
        operator(t, "__rxor__", true, SetAlgebra::symmetricDifferenceUpdate);
        method(t, "__and__", (args, kwNames, kwValues) -> intersect((PyDictView) self(args, t, "__and__"), args[1]));
        method(t, "__rand__", (args, kwNames, kwValues) -> intersect((PyDictView) self(args, t, "__rand__"), args[1]));
        method(t, "isdisjoint", (args, kwNames, kwValues) -> {
            SeqArgs.one(t.getName() + ".isdisjoint", args);
            PyDictView view = (PyDictView) self(args, t, "isdisjoint");
            PyIterators.PyIterator it = Iteration.getIterator(args[1]);
            for (Object k = it.next(); k != null; k = it.next()) {
                if (view.contains(k)) {
                    return false;
                }
            }
            return true;
        });
        compare(t, "__eq__", 0);
        compare(t, "__ne__", 1);
        compare(t, "__le__", 2);
        compare(t, "__lt__", 3);
        compare(t, "__ge__", 4);
        compare(t, "__gt__", 5);
    }

    /** view OP other (or other OP view when reflected): set(left), then the in-place set operation. */
    private static void operator(PyType t, String name, boolean reflected, Update op) {
        method(t, name, (args, kwNames, kwValues) -> {
            SeqArgs.one(t.getName() + "." + name, args);
            self(args, t, name);
            Object left = reflected ? args[1] : args[0];
            Object right = reflected ? args[0] : args[1];
            SetStorage result = toSet(left);
            op.apply(result, right);
            return new PySet(result);
        });
    }

    /** CPython's _PyDictView_Intersect: iterate the smaller operand, test membership in the other. */
    private static Object intersect(PyDictView self, Object other) {
        if (other instanceof PySet s && self.size() <= s.size()) {
            return new PySet(SetAlgebra.intersection(s.storage(), self));
        }
        PyDictView container = self;
        Object iterated = other;
        if (other instanceof PyDictView ov && ov.kind() != DictIterator.Kind.VALUES && ov.size() > self.size()) {
            container = ov;
            iterated = self;
        }
        SetStorage result = new SetStorage();
        PyIterators.PyIterator it = Iteration.getIterator(iterated);
        for (Object k = it.next(); k != null; k = it.next()) {
            if (container.contains(k)) {
                result.add(k);
            }
        }
        return new PySet(result);
    }

    /** Set comparisons: 0 ==, 1 !=, 2 <=, 3 <, 4 >=, 5 >. */
    private static void compare(PyType t, String name, int op) {
        method(t, name, (args, kwNames, kwValues) -> {
            SeqArgs.one(t.getName() + "." + name, args);
            PyDictView self = (PyDictView) self(args, t, name);
            if (!isSetLike(args[1])) {
                return PyNotImplemented.INSTANCE;
            }
            Object other = args[1];
            int otherSize = other instanceof PyDictView ov ? ov.size() : ((PyAbstractSet) other).size();
            boolean leftInRight = allIn(self, other);
            boolean rightInLeft = allIn(other, self);
            return switch (op) {
                case 0 -> self.size() == otherSize && leftInRight;
                case 1 -> !(self.size() == otherSize && leftInRight);
                case 2 -> self.size() <= otherSize && leftInRight;
                case 3 -> self.size() < otherSize && leftInRight;
                case 4 -> self.size() >= otherSize && rightInLeft;
                default -> self.size() > otherSize && rightInLeft;
            };
        });
    }

    private static boolean allIn(Object items, Object container) {
        PyIterators.PyIterator it = Iteration.getIterator(items);
        for (Object k = it.next(); k != null; k = it.next()) {
            boolean in = container instanceof PyDictView v ? v.contains(k) : ((PyAbstractSet) container).contains(k);
            if (!in) {
                return false;
            }
        }
        return true;
    }
}

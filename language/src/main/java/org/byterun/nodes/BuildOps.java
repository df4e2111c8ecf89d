package org.byterun.nodes;

import static org.byterun.bytecode.Opcodes.*;

import org.byterun.runtime.Attributes;
import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.PyAbstractSet;
import org.byterun.runtime.PyDict;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyException;
import org.byterun.runtime.PyList;
import org.byterun.runtime.PyObjects;
import org.byterun.runtime.PySet;
import org.byterun.runtime.PySlice;
import org.byterun.runtime.PyTuple;
import org.byterun.runtime.PyType;
import org.byterun.runtime.Sequences;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/** The BUILD_*, container-update and UNPACK_* instructions. Each returns the new stack pointer. */
public final class BuildOps {
    private BuildOps() {
    }

    @ExplodeLoop
    private static Object[] popN(Frame frame, int sp, int n) {
        Object[] items = new Object[n];
        for (int i = 0; i < n; i++) {
            items[i] = frame.getObject(sp - n + i);
            frame.setObject(sp - n + i, null);
        }
        return items;
    }

    public static int buildTuple(Frame frame, int sp, int n) {
        Object[] items = popN(frame, sp, n);
        frame.setObject(sp - n, PyTuple.of(items));
        return sp - n + 1;
    }

    public static int buildList(Frame frame, int sp, int n) {
        Object[] items = popN(frame, sp, n);
        frame.setObject(sp - n, n == 0 ? new PyList() : new PyList(items));
        return sp - n + 1;
    }

    public static int buildSet(Frame frame, int sp, int n) {
        Object[] items = popN(frame, sp, n);
        frame.setObject(sp - n, PySet.of(items));
        return sp - n + 1;
    }

    public static int buildMap(Frame frame, int sp, int n) {
        Object[] items = popN(frame, sp, 2 * n);
        frame.setObject(sp - 2 * n, dictOfPairs(items));
        return sp - 2 * n + 1;
    }

    /** BUILD_CONST_KEY_MAP: n values under a tuple of n keys. */
    public static int buildConstKeyMap(Frame frame, int sp, int n) {
        PyTuple keys = (PyTuple) frame.getObject(sp - 1);
        frame.setObject(sp - 1, null);
        Object[] values = popN(frame, sp - 1, n);
        frame.setObject(sp - 1 - n, dictOfKeys(keys, values));
        return sp - n;
    }

    public static int buildString(Frame frame, int sp, int n) {
        Object[] parts = popN(frame, sp, n);
        frame.setObject(sp - n, concat(parts));
        return sp - n + 1;
    }

    public static int buildSlice(Frame frame, int sp, int n) {
        Object[] parts = popN(frame, sp, n);
        frame.setObject(sp - n, new PySlice(parts[0], parts[1], n == 3 ? parts[2] : org.byterun.runtime.PyNone.INSTANCE));
        return sp - n + 1;
    }

    @TruffleBoundary
    private static PyDict dictOfPairs(Object[] items) {
        PyDict d = new PyDict();
        for (int i = 0; i < items.length; i += 2) {
            d.put(items[i], items[i + 1]);
        }
        return d;
    }

    @TruffleBoundary
    private static PyDict dictOfKeys(PyTuple keys, Object[] values) {
        PyDict d = new PyDict();
        for (int i = 0; i < values.length; i++) {
            d.put(keys.get(i), values[i]);
        }
        return d;
    }

    @TruffleBoundary
    private static String concat(Object[] parts) {
        StringBuilder sb = new StringBuilder();
        for (Object p : parts) {
            sb.append((String) p);
        }
        return sb.toString();
    }

    /** LIST_APPEND, LIST_EXTEND, SET_ADD, SET_UPDATE, DICT_UPDATE (DICT_MERGE is {@link #dictMerge}). */
    @TruffleBoundary
    public static void addToContainer(int op, Object container, Object value) {
        switch (op) {
            case LIST_APPEND -> ((PyList) container).append(value);
            case LIST_EXTEND -> {
                PyList l = (PyList) container;
                for (Object v : starredItems(value)) {
                    l.append(v);
                }
            }
            case SET_ADD -> ((PySet) container).add(value);
            case SET_UPDATE -> {
                // set_update_internal: copies a set's table layout, so {1, 9, 17} iterates as in CPython
                org.byterun.runtime.PyAbstractSet.addAll(((PySet) container).storage(), value);
            }
            case DICT_UPDATE -> {
                PyDict src = value instanceof PyDict vd ? vd : mappingAsDict(value);
                PyDict d = (PyDict) container;
                for (Object k : src.storage().keysArray()) {
                    d.put(k, src.get(k));
                }
            }
            default -> throw PyErrors.systemError("not a container update: " + name(op));
        }
    }

    /** DICT_MERGE: f(**a, **b) merges b into the keyword dict, with errors naming the callable. */
    @TruffleBoundary
    public static void dictMerge(Object callable, Object container, Object value) {
        PyDict src;
        try {
            src = value instanceof PyDict vd ? vd : mappingAsDict(value);
        } catch (PyException e) {
            if (e.isInstanceOf(BuiltinTypes.TYPE_ERROR) && !(value instanceof PyDict)) {
                throw PyErrors.typeError(functionStr(callable) + " argument after ** must be a mapping, not " + PyErrors.typeName(value));
            }
            throw e;
        }
        PyDict d = (PyDict) container;
        for (Object k : src.storage().keysArray()) {
            if (d.get(k) != null) {
                throw PyErrors.typeError(functionStr(callable) + " got multiple values for keyword argument '" + k + "'");
            }
            d.put(k, src.get(k));
        }
    }

    /** How CPython names a callable in call errors: {@code module.qualname()}, without the module for builtins. */
    @TruffleBoundary
    public static String functionStr(Object callable) {
        Object qualname = Attributes.findAttribute(callable, "__qualname__");
        if (!(qualname instanceof String q)) {
            return PyErrors.typeName(callable) + " object";
        }
        Object module = Attributes.findAttribute(callable, "__module__");
        if (module instanceof String m && !m.equals("builtins")) {
            return m + "." + q + "()";
        }
        return q + "()";
    }

    /** Any object with keys() and __getitem__, copied into a dict ({k: m[k] for k in m.keys()}). */
    public static PyDict mappingAsDict(Object value) {
        Object keys = org.byterun.runtime.SpecialMethods.hasHeapType(value) ? org.byterun.runtime.Attributes.findAttribute(value, "keys") : null;
        if (keys == null) {
            throw PyErrors.typeError("'" + PyErrors.typeName(value) + "' object is not a mapping");
        }
        PyDict d = new PyDict();
        org.byterun.runtime.PyIterators.PyIterator it = org.byterun.runtime.Iteration.getIterator(Calls.call(keys));
        for (Object k = it.next(); k != null; k = it.next()) {
            d.put(k, org.byterun.runtime.Subscripts.getItem(value, k));
        }
        return d;
    }

    /** The items of {@code *value} in a list or tuple display, with CPython's LIST_EXTEND error for non-iterables. */
    private static Object[] starredItems(Object value) {
        try {
            return Sequences.toArray(value);
        } catch (PyException e) {
            PyType type = PyObjects.typeOf(value);
            if (e.isInstanceOf(BuiltinTypes.TYPE_ERROR)
                            && Attributes.findAttribute(type, "__iter__") == null
                            && Attributes.findAttribute(type, "__getitem__") == null) {
                throw PyErrors.typeError("Value after * must be an iterable, not " + type.getName());
            }
            throw e;
        }
    }

    @TruffleBoundary
    public static void mapAdd(Object dict, Object key, Object value) {
        ((PyDict) dict).put(key, value);
    }

    /** Pushes {@code items} so that the first ends on top. */
    @ExplodeLoop
    static void pushReversed(Frame frame, int at, Object[] items, int n) {
        for (int i = 0; i < n; i++) {
            frame.setObject(at + i, items[n - 1 - i]);
        }
    }

    /** The items of {@code seq}, which must be exactly {@code n} (UNPACK_SEQUENCE's errors otherwise). */
    @TruffleBoundary
    static Object[] unpackExactly(Object seq, int n) {
        Object[] items = iterableItems(seq);
        if (items.length != n) {
            if (items.length > n) {
                throw PyErrors.valueError("too many values to unpack (expected " + n + ")");
            }
            throw PyErrors.valueError("not enough values to unpack (expected " + n + ", got " + items.length + ")");
        }
        return items;
    }

    private static Object[] iterableItems(Object seq) {
        try {
            return Sequences.iterate(seq);
        } catch (PyException e) {
            if (!(seq instanceof PyAbstractSet) && e.getPyException().getType() == org.byterun.runtime.BuiltinTypes.TYPE_ERROR) {
                throw PyErrors.typeError("cannot unpack non-iterable " + PyErrors.typeName(seq) + " object");
            }
            throw e;
        }
    }

    /** UNPACK_EX: {@code a, *rest, b = seq}: low byte = names before the star, high byte = after. */
    public static int unpackEx(Frame frame, int sp, int arg) {
        int before = arg & 0xFF;
        int after = arg >> 8;
        int n = before + 1 + after;
        Object[] items = unpackStarred(frame.getObject(sp - 1), before, after);
        pushReversed(frame, sp - 1, items, n);
        return sp - 1 + n;
    }

    @TruffleBoundary
    private static Object[] unpackStarred(Object seq, int before, int after) {
        Object[] all = iterableItems(seq);
        if (all.length < before + after) {
            throw PyErrors.valueError("not enough values to unpack (expected at least " + (before + after) + ", got " + all.length + ")");
        }
        Object[] r = new Object[before + 1 + after];
        System.arraycopy(all, 0, r, 0, before);
        Object[] middle = java.util.Arrays.copyOfRange(all, before, all.length - after);
        r[before] = new PyList(middle);
        System.arraycopy(all, all.length - after, r, before + 1, after);
        return r;
    }
}

package org.byterun.runtime;

import org.byterun.nodes.Calls;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** obj[index] get/set/delete and slicing on builtin containers. */
public final class Subscripts {
    private Subscripts() {
    }

    @TruffleBoundary
    public static Object getItem(Object container, Object index) {
        if (container instanceof PyDict d) {
            Object v = d.get(index);
            if (v == null) {
                throw new PyException(new PyBaseException(BuiltinTypes.KEY_ERROR, PyTuple.of(index)));
            }
            return v;
        }
        if (index instanceof PySlice s) {
            return slice(container, s);
        }
        if (container instanceof PyList l) {
            return l.get(normalize(index, l.size(), "list"));
        } else if (container instanceof PyTuple t) {
            return t.get(normalize(index, t.size(), "tuple"));
        } else if (container instanceof String s) {
            int cps = s.codePointCount(0, s.length());
            int i = normalize(index, cps, "string");
            int off = s.offsetByCodePoints(0, i);
            return new String(Character.toChars(s.codePointAt(off)));
        } else if (container instanceof PyBytes b) {
            Object n = viaIndex(index);
            if (!Arithmetic.isInt(n)) {
                throw PyErrors.typeError("byte indices must be integers or slices, not " + PyErrors.typeName(index));
            } else if (n instanceof BigInteger) {
                throw PyErrors.create(BuiltinTypes.INDEX_ERROR, "cannot fit '" + PyErrors.typeName(index) + "' into an index-sized integer");
            }
            long i = Ints.toLongIndex(n);
            if (i < 0) {
                i += b.size();
            }
            if (i < 0 || i >= b.size()) {
                throw PyErrors.create(BuiltinTypes.INDEX_ERROR, "index out of range");
            }
            return (long) (b.bytes()[(int) i] & 0xFF);
        } else if (container instanceof PyRange r) {
            Object n = viaIndex(index);
            if (!Arithmetic.isInt(n)) {
                throw PyErrors.typeError("range indices must be integers or slices, not " + PyErrors.typeName(index));
            }
            long len = r.length();
            long i = Ints.toLongIndex(n);
            if (i < 0) {
                i += len;
            }
            if (i < 0 || i >= len) {
                throw PyErrors.create(BuiltinTypes.INDEX_ERROR, "range object index out of range");
            }
            return r.start + i * r.step;
        } else if (container instanceof PyByteArray b) {
            return (long) b.get(normalize(index, b.size(), "bytearray"));
        } else if (container instanceof PyType t && t.getMetatype().lookup("__getitem__") == null) {
            // a class subscripted: its metaclass's __getitem__ if there is one, else __class_getitem__
            if (t == BuiltinTypes.TYPE) {
                return new PyGenericAlias(t, index);
            }
            Object classGetItem = Attributes.findAttribute(t, "__class_getitem__");
            if (classGetItem == null) {
                throw PyErrors.typeError("type '" + t.getName() + "' is not subscriptable");
            }
            return Calls.call(classGetItem, index);
        }
        Object special = SpecialMethods.call(container, "__getitem__", index);
        if (special != null) {
            return special;
        }
        throw PyErrors.typeError("'" + PyErrors.typeName(container) + "' object is not subscriptable");
    }

    @TruffleBoundary
    public static void setItem(Object container, Object index, Object value) {
        if (container instanceof PyDict d) {
            d.put(index, value);
        } else if (container instanceof PyList l) {
            if (index instanceof PySlice s) {
                setListSlice(l, s, value);
            } else {
                l.set(normalize(index, l.size(), "list assignment"), value);
            }
        } else if (container instanceof PyByteArray b) {
            ByteArrays.setItem(b, index, value);
        } else if (SpecialMethods.call(container, "__setitem__", index, value) == null) {
            throw PyErrors.typeError("'" + PyErrors.typeName(container) + "' object does not support item assignment");
        }
    }

    @TruffleBoundary
    public static void delItem(Object container, Object index) {
        if (container instanceof PyDict d) {
            if (d.remove(index) == null) {
                throw new PyException(new PyBaseException(BuiltinTypes.KEY_ERROR, PyTuple.of(index)));
            }
        } else if (container instanceof PyList l) {
            if (index instanceof PySlice s) {
                deleteListSlice(l, s);
            } else {
                l.remove(normalize(index, l.size(), "list assignment"));
            }
        } else if (container instanceof PyByteArray b) {
            ByteArrays.delItem(b, index);
        } else if (container instanceof PyMappingProxy) {
            throw PyErrors.typeError("'mappingproxy' object does not support item deletion");
        } else if (SpecialMethods.call(container, "__delitem__", index) == null) {
            throw PyErrors.typeError("'" + PyErrors.typeName(container) + "' object doesn't support item deletion");
        }
    }

    public static Object getSlice(Object container, Object start, Object stop) {
        return getItem(container, new PySlice(start, stop, PyNone.INSTANCE));
    }

    public static void setSlice(Object container, Object start, Object stop, Object value) {
        setItem(container, new PySlice(start, stop, PyNone.INSTANCE), value);
    }

    /** An index object with __index__ (a Python class's instance) as its int; any other value unchanged. */
    private static Object viaIndex(Object index) {
        if (SpecialMethods.hasHeapType(index) && PyObjects.typeOf(index).lookup("__index__") != null) {
            return PyNumbers.index(index);
        }
        return index;
    }

    /** A Python index into a sequence of {@code size} items, checked; negative counts from the end. */
    public static int normalize(Object index, int size, String what) {
        long i;
        if (index instanceof Long l) {
            i = l;
        } else if (index instanceof Boolean b) {
            i = b ? 1 : 0;
        } else if (index instanceof BigInteger) {
            throw PyErrors.create(BuiltinTypes.INDEX_ERROR, "cannot fit 'int' into an index-sized integer");
        } else if (SpecialMethods.hasHeapType(index) && PyObjects.typeOf(index).lookup("__index__") != null) {
            Object n = PyNumbers.index(index);
            if (n instanceof BigInteger) {
                // PyNumber_AsSsize_t names the object's own type
                throw PyErrors.create(BuiltinTypes.INDEX_ERROR, "cannot fit '" + PyErrors.typeName(index) + "' into an index-sized integer");
            }
            return normalize(n, size, what);
        } else {
            if (what.equals("string")) {
                // str's message differs from the other sequences' (no slices, quoted type name)
                throw PyErrors.typeError("string indices must be integers, not '" + PyErrors.typeName(index) + "'");
            }
            String kind = what.equals("list assignment") ? "list" : what;
            throw PyErrors.typeError(kind + " indices must be integers or slices, not " + PyErrors.typeName(index));
        }
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw PyErrors.create(BuiltinTypes.INDEX_ERROR, what + " index out of range");
        }
        return (int) i;
    }

    private static Object slice(Object container, PySlice s) {
        if (container instanceof String str) {
            int[] cps = str.codePoints().toArray();
            PySlice.Indices ix = s.indices(cps.length);
            StringBuilder sb = new StringBuilder(ix.length());
            for (int k = 0, i = ix.start(); k < ix.length(); k++, i += ix.step()) {
                sb.appendCodePoint(cps[i]);
            }
            return sb.toString();
        }
        Object[] items;
        int size;
        if (container instanceof PyList l) {
            items = l.getArray();
            size = l.size();
        } else if (container instanceof PyTuple t) {
            items = t.items();
            size = t.size();
        } else if (container instanceof PyBytes b) {
            PySlice.Indices ix = s.indices(b.size());
            byte[] r = new byte[ix.length()];
            for (int k = 0, i = ix.start(); k < ix.length(); k++, i += ix.step()) {
                r[k] = b.bytes()[i];
            }
            return new PyBytes(r);
        } else if (container instanceof PyByteArray b) {
            return new PyByteArray(((PyBytes) slice(new PyBytes(b.toBytes()), s)).bytes());
        } else if (container instanceof PyRange r) {
            if (r.length() > Integer.MAX_VALUE) {
                throw PyErrors.notImplemented("slicing a range of more than 2**31 items");
            }
            PySlice.Indices ix = s.indices((int) Math.min(r.length(), Integer.MAX_VALUE));
            return new PyRange(r.start + ix.start() * r.step, r.start + ix.stop() * r.step, r.step * ix.step());
        } else {
            Object special = SpecialMethods.call(container, "__getitem__", s);
            if (special != null) {
                return special;
            }
            throw PyErrors.typeError("'" + PyErrors.typeName(container) + "' object is not subscriptable");
        }
        PySlice.Indices ix = s.indices(size);
        Object[] r = new Object[ix.length()];
        for (int k = 0, i = ix.start(); k < ix.length(); k++, i += ix.step()) {
            r[k] = items[i];
        }
        return container instanceof PyList ? new PyList(r) : new PyTuple(r);
    }

    private static void deleteListSlice(PyList l, PySlice s) {
        PySlice.Indices ix = s.indices(l.size());
        boolean[] drop = new boolean[l.size()];
        for (int k = 0, i = ix.start(); k < ix.length(); k++, i += ix.step()) {
            drop[i] = true;
        }
        PyList kept = new PyList();
        for (int i = 0; i < drop.length; i++) {
            if (!drop[i]) {
                kept.append(l.get(i));
            }
        }
        l.replaceRange(0, l.size(), kept.toArray());
    }

    private static void setListSlice(PyList l, PySlice s, Object value) {
        PySlice.Indices ix = s.indices(l.size());
        Object[] values;
        try {
            values = value == l ? l.toArray() : Sequences.toArray(value);
        } catch (PyException e) {
            throw PyErrors.typeError("must assign iterable to extended slice");
        }
        if (ix.step() == 1) {
            int start = ix.start();
            int stop = Math.max(start, ix.stop());
            l.replaceRange(start, stop, values);
            return;
        }
        if (values.length != ix.length()) {
            throw PyErrors.valueError("attempt to assign sequence of size " + values.length + " to extended slice of size " + ix.length());
        }
        for (int k = 0, i = ix.start(); k < ix.length(); k++, i += ix.step()) {
            l.set(i, values[k]);
        }
    }
}

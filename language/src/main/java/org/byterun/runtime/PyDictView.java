package org.byterun.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** dict.keys(), dict.values() and dict.items(): live views of a dict. */
public final class PyDictView implements PyObjectLike {
    public static final PyType KEYS_TYPE = new PyType("dict_keys", BuiltinTypes.OBJECT);
    public static final PyType VALUES_TYPE = new PyType("dict_values", BuiltinTypes.OBJECT);
    public static final PyType ITEMS_TYPE = new PyType("dict_items", BuiltinTypes.OBJECT);

    private final PyDict dict;
    private final DictIterator.Kind kind;

    public PyDictView(PyDict dict, DictIterator.Kind kind) {
        this.dict = dict;
        this.kind = kind;
    }

    public PyDict dict() {
        return dict;
    }

    public DictIterator.Kind kind() {
        return kind;
    }

    public int size() {
        return dict.size();
    }

    public DictIterator iterator(boolean reverse) {
        return new DictIterator(dict.storage(), kind, reverse);
    }

    /** {@code item in view}: keys by lookup, items by looking the key up and comparing the value. */
    @TruffleBoundary
    public boolean contains(Object item) {
        switch (kind) {
            case KEYS:
                return dict.storage().containsKey(item);
            case ITEMS:
                if (!(item instanceof PyTuple t) || t.size() != 2) {
                    return false;
                }
                Object v = dict.get(t.get(0));
                return v != null && (v == t.get(1) || PyHash.eq(v, t.get(1)));
            default:
                DictIterator it = iterator(false);
                for (Object x = it.next(); x != null; x = it.next()) {
                    if (x == item || PyHash.eq(x, item)) {
                        return true;
                    }
                }
                return false;
        }
    }

    @Override
    public PyType getPyType() {
        return switch (kind) {
            case KEYS -> KEYS_TYPE;
            case VALUES -> VALUES_TYPE;
            case ITEMS -> ITEMS_TYPE;
        };
    }

    @Override
    @TruffleBoundary
    public String repr() {
        return getPyType().getName() + "(" + Repr.repr(new PyList(Sequences.toArray(this))) + ")";
    }
}

package org.byterun.runtime;

/** A simple attribute bag (types.SimpleNamespace), e.g. sys.implementation. */
public final class PyNamespace implements PyObjectLike {
    private final PyDict dict = new PyDict();

    public PyDict getDict() {
        return dict;
    }

    @Override
    public PyType getPyType() {
        return BuiltinTypes.SIMPLE_NAMESPACE;
    }

    @Override
    public String repr() {
        StringBuilder sb = new StringBuilder("namespace(");
        Object[] keys = dict.storage().keysArray();
        for (int i = 0; i < keys.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(keys[i]).append('=').append(Repr.repr(dict.get(keys[i])));
        }
        return sb.append(')').toString();
    }
}

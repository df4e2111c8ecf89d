package org.byterun.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** types.MappingProxyType: a read-only view of a dict (what a dict view's {@code mapping} returns). */
public final class PyMappingProxy implements PyObjectLike {
    private final PyDict mapping;

    public PyMappingProxy(PyDict mapping) {
        this.mapping = mapping;
    }

    public PyDict mapping() {
        return mapping;
    }

    @Override
    public PyType getPyType() {
        return BuiltinTypes.MAPPING_PROXY;
    }

    @Override
    @TruffleBoundary
    public String repr() {
        return "mappingproxy(" + Repr.repr(mapping) + ")";
    }
}

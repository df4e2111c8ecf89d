package org.byterun.runtime;

import org.byterun.nodes.Calls;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** typing.TypeAliasType, made by the {@code type Alias[T] = value} statement; the value is computed on first access. */
public final class PyTypeAlias implements PyObjectLike {
    private final String name;
    private final PyTuple typeParams;
    private final Object computeValue;
    private final Object module;
    private Object value;

    public PyTypeAlias(String name, PyTuple typeParams, Object computeValue, Object module) {
        this.name = name;
        this.typeParams = typeParams;
        this.computeValue = computeValue;
        this.module = module;
    }

    public String getName() {
        return name;
    }

    public PyTuple getTypeParams() {
        return typeParams;
    }

    public Object getModule() {
        return module;
    }

    /** __value__, evaluated once. */
    @TruffleBoundary
    public Object getValue() {
        if (value == null) {
            value = Calls.call(computeValue);
        }
        return value;
    }

    @Override
    public PyType getPyType() {
        return BuiltinTypes.TYPE_ALIAS_TYPE;
    }

    @Override
    public String repr() {
        return name;
    }
}

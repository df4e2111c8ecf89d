package org.byterun.runtime;

import org.byterun.nodes.Calls;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A PEP 695 type parameter: the {@code T}, {@code *Ts} or {@code **P} of {@code def f[T]} or
 * {@code type Alias[T] = ...} (typing.TypeVar, TypeVarTuple, ParamSpec). A bound or constraints
 * are evaluated lazily, on first access, as CPython does.
 */
public final class PyTypeParam implements PyObjectLike {
    public enum Kind {
        TYPE_VAR,
        TYPE_VAR_TUPLE,
        PARAM_SPEC
    }

    private final Kind kind;
    private final String name;
    /** The function computing the bound (T: int) or the constraints (T: (int, str)), or null. */
    private Object evaluateBound;
    private Object evaluateConstraints;
    private Object bound;
    private Object constraints;

    public PyTypeParam(Kind kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    public static PyTypeParam withBound(String name, Object evaluate) {
        PyTypeParam p = new PyTypeParam(Kind.TYPE_VAR, name);
        p.evaluateBound = evaluate;
        return p;
    }

    public static PyTypeParam withConstraints(String name, Object evaluate) {
        PyTypeParam p = new PyTypeParam(Kind.TYPE_VAR, name);
        p.evaluateConstraints = evaluate;
        return p;
    }

    public String getName() {
        return name;
    }

    /** __bound__: None unless declared. */
    @TruffleBoundary
    public Object getBound() {
        if (bound == null) {
            bound = evaluateBound == null ? PyNone.INSTANCE : Calls.call(evaluateBound);
        }
        return bound;
    }

    /** __constraints__: () unless declared. */
    @TruffleBoundary
    public Object getConstraints() {
        if (constraints == null) {
            constraints = evaluateConstraints == null ? PyTuple.of() : Calls.call(evaluateConstraints);
        }
        return constraints;
    }

    @Override
    public PyType getPyType() {
        return switch (kind) {
            case TYPE_VAR -> BuiltinTypes.TYPE_VAR;
            case TYPE_VAR_TUPLE -> BuiltinTypes.TYPE_VAR_TUPLE;
            case PARAM_SPEC -> BuiltinTypes.PARAM_SPEC;
        };
    }

    /** PEP 695 parameters infer their variance, so they print as their bare name. */
    @Override
    public String repr() {
        return name;
    }
}

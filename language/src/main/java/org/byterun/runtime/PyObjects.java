package org.byterun.runtime;

import java.math.BigInteger;

import org.byterun.loader.CodeObject;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Generic operations on any Python value: its type, identity, truth. */
public final class PyObjects {
    private PyObjects() {
    }

    @TruffleBoundary
    public static PyType typeOf(Object value) {
        if (value instanceof Long || value instanceof BigInteger) {
            return BuiltinTypes.INT;
        } else if (value instanceof Boolean) {
            return BuiltinTypes.BOOL;
        } else if (value instanceof Double) {
            return BuiltinTypes.FLOAT;
        } else if (value instanceof String) {
            return BuiltinTypes.STR;
        } else if (value instanceof PyObjectLike o) {
            return o.getPyType();
        } else if (value instanceof PyNone) {
            return BuiltinTypes.NONE_TYPE;
        } else if (value instanceof PyTuple) {
            return BuiltinTypes.TUPLE;
        } else if (value instanceof PyList) {
            return BuiltinTypes.LIST;
        } else if (value instanceof PyDict) {
            return BuiltinTypes.DICT;
        } else if (value instanceof PySet) {
            return BuiltinTypes.SET;
        } else if (value instanceof PyFrozenSet) {
            return BuiltinTypes.FROZENSET;
        } else if (value instanceof PyBytes) {
            return BuiltinTypes.BYTES;
        } else if (value instanceof PyComplex) {
            return BuiltinTypes.COMPLEX;
        } else if (value instanceof PyBaseException e) {
            return e.getType();
        } else if (value instanceof PyType) {
            return BuiltinTypes.TYPE;
        } else if (value instanceof PyEllipsis) {
            return BuiltinTypes.ELLIPSIS_TYPE;
        } else if (value instanceof PyNotImplemented) {
            return BuiltinTypes.NOT_IMPLEMENTED_TYPE;
        } else if (value instanceof CodeObject) {
            return BuiltinTypes.CODE;
        }
        return BuiltinTypes.FOREIGN;
    }
}

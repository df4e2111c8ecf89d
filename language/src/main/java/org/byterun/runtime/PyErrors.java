package org.byterun.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Factories for raising Python exceptions from Java code. Each returns the exception to throw. */
public final class PyErrors {
    private PyErrors() {
    }

    /** StopIteration carrying {@code value} (no arguments when it is None), with its value attribute. */
    @TruffleBoundary
    public static PyException stopIteration(Object value) {
        PyBaseException e = new PyBaseException(BuiltinTypes.STOP_ITERATION, value == PyNone.INSTANCE ? PyTuple.EMPTY : PyTuple.of(value));
        e.setAttribute("value", value);
        return new PyException(e);
    }

    @TruffleBoundary
    public static PyException create(PyType type, String message) {
        return new PyException(new PyBaseException(type, PyTuple.of(message)));
    }

    @TruffleBoundary
    public static PyException format(PyType type, String format, Object... args) {
        return create(type, String.format(format, args));
    }

    public static PyException typeError(String message) {
        return create(BuiltinTypes.TYPE_ERROR, message);
    }

    public static PyException valueError(String message) {
        return create(BuiltinTypes.VALUE_ERROR, message);
    }

    public static PyException systemError(String message) {
        return create(BuiltinTypes.SYSTEM_ERROR, message);
    }

    public static PyException notImplemented(String what) {
        return create(BuiltinTypes.NOT_IMPLEMENTED_ERROR, "ByteRun does not support " + what + " yet");
    }

    /** The name CPython uses for an object's type in messages ("'int' object is not callable"). */
    public static String typeName(Object value) {
        return PyObjects.typeOf(value).getName();
    }
}

package org.byterun.nodes;

import org.byterun.ByteRunContext;
import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.PyBaseException;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyException;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.PyTuple;
import org.byterun.runtime.PyType;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.Frame;

/** RAISE_VARARGS, RERAISE, CHECK_EXC_MATCH and exception chaining (__context__). */
public final class ExceptionOps {
    private ExceptionOps() {
    }

    /** RAISE_VARARGS argc: 0 re-raises, 1 raises TOS, 2 raises TOS1 from TOS. */
    public static PyException raise(ByteRunContext context, Frame frame, int sp, int argc) {
        Object exc = argc >= 1 ? frame.getObject(sp - argc) : null;
        Object cause = argc == 2 ? frame.getObject(sp - 1) : null;
        return raise(context, argc, exc, cause);
    }

    @TruffleBoundary
    private static PyException raise(ByteRunContext context, int argc, Object exc, Object cause) {
        if (argc == 0) {
            PyBaseException current = context.getCurrentException();
            if (current == null) {
                return PyErrors.create(BuiltinTypes.RUNTIME_ERROR, "No active exception to reraise");
            }
            return new PyException(current);
        }
        PyBaseException e = instantiate(exc, "exceptions must derive from BaseException");
        if (argc == 2) {
            if (cause == PyNone.INSTANCE) {
                e.setCause(null);
            } else {
                e.setCause(instantiate(cause, "exception causes must derive from BaseException"));
            }
        }
        e.setContextAttached(false);
        return new PyException(e);
    }

    /** An exception class is called with no arguments; an instance is used as is. */
    private static PyBaseException instantiate(Object value, String message) {
        if (value instanceof PyBaseException e) {
            return e;
        }
        if (value instanceof PyType t && t.isSubtypeOf(BuiltinTypes.BASE_EXCEPTION)) {
            Object made = Calls.callType(t, new Object[0], new String[0], new Object[0]);
            if (made instanceof PyBaseException e) {
                return e;
            }
            throw PyErrors.typeError("calling " + org.byterun.runtime.Repr.repr(t) + " should have returned an instance of BaseException, not " + PyErrors.typeName(made));
        }
        throw PyErrors.typeError(message);
    }

    @TruffleBoundary
    public static PyException reraise(Object exc) {
        return new PyException((PyBaseException) exc);
    }

    /** CHECK_EXC_MATCH: isinstance(exc, type) where type may be a tuple of exception classes. */
    @TruffleBoundary
    public static boolean matches(Object exc, Object type) {
        PyType excType = ((PyBaseException) exc).getType();
        if (type instanceof PyTuple t) {
            for (Object item : t.items()) {
                if (matches(exc, item)) {
                    return true;
                }
            }
            return false;
        }
        if (!(type instanceof PyType t) || !t.isSubtypeOf(BuiltinTypes.BASE_EXCEPTION)) {
            throw PyErrors.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
        return excType.isSubtypeOf(t);
    }

    /** Sets __context__ to the exception being handled, as CPython does when an exception is raised. */
    @TruffleBoundary
    public static void attachContext(ByteRunContext context, PyBaseException e) {
        e.setContextAttached(true);
        PyBaseException current = context.getCurrentException();
        if (current == null || current == e) {
            return;
        }
        // break a cycle: if e is already in current's context chain, cut it out
        PyBaseException o = current;
        while (o.getContext() instanceof PyBaseException next) {
            if (next == e) {
                o.setContext(null);
                break;
            }
            o = next;
        }
        e.setContext(current);
    }
}

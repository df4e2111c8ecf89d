package org.byterun.nodes;

import org.byterun.runtime.Attributes;
import org.byterun.runtime.PyBaseException;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.Frame;

/** The {@code with} statement: BEFORE_WITH and WITH_EXCEPT_START. */
public final class WithOps {
    private WithOps() {
    }

    /** BEFORE_WITH: {@code [mgr] -> [bound __exit__, result of __enter__()]}. */
    public static int beforeWith(Frame frame, int sp) {
        Object manager = frame.getObject(sp - 1);
        Object[] exitAndEntered = enter(manager);
        frame.setObject(sp - 1, exitAndEntered[0]);
        frame.setObject(sp, exitAndEntered[1]);
        return sp + 1;
    }

    @TruffleBoundary
    private static Object[] enter(Object manager) {
        Object enter = PyObjects.typeOf(manager).lookup("__enter__");
        Object exit = PyObjects.typeOf(manager).lookup("__exit__");
        if (enter == null || exit == null) {
            String what = enter == null ? "the context manager protocol" : "the context manager protocol (missed __exit__ method)";
            throw PyErrors.typeError("'" + PyErrors.typeName(manager) + "' object does not support " + what);
        }
        Object boundExit = Attributes.getAttribute(manager, "__exit__");
        Object entered = Calls.call(enter, manager);
        return new Object[]{boundExit, entered};
    }

    /**
     * WITH_EXCEPT_START: the stack is {@code [exit, lasti, prev_exc, exc]}; calls
     * {@code exit(type(exc), exc, traceback)} and pushes its result.
     */
    public static Object exitWithException(Frame frame, int sp) {
        Object exit = frame.getObject(sp - 4);
        Object exc = frame.getObject(sp - 1);
        return callExit(exit, exc);
    }

    @TruffleBoundary
    private static Object callExit(Object exit, Object exc) {
        PyBaseException e = (PyBaseException) exc;
        return Calls.call(exit, e.getType(), e, e.getTracebackObject());
    }
}

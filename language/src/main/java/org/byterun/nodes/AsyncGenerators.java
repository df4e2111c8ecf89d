package org.byterun.nodes;

import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.PyAsyncGenAwaitable;
import org.byterun.runtime.PyAsyncGenWrappedValue;
import org.byterun.runtime.PyBaseException;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyException;
import org.byterun.runtime.PyGenerator;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.PyObjects;
import org.byterun.runtime.PyTuple;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Async generators and the async statements: the asend/athrow awaitables that step an async
 * generator (a wrapped {@code yield} value finishes the await with StopIteration(value), a value an
 * inner {@code await} yields passes up to the event loop, the end is StopAsyncIteration),
 * GET_AITER, GET_ANEXT, END_ASYNC_FOR and BEFORE_ASYNC_WITH.
 */
public final class AsyncGenerators {
    private AsyncGenerators() {
    }

    /** awaitable.send(v) ({@code __next__} is send(None)). */
    @TruffleBoundary
    public static Object send(PyAsyncGenAwaitable a, Object v) {
        checkReusable(a);
        PyGenerator g = a.getGenerator();
        Object r;
        try {
            if (a.getState() == PyAsyncGenAwaitable.State.INIT) {
                a.setState(PyAsyncGenAwaitable.State.ITER);
                if (a.isThrow()) {
                    if (a.isClose() && (g.getState() == PyGenerator.State.CREATED || g.getState() == PyGenerator.State.CLOSED)) {
                        g.setState(PyGenerator.State.CLOSED);
                        a.setState(PyAsyncGenAwaitable.State.CLOSED);
                        throw PyErrors.stopIteration(PyNone.INSTANCE);
                    }
                    PyException exc = a.isClose() ? new PyException(new PyBaseException(BuiltinTypes.GENERATOR_EXIT, PyTuple.of())) : a.getToThrow();
                    r = Generators.throwException(g, exc);
                } else {
                    r = Generators.resume(g, v == PyNone.INSTANCE ? a.getSendValue() : v, null);
                }
            } else {
                r = Generators.resume(g, v, null);
            }
        } catch (PyException e) {
            throw finished(a, e);
        }
        return unwrap(a, r);
    }

    /** awaitable.throw(...): raised in the async generator, then the same rules as send. */
    @TruffleBoundary
    public static Object throwInto(PyAsyncGenAwaitable a, PyException exc) {
        checkReusable(a);
        a.setState(PyAsyncGenAwaitable.State.ITER);
        Object r;
        try {
            r = Generators.throwException(a.getGenerator(), exc);
        } catch (PyException e) {
            throw finished(a, e);
        }
        return unwrap(a, r);
    }

    private static void checkReusable(PyAsyncGenAwaitable a) {
        if (a.getState() == PyAsyncGenAwaitable.State.CLOSED) {
            throw PyErrors.create(BuiltinTypes.RUNTIME_ERROR,
                            a.isThrow() ? "cannot reuse already awaited aclose()/athrow()" : "cannot reuse already awaited __anext__()/asend()");
        }
    }

    /** An exception left the generator: for aclose() GeneratorExit and StopAsyncIteration mean it is closed. */
    private static PyException finished(PyAsyncGenAwaitable a, PyException e) {
        a.setState(PyAsyncGenAwaitable.State.CLOSED);
        if (a.isClose() && (e.isInstanceOf(BuiltinTypes.GENERATOR_EXIT) || e.isInstanceOf(BuiltinTypes.STOP_ASYNC_ITERATION))) {
            return PyErrors.stopIteration(PyNone.INSTANCE);
        }
        return e;
    }

    private static Object unwrap(PyAsyncGenAwaitable a, Object r) {
        if (r == null) {
            a.setState(PyAsyncGenAwaitable.State.CLOSED);
            if (a.isClose()) {
                throw PyErrors.stopIteration(PyNone.INSTANCE);
            }
            throw new PyException(new PyBaseException(BuiltinTypes.STOP_ASYNC_ITERATION, PyTuple.of()));
        }
        if (r instanceof PyAsyncGenWrappedValue w) {
            a.setState(PyAsyncGenAwaitable.State.CLOSED);
            if (a.isClose()) {
                throw PyErrors.create(BuiltinTypes.RUNTIME_ERROR, "async generator ignored GeneratorExit");
            }
            throw PyErrors.stopIteration(w.value());
        }
        return r;
    }

    /** GET_AITER and aiter(): x.__aiter__(), which must have __anext__. */
    @TruffleBoundary
    public static Object aiter(Object x, boolean builtin) {
        Object method = PyObjects.typeOf(x).lookup("__aiter__");
        if (method == null) {
            throw PyErrors.typeError(builtin ? "'" + PyErrors.typeName(x) + "' object is not an async iterable"
                            : "'async for' requires an object with __aiter__ method, got " + PyErrors.typeName(x));
        }
        Object it = Calls.call(method, x);
        if (PyObjects.typeOf(it).lookup("__anext__") == null) {
            throw PyErrors.typeError(builtin ? "aiter() returned not an async iterator of type '" + PyErrors.typeName(it) + "'"
                            : "'async for' received an object from __aiter__ that does not implement __anext__: " + PyErrors.typeName(it));
        }
        return it;
    }

    /** GET_ANEXT: the awaitable of aiter.__anext__(). */
    @TruffleBoundary
    public static Object anext(Object aiter) {
        if (aiter instanceof PyGenerator g && g.getKind() == PyGenerator.Kind.ASYNC_GENERATOR) {
            return PyAsyncGenAwaitable.asend(g, PyNone.INSTANCE);
        }
        Object method = PyObjects.typeOf(aiter).lookup("__anext__");
        if (method == null) {
            throw PyErrors.typeError("'async for' requires an iterator with __anext__ method, got " + PyErrors.typeName(aiter));
        }
        Object next = Calls.call(method, aiter);
        try {
            return Generators.awaitable(next, 0);
        } catch (PyException e) {
            if (e.isInstanceOf(BuiltinTypes.TYPE_ERROR)) {
                throw PyErrors.typeError("'async for' received an invalid object from __anext__: " + PyErrors.typeName(next));
            }
            throw e;
        }
    }

    /** END_ASYNC_FOR: StopAsyncIteration ends the loop; anything else goes on. */
    @TruffleBoundary
    public static void endAsyncFor(Object exc) {
        PyBaseException e = (PyBaseException) exc;
        if (!e.getType().isSubtypeOf(BuiltinTypes.STOP_ASYNC_ITERATION)) {
            throw new PyException(e);
        }
    }

    /** BEFORE_ASYNC_WITH: [bound __aexit__, the awaitable of __aenter__()]. */
    @TruffleBoundary
    public static Object[] beforeAsyncWith(Object manager) {
        Object enter = PyObjects.typeOf(manager).lookup("__aenter__");
        if (enter == null) {
            throw PyErrors.typeError("'" + PyErrors.typeName(manager) + "' object does not support the asynchronous context manager protocol");
        }
        Object exit = PyObjects.typeOf(manager).lookup("__aexit__");
        if (exit == null) {
            throw PyErrors.typeError("'" + PyErrors.typeName(manager) + "' object does not support the asynchronous context manager protocol (missed __aexit__ method)");
        }
        Object boundExit = org.byterun.runtime.Descriptors.get(exit, manager, PyObjects.typeOf(manager));
        return new Object[]{boundExit, Calls.call(enter, manager)};
    }

}

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
        if (a.getState() == PyAsyncGenAwaitable.State.INIT) {
            checkNotRunning(a);
            if (a.isThrow()) {
                if (g.getState() == PyGenerator.State.CLOSED || a.isClose() && g.getState() == PyGenerator.State.CREATED) {
                    // nothing left to throw into: the await is over at once
                    g.setState(PyGenerator.State.CLOSED);
                    a.setState(PyAsyncGenAwaitable.State.CLOSED);
                    throw PyErrors.stopIteration(PyNone.INSTANCE);
                }
                if (g.isAsyncClosed()) {
                    a.setState(PyAsyncGenAwaitable.State.CLOSED);
                    throw new PyException(new PyBaseException(BuiltinTypes.STOP_ASYNC_ITERATION, PyTuple.of()));
                }
            }
            a.setState(PyAsyncGenAwaitable.State.ITER);
            g.setAsyncRunning(true);
            try {
                if (a.isClose()) {
                    g.setAsyncClosed(true);
                    r = Generators.throwException(g, new PyException(new PyBaseException(BuiltinTypes.GENERATOR_EXIT, PyTuple.of())));
                } else if (a.isThrow()) {
                    r = Generators.throwException(g, athrowException(a.getThrowArgs()));
                } else {
                    r = Generators.resume(g, v == PyNone.INSTANCE ? a.getSendValue() : v, null);
                }
            } catch (PyException e) {
                throw finished(a, e);
            }
        } else {
            try {
                r = Generators.resume(g, v, null);
            } catch (PyException e) {
                throw finished(a, e);
            }
        }
        return unwrap(a, r);
    }

    /** athrow's arguments, checked when the awaitable first runs, as CPython does. */
    private static PyException athrowException(Object[] args) {
        if (args.length < 1) {
            throw PyErrors.typeError("athrow expected at least 1 argument, got " + args.length);
        }
        if (args.length > 3) {
            throw PyErrors.typeError("athrow expected at most 3 arguments, got " + args.length);
        }
        return new PyException(Generators.makeException(args[0], args.length > 1 ? args[1] : null, args.length > 2 ? args[2] : null));
    }

    /** awaitable.throw(...): raised in the async generator, then the same rules as send. */
    @TruffleBoundary
    public static Object throwInto(PyAsyncGenAwaitable a, PyException exc) {
        checkReusable(a);
        if (a.getState() == PyAsyncGenAwaitable.State.INIT) {
            checkNotRunning(a);
        }
        a.setState(PyAsyncGenAwaitable.State.ITER);
        a.getGenerator().setAsyncRunning(true);
        Object r;
        try {
            r = Generators.throwException(a.getGenerator(), exc);
        } catch (PyException e) {
            throw finished(a, e);
        }
        return unwrap(a, r);
    }

    /** awaitable.close(): GeneratorExit thrown through it (3.13), unless it is already done. */
    @TruffleBoundary
    public static Object close(PyAsyncGenAwaitable a) {
        if (a.getState() == PyAsyncGenAwaitable.State.CLOSED) {
            return PyNone.INSTANCE;
        }
        try {
            throwInto(a, new PyException(new PyBaseException(BuiltinTypes.GENERATOR_EXIT, PyTuple.of())));
        } catch (PyException e) {
            if (e.isInstanceOf(BuiltinTypes.STOP_ITERATION) || e.isInstanceOf(BuiltinTypes.STOP_ASYNC_ITERATION) || e.isInstanceOf(BuiltinTypes.GENERATOR_EXIT)) {
                return PyNone.INSTANCE;
            }
            throw e;
        }
        throw PyErrors.create(BuiltinTypes.RUNTIME_ERROR, "coroutine ignored GeneratorExit");
    }

    /** A first step while another asend/athrow of the generator is under way is refused (and closes this awaitable). */
    private static void checkNotRunning(PyAsyncGenAwaitable a) {
        if (a.getGenerator().isAsyncRunning()) {
            a.setState(PyAsyncGenAwaitable.State.CLOSED);
            String op = a.isClose() ? "aclose()" : a.isThrow() ? "athrow()" : "anext()";
            throw PyErrors.create(BuiltinTypes.RUNTIME_ERROR, op + ": asynchronous generator is already running");
        }
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
        a.getGenerator().setAsyncRunning(false);
        if (a.isClose() && (e.isInstanceOf(BuiltinTypes.GENERATOR_EXIT) || e.isInstanceOf(BuiltinTypes.STOP_ASYNC_ITERATION))) {
            return PyErrors.stopIteration(PyNone.INSTANCE);
        }
        return e;
    }

    private static Object unwrap(PyAsyncGenAwaitable a, Object r) {
        if (r == null) {
            a.setState(PyAsyncGenAwaitable.State.CLOSED);
            a.getGenerator().setAsyncRunning(false);
            if (a.isClose()) {
                throw PyErrors.stopIteration(PyNone.INSTANCE);
            }
            throw new PyException(new PyBaseException(BuiltinTypes.STOP_ASYNC_ITERATION, PyTuple.of()));
        }
        if (r instanceof PyAsyncGenWrappedValue w) {
            a.setState(PyAsyncGenAwaitable.State.CLOSED);
            a.getGenerator().setAsyncRunning(false);
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

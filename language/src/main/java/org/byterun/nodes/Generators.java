package org.byterun.nodes;

import org.byterun.ByteRunContext;
import org.byterun.ByteRunLanguage;
import org.byterun.loader.CodeObject;
import org.byterun.runtime.Attributes;
import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.Iteration;
import org.byterun.runtime.PyBaseException;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyException;
import org.byterun.runtime.PyFunction;
import org.byterun.runtime.PyGenerator;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.PyObjects;
import org.byterun.runtime.PyTuple;
import org.byterun.runtime.PyType;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.Node;

/**
 * Running generators: resuming the body (send, next, throw), closing it, and the delegation of
 * {@code yield from} (SEND, CLEANUP_THROW, throw/close passed on to the sub-iterator), with
 * CPython's rules and messages.
 */
public final class Generators {
    private Generators() {
    }

    /**
     * Runs the body until it yields (the yielded value) or returns (null; the value is
     * {@link PyGenerator#getReturnValue()}). {@code throwIn} is raised at the resume point instead
     * of pushing {@code sent}. An exception leaving the body closes the generator.
     */
    @TruffleBoundary
    public static Object resume(PyGenerator gen, Object sent, PyException throwIn) {
        switch (gen.getState()) {
            case RUNNING -> throw PyErrors.valueError(gen.getKind().description + " already executing");
            case CLOSED -> {
                if (gen.isCoroutine()) {
                    throw PyErrors.create(BuiltinTypes.RUNTIME_ERROR, "cannot reuse already awaited coroutine");
                }
                if (throwIn != null) {
                    throw throwIn;
                }
                gen.finish(PyNone.INSTANCE); // a finished generator's StopIteration carries no value
                return null;
            }
            case CREATED -> {
                if (throwIn == null && sent != PyNone.INSTANCE) {
                    throw PyErrors.typeError("can't send non-None value to a just-started " + gen.getKind().description);
                }
            }
            default -> {
            }
        }
        return enter(gen, sent, throwIn, null, null);
    }

    /**
     * The compiled path of FOR_ITER (next) and SEND (send): resumes through a direct call of the
     * body; null when it returned. Unusual states take the checked path.
     */
    public static Object resumeDirect(PyGenerator gen, Object sent, DirectCallNode body, Node location) {
        PyGenerator.State state = gen.getState();
        if (state != PyGenerator.State.SUSPENDED && (state != PyGenerator.State.CREATED || sent != PyNone.INSTANCE)) {
            return resume(gen, sent, null);
        }
        return enter(gen, sent, null, body, location);
    }

    /**
     * Runs the body once: the generator's sys.exception() replaces the caller's while it runs, a
     * StackOverflowError becomes RecursionError, and anything leaving the body closes it.
     */
    private static Object enter(PyGenerator gen, Object sent, PyException throwIn, DirectCallNode body, Node location) {
        ByteRunContext context = ByteRunContext.get(location);
        PyBaseException callerException = context.getCurrentException();
        PyBaseException saved = gen.getSavedException();
        context.setCurrentException(saved != null ? saved : callerException);
        gen.setSentValue(sent);
        gen.setPendingThrow(throwIn);
        gen.setState(PyGenerator.State.RUNNING);
        try {
            Object result = body != null ? body.call(gen) : gen.getBody().call(gen);
            if (gen.getState() == PyGenerator.State.CLOSED) {
                return null;
            }
            PyBaseException inside = context.getCurrentException();
            gen.setSavedException(inside == callerException ? null : inside);
            return result;
        } catch (PyException e) {
            gen.finish(PyNone.INSTANCE);
            throw e;
        } catch (StackOverflowError e) {
            gen.finish(PyNone.INSTANCE);
            throw DispatchNode.recursionError();
        } finally {
            if (gen.getState() == PyGenerator.State.RUNNING) {
                gen.setState(PyGenerator.State.CLOSED);
            }
            context.setCurrentException(callerException);
        }
    }

    /** The code unit a suspended (or not yet started) generator continues at, for its frame's f_lineno/f_lasti. */
    @TruffleBoundary
    public static int resumeUnit(PyGenerator g) {
        if (g.getState() == PyGenerator.State.RUNNING) {
            throw PyErrors.notImplemented("the line of a running frame (f_lineno/f_lasti inside the generator itself)");
        }
        return BytecodeRootNode.forGenerator(ByteRunLanguage.get(null), g.getCode()).resumeUnit(g.getResumeIndex());
    }

    /** gen.send(value) and gen.__next__(): the yielded value, or StopIteration. */
    @TruffleBoundary
    public static Object send(PyGenerator gen, Object value) {
        Object r = resume(gen, value, null);
        if (r == null) {
            throw PyErrors.stopIteration(gen.getReturnValue());
        }
        return r;
    }

    /** gen.throw(value) or the deprecated gen.throw(type[, value[, traceback]]). */
    @TruffleBoundary
    public static Object throwInto(PyGenerator gen, Object typ, Object val, Object tb) {
        PyException exc = new PyException(makeException(typ, val, tb));
        Object r = throwException(gen, exc);
        if (r == null) {
            throw PyErrors.stopIteration(gen.getReturnValue());
        }
        return r;
    }

    /** Builds the exception throw() (and athrow) raise, as CPython's _gen_throw checks its arguments; it takes no context. */
    public static PyBaseException makeException(Object typ, Object val, Object tb) {
        PyBaseException e;
        if (typ instanceof PyType t && t.isSubtypeOf(BuiltinTypes.BASE_EXCEPTION)) {
            if (val instanceof PyBaseException v && PyObjects.typeOf(v).isSubtypeOf(t)) {
                e = v;
            } else {
                Object[] args = val == null || val == PyNone.INSTANCE ? new Object[0] : val instanceof PyTuple tup ? tup.items() : new Object[]{val};
                Object made = Calls.call(t, args);
                if (!(made instanceof PyBaseException m)) {
                    throw PyErrors.typeError("calling " + t.repr() + " should have returned an instance of BaseException, not " + PyErrors.typeName(made));
                }
                e = m;
            }
        } else if (typ instanceof PyBaseException inst) {
            if (val != null && val != PyNone.INSTANCE) {
                throw PyErrors.typeError("instance exception may not have a separate value");
            }
            e = inst;
        } else {
            throw PyErrors.typeError("exceptions must be classes or instances deriving from BaseException, not " + PyErrors.typeName(typ));
        }
        e.setContextAttached(true); // restored, not raised: the caller's exception does not become its context
        if (tb != null && tb != PyNone.INSTANCE) {
            if (!(tb instanceof org.byterun.runtime.PyTraceback)) {
                throw PyErrors.typeError("throw() third argument must be a traceback object");
            }
            Attributes.setAttribute(e, "__traceback__", tb);
        }
        return e;
    }

    /**
     * Raises {@code exc} in the generator (at a {@code yield from}, first in the sub-iterator); the
     * next yielded value, or null when the generator returned.
     */
    @TruffleBoundary
    static Object throwException(PyGenerator gen, PyException exc) {
        Object delegate = gen.getYieldFrom();
        if (delegate != null && gen.getState() == PyGenerator.State.SUSPENDED) {
            if (exc.isInstanceOf(BuiltinTypes.GENERATOR_EXIT)) {
                // close the sub-iterator, then raise GeneratorExit here
                try {
                    closeIterator(delegate);
                } catch (PyException e) {
                    return resume(gen, PyNone.INSTANCE, e);
                }
            } else {
                Object yielded;
                try {
                    if (delegate instanceof PyGenerator sub) {
                        yielded = throwException(sub, exc);
                        if (yielded == null) {
                            // the sub-generator returned: its value is what `yield from` evaluates to
                            return resume(gen, PyNone.INSTANCE, PyErrors.stopIteration(sub.getReturnValue()));
                        }
                    } else {
                        Object method = Attributes.findAttribute(delegate, "throw");
                        if (method == null) {
                            return resume(gen, PyNone.INSTANCE, exc);
                        }
                        yielded = Calls.call(method, exc.getPyException());
                    }
                } catch (PyException e) {
                    return resume(gen, PyNone.INSTANCE, e);
                }
                return yielded;
            }
        }
        return resume(gen, PyNone.INSTANCE, exc);
    }

    /** gen.close(): GeneratorExit raised inside; its return value if it returns one (3.13). */
    @TruffleBoundary
    public static Object close(PyGenerator gen) {
        if (gen.getState() == PyGenerator.State.CREATED || gen.getState() == PyGenerator.State.CLOSED) {
            gen.setState(PyGenerator.State.CLOSED);
            return PyNone.INSTANCE;
        }
        PyException exit = new PyException(new PyBaseException(BuiltinTypes.GENERATOR_EXIT, PyTuple.of()));
        Object r;
        try {
            r = throwException(gen, exit);
        } catch (PyException e) {
            if (e.isInstanceOf(BuiltinTypes.GENERATOR_EXIT) || e.isInstanceOf(BuiltinTypes.STOP_ITERATION)) {
                return PyNone.INSTANCE;
            }
            throw e;
        }
        if (r != null) {
            throw PyErrors.create(BuiltinTypes.RUNTIME_ERROR, gen.getKind().description + " ignored GeneratorExit");
        }
        return gen.getReturnValue();
    }

    /** Closing a sub-iterator of yield from: close() if it has one. */
    private static void closeIterator(Object it) {
        if (it instanceof PyGenerator g) {
            close(g);
            return;
        }
        Object method = Attributes.findAttribute(it, "close");
        if (method != null) {
            Calls.call(method);
        }
    }

    /** The outcome of SEND: the sub-iterator yielded {@code value}, or returned it ({@code returned}). */
    public record SendResult(Object value, boolean returned) {
    }

    /** SEND: one step of {@code yield from}/{@code await} into {@code receiver}. */
    @TruffleBoundary
    public static SendResult send(Object target, Object value) {
        Object receiver = target instanceof org.byterun.runtime.PyCoroutineWrapper w ? w.getCoroutine() : target;
        if (receiver instanceof PyGenerator g) {
            Object r = resume(g, value, null);
            return r == null ? new SendResult(g.getReturnValue(), true) : new SendResult(r, false);
        }
        try {
            Object r;
            Object next = value == PyNone.INSTANCE ? PyObjects.typeOf(receiver).lookup("__next__") : null;
            if (value == PyNone.INSTANCE && receiver instanceof org.byterun.runtime.PyIterators.PyIterator it) {
                r = it.next();
                if (r == null) {
                    return new SendResult(PyNone.INSTANCE, true);
                }
            } else if (next != null) {
                r = Calls.call(next, receiver);
            } else {
                r = Calls.call(Attributes.getAttribute(receiver, "send"), value);
            }
            return new SendResult(r, false);
        } catch (PyException e) {
            if (e.isInstanceOf(BuiltinTypes.STOP_ITERATION)) {
                return new SendResult(stopIterationValue(e.getPyException()), true);
            }
            throw e;
        }
    }

    private static Object stopIterationValue(PyBaseException e) {
        Object v = e.getAttribute("value");
        return v == null ? PyNone.INSTANCE : v;
    }

    /** Whether GET_YIELD_FROM_ITER leaves {@code value} as it is without further checks: a generator (not a coroutine). */
    public static boolean isPlainGenerator(Object value) {
        return value instanceof PyGenerator g && g.getKind() == PyGenerator.Kind.GENERATOR;
    }

    /** GET_YIELD_FROM_ITER: generators as they are, other iterables through iter(). */
    @TruffleBoundary
    public static Object yieldFromIter(Object[] frameArgs, Object iterable) {
        if (iterable instanceof PyGenerator g && g.getKind() != PyGenerator.Kind.ASYNC_GENERATOR) {
            if (g.isCoroutine()) {
                Object fn = frameArgs[FrameArgs.FUNCTION];
                int flags = fn instanceof PyFunction f ? f.getCode().flags : 0;
                if ((flags & (CodeObject.CO_COROUTINE | CodeObject.CO_ITERABLE_COROUTINE)) == 0) {
                    throw PyErrors.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
                }
            }
            return iterable;
        }
        return Iteration.iter(iterable);
    }

    /**
     * GET_AWAITABLE: what {@code await x} iterates: a coroutine itself, else the iterator x.__await__()
     * returns; {@code where} (1: __aenter__, 2: __aexit__) words the error for async with.
     */
    @TruffleBoundary
    public static Object awaitable(Object x, int where) {
        if (x instanceof PyGenerator g && g.isCoroutine()) {
            if (g.getState() == PyGenerator.State.SUSPENDED && g.getYieldFrom() != null) {
                throw PyErrors.create(BuiltinTypes.RUNTIME_ERROR, "coroutine is being awaited already");
            }
            return g;
        }
        Object method = PyObjects.typeOf(x).lookup("__await__");
        if (method == null) {
            String type = PyErrors.typeName(x);
            throw PyErrors.typeError(switch (where) {
                case 1 -> "'async with' received an object from __aenter__ that does not implement __await__: " + type;
                case 2 -> "'async with' received an object from __aexit__ that does not implement __await__: " + type;
                default -> "object " + type + " can't be used in 'await' expression";
            });
        }
        Object it = Calls.call(method, x);
        if (it instanceof PyGenerator g && g.isCoroutine()) {
            throw PyErrors.typeError("__await__() returned a coroutine");
        }
        if (!(it instanceof org.byterun.runtime.PyIterators.PyIterator) && PyObjects.typeOf(it).lookup("__next__") == null) {
            throw PyErrors.typeError("__await__() returned non-iterator of type '" + PyErrors.typeName(it) + "'");
        }
        return it;
    }

    /** CLEANUP_THROW: a StopIteration from the sub-iterator gives the value of the yield from; any other exception goes on. */
    @TruffleBoundary
    public static Object cleanupThrow(Object exc) {
        PyBaseException e = (PyBaseException) exc;
        if (e.getType().isSubtypeOf(BuiltinTypes.STOP_ITERATION)) {
            return stopIterationValue(e);
        }
        throw new PyException(e);
    }

    /** CALL_INTRINSIC_1 STOPITERATION_ERROR: PEP 479 turns a StopIteration leaving a generator into RuntimeError. */
    @TruffleBoundary
    public static Object stopIterationError(Object[] frameArgs, Object exc) {
        PyBaseException e = (PyBaseException) exc;
        Object fn = frameArgs[FrameArgs.FUNCTION];
        int flags = fn instanceof PyFunction f ? f.getCode().flags : 0;
        String kind = (flags & CodeObject.CO_ASYNC_GENERATOR) != 0 ? "async generator" : (flags & CodeObject.CO_COROUTINE) != 0 ? "coroutine" : "generator";
        String message = null;
        if (e.getType().isSubtypeOf(BuiltinTypes.STOP_ITERATION)) {
            message = kind + " raised StopIteration";
        } else if ((flags & CodeObject.CO_ASYNC_GENERATOR) != 0 && e.getType().isSubtypeOf(BuiltinTypes.STOP_ASYNC_ITERATION)) {
            message = "async generator raised StopAsyncIteration";
        }
        if (message == null) {
            return e;
        }
        PyBaseException error = PyErrors.create(BuiltinTypes.RUNTIME_ERROR, message).getPyException();
        error.setCause(e);
        error.setContext(e);
        return error;
    }
}

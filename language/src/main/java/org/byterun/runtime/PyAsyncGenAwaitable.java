package org.byterun.runtime;

/**
 * The awaitables an async generator hands out: {@code __anext__()}/{@code asend(v)}
 * (async_generator_asend) and {@code athrow(...)}/{@code aclose()} (async_generator_athrow). Each
 * drives the generator one step; see nodes/AsyncGenerators for the rules.
 */
public final class PyAsyncGenAwaitable implements PyObjectLike {
    public enum State {
        INIT,
        ITER,
        CLOSED
    }

    private final PyGenerator generator;
    /** asend: the value to send first; athrow: null. */
    private final Object sendValue;
    /** athrow: its arguments, checked and made into the exception when first awaited (null for aclose). */
    private final Object[] throwArgs;
    private final boolean isThrow;
    private State state = State.INIT;

    private PyAsyncGenAwaitable(PyGenerator generator, Object sendValue, Object[] throwArgs, boolean isThrow) {
        this.generator = generator;
        this.sendValue = sendValue;
        this.throwArgs = throwArgs;
        this.isThrow = isThrow;
    }

    public static PyAsyncGenAwaitable asend(PyGenerator generator, Object value) {
        return new PyAsyncGenAwaitable(generator, value, null, false);
    }

    /** athrow(*args), or aclose() when {@code args} is null. */
    public static PyAsyncGenAwaitable athrow(PyGenerator generator, Object[] args) {
        return new PyAsyncGenAwaitable(generator, null, args, true);
    }

    public PyGenerator getGenerator() {
        return generator;
    }

    public Object getSendValue() {
        return sendValue;
    }

    public Object[] getThrowArgs() {
        return throwArgs;
    }

    public boolean isThrow() {
        return isThrow;
    }

    /** aclose(): an athrow without an exception of its own. */
    public boolean isClose() {
        return isThrow && throwArgs == null;
    }

    public State getState() {
        return state;
    }

    public void setState(State state) {
        this.state = state;
    }

    @Override
    public PyType getPyType() {
        return isThrow ? BuiltinTypes.ASYNC_GENERATOR_ATHROW : BuiltinTypes.ASYNC_GENERATOR_ASEND;
    }
}

package org.byterun.runtime;

import org.byterun.loader.CodeObject;
import org.byterun.nodes.Generators;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.frame.MaterializedFrame;

/**
 * A generator: the suspended frame of a generator function's body. {@code RETURN_GENERATOR} makes
 * one; each resume runs the body's generator root on this frame from the resume point the last
 * {@code YIELD_VALUE} recorded (see {@link Generators} for send/throw/close).
 */
public final class PyGenerator extends PyIterators.PyIterator {
    /** What the code's flags make of it: a generator, a coroutine (async def) or an async generator. */
    public enum Kind {
        GENERATOR("generator", "generator"),
        COROUTINE("coroutine", "coroutine"),
        ASYNC_GENERATOR("async_generator", "async generator");

        final String typeName;
        /** How CPython's messages name it ("async generator ignored GeneratorExit"). */
        public final String description;

        Kind(String typeName, String description) {
            this.typeName = typeName;
            this.description = description;
        }
    }

    public enum State {
        CREATED,
        SUSPENDED,
        RUNNING,
        CLOSED
    }

    private final CodeObject code;
    private final Kind kind;
    private final MaterializedFrame frame;
    private final CallTarget body;
    private String name;
    private String qualname;
    private State state = State.CREATED;
    /** Which resume point the body continues at: 0 after RETURN_GENERATOR, i after the i-th yield. */
    private int resumeIndex;
    /** The value the next resume pushes (what send() passed). */
    private Object sentValue = PyNone.INSTANCE;
    /** An exception throw() raises at the resume point, or null. */
    private PyException pendingThrow;
    /** The iterator a {@code yield from} is delegating to while suspended there, or null. */
    private Object yieldFrom;
    /** The exception being handled inside the generator when it was suspended (its sys.exception()). */
    private PyBaseException savedException;
    /** Async generators: an asend/athrow of it is under way (ag_running), and aclose() was called (ag_closed). */
    private boolean asyncRunning;
    private boolean asyncClosed;
    /** The frame object gi_frame shows, made on first request so that it stays the same object. */
    private PyFrame frameObject;
    /** What the body returned, once CLOSED by a return. */
    private Object returnValue = PyNone.INSTANCE;

    public PyGenerator(CodeObject code, MaterializedFrame frame, CallTarget body, String name, String qualname) {
        this.code = code;
        this.kind = (code.flags & CodeObject.CO_COROUTINE) != 0 ? Kind.COROUTINE : (code.flags & CodeObject.CO_ASYNC_GENERATOR) != 0 ? Kind.ASYNC_GENERATOR : Kind.GENERATOR;
        this.frame = frame;
        this.body = body;
        this.name = name;
        this.qualname = qualname;
    }

    public CodeObject getCode() {
        return code;
    }

    public Kind getKind() {
        return kind;
    }

    public boolean isCoroutine() {
        return kind == Kind.COROUTINE;
    }

    public MaterializedFrame getFrame() {
        return frame;
    }

    public CallTarget getBody() {
        return body;
    }

    public State getState() {
        return state;
    }

    public void setState(State state) {
        this.state = state;
    }

    public int getResumeIndex() {
        return resumeIndex;
    }

    /** YIELD_VALUE: suspended at resume point {@code index}, delegating to {@code delegate} (or null). */
    public void suspend(int index, Object delegate) {
        this.resumeIndex = index;
        this.yieldFrom = delegate;
        this.state = State.SUSPENDED;
    }

    /** RETURN_VALUE in the body. */
    public void finish(Object value) {
        this.returnValue = value;
        this.yieldFrom = null;
        this.state = State.CLOSED;
    }

    public Object getReturnValue() {
        return returnValue;
    }

    public void setSentValue(Object value) {
        this.sentValue = value;
    }

    /** The value a resume pushes; taken once. */
    public Object takeSentValue() {
        Object v = sentValue;
        sentValue = PyNone.INSTANCE;
        return v;
    }

    public void setPendingThrow(PyException e) {
        this.pendingThrow = e;
    }

    public boolean hasPendingThrow() {
        return pendingThrow != null;
    }

    /** At the yield in the body: raise what throw() passed, there, where the exception table can see it. */
    public void throwIfPending() {
        PyException e = pendingThrow;
        if (e != null) {
            pendingThrow = null;
            throw e;
        }
    }

    public Object getYieldFrom() {
        return yieldFrom;
    }

    public PyBaseException getSavedException() {
        return savedException;
    }

    public void setSavedException(PyBaseException e) {
        this.savedException = e;
    }

    public boolean isAsyncRunning() {
        return asyncRunning;
    }

    public void setAsyncRunning(boolean running) {
        this.asyncRunning = running;
    }

    public boolean isAsyncClosed() {
        return asyncClosed;
    }

    public void setAsyncClosed(boolean closed) {
        this.asyncClosed = closed;
    }

    @Override
    public Object stopValue() {
        return returnValue;
    }

    public PyFrame getFrameObject() {
        if (frameObject == null) {
            frameObject = new PyFrame(this);
        }
        return frameObject;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getQualname() {
        return qualname;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    /** As an iterator (for loops, list(), ...): the next value, or null when the generator is done. */
    @Override
    public Object next() {
        return Generators.resume(this, PyNone.INSTANCE, null);
    }

    @Override
    public PyType getPyType() {
        return switch (kind) {
            case GENERATOR -> BuiltinTypes.GENERATOR;
            case COROUTINE -> BuiltinTypes.COROUTINE;
            case ASYNC_GENERATOR -> BuiltinTypes.ASYNC_GENERATOR;
        };
    }

    @Override
    public String repr() {
        return "<" + kind.typeName + " object " + qualname + " at 0x" + Long.toHexString(System.identityHashCode(this)) + ">";
    }
}

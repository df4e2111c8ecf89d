package org.byterun.runtime;

/** A Python exception instance (an instance of BaseException or a subclass). */
public final class PyBaseException implements com.oracle.truffle.api.interop.TruffleObject {
    private final PyType type;
    private PyTuple args;
    private Object cause;
    private Object context;
    private boolean suppressContext;
    /** The traceback (outermost frame first), or null before the exception left any frame. */
    private PyTraceback traceback;
    /** Whether __context__ was already set from the handled exception when this was raised. */
    private boolean contextAttached;
    /** CPython's own rendering of the exception-only lines (SyntaxError's caret block), or null. */
    private String printedForm;
    /** Extra attributes (SyntaxError.lineno, StopIteration.value, ...), created on first use. */
    private java.util.Map<String, Object> attributes;

    public PyBaseException(PyType type, PyTuple args) {
        this.type = type;
        this.args = args;
    }

    public PyType getType() {
        return type;
    }

    public PyTuple getArgs() {
        return args;
    }

    public void setArgs(PyTuple args) {
        this.args = args;
    }

    public Object getCause() {
        return cause;
    }

    /** Sets __cause__ (null = None), which must be an exception, as CPython's setter checks. */
    public void setCause(Object cause) {
        if (cause != null && !(cause instanceof PyBaseException)) {
            throw PyErrors.typeError("exception cause must be None or derive from BaseException");
        }
        this.cause = cause;
        this.suppressContext = true;
    }

    public Object getContext() {
        return context;
    }

    /** Sets __context__ (null = None), which must be an exception, as CPython's setter checks. */
    public void setContext(Object context) {
        if (context != null && !(context instanceof PyBaseException)) {
            throw PyErrors.typeError("exception context must be None or derive from BaseException");
        }
        this.context = context;
    }

    public boolean isSuppressContext() {
        return suppressContext;
    }

    public PyTraceback getTraceback() {
        return traceback;
    }

    /** {@code e.__traceback__ = tb} and {@code with_traceback(tb)}; null for None. */
    public void setTraceback(PyTraceback tb) {
        this.traceback = tb;
    }

    /** Adds the frame the exception is leaving (at byte offset {@code lasti}); frames are added innermost first. */
    public void addTracebackEntry(String filename, int line, String function, int lasti) {
        traceback = new PyTraceback(filename, line, function, lasti, traceback);
    }

    public boolean isContextAttached() {
        return contextAttached;
    }

    public void setContextAttached(boolean attached) {
        this.contextAttached = attached;
    }

    public String getPrintedForm() {
        return printedForm;
    }

    public void setPrintedForm(String printedForm) {
        this.printedForm = printedForm;
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public Object getAttribute(String name) {
        return attributes == null ? null : attributes.get(name);
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public void setAttribute(String name, Object value) {
        if (attributes == null) {
            attributes = new java.util.HashMap<>();
        }
        attributes.put(name, value);
    }
}

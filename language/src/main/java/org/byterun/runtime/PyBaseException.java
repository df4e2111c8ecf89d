package org.byterun.runtime;

import java.util.ArrayList;
import java.util.List;

/** A Python exception instance (an instance of BaseException or a subclass). */
public final class PyBaseException implements com.oracle.truffle.api.interop.TruffleObject {
    private final PyType type;
    private PyTuple args;
    private Object cause;
    private Object context;
    private boolean suppressContext;
    /** __traceback__: the outermost frame the exception passed through, or null. */
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

    /** Traceback entries, outermost first, as CPython prints them. */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public List<TracebackEntry> getTraceback() {
        List<TracebackEntry> entries = new ArrayList<>();
        for (PyTraceback tb = traceback; tb != null; tb = tb.getNext()) {
            entries.add(tb.getEntry());
        }
        return entries;
    }

    /** __traceback__ as Python sees it. */
    public Object getTracebackObject() {
        return traceback == null ? PyNone.INSTANCE : traceback;
    }

    /** __traceback__ = value (with_traceback too): a traceback or None, as CPython's setter checks. */
    public void setTracebackObject(Object value) {
        if (value == PyNone.INSTANCE) {
            traceback = null;
        } else if (value instanceof PyTraceback tb) {
            traceback = tb;
        } else {
            throw PyErrors.typeError("__traceback__ must be a traceback or None");
        }
    }

    /** Adds the frame the exception is leaving ({@code lasti}: the faulting instruction's byte offset); frames are added innermost first. */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public void addTracebackEntry(String filename, int line, String function, int lasti) {
        traceback = new PyTraceback(new TracebackEntry(filename, line, function), lasti, traceback);
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

    /** One frame of a traceback: where the exception passed through. */
    public record TracebackEntry(String filename, int line, String function) {
    }
}

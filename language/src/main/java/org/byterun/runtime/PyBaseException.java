package org.byterun.runtime;

import java.util.ArrayList;
import java.util.List;

/** A Python exception instance (an instance of BaseException or a subclass). */
public final class PyBaseException {
    private final PyType type;
    private PyTuple args;
    private Object cause;
    private Object context;
    private boolean suppressContext;
    /** Traceback entries, innermost last, as they are added while the exception unwinds. */
    private final List<TracebackEntry> traceback = new ArrayList<>();

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

    public void setCause(Object cause) {
        this.cause = cause;
        this.suppressContext = true;
    }

    public Object getContext() {
        return context;
    }

    public void setContext(Object context) {
        this.context = context;
    }

    public boolean isSuppressContext() {
        return suppressContext;
    }

    public List<TracebackEntry> getTraceback() {
        return traceback;
    }

    /** One frame of a traceback: where the exception passed through. */
    public record TracebackEntry(String filename, int line, String function) {
    }
}

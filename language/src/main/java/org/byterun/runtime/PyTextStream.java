package org.byterun.runtime;

import java.io.PrintWriter;

/** sys.stdout / sys.stderr: a text stream over one of the context's output writers. */
public final class PyTextStream implements PyObjectLike {
    private final String name;
    /** Where writes go; null for an input stream. */
    private final PrintWriter writer;
    /** Where reads come from; null for an output stream. */
    private final java.io.BufferedReader reader;
    /** stderr is line-buffered: flushed after each write, and stdout is flushed before it. */
    private final boolean isStderr;

    public PyTextStream(String name, PrintWriter writer, boolean isStderr) {
        this.name = name;
        this.writer = writer;
        this.reader = null;
        this.isStderr = isStderr;
    }

    public PyTextStream(String name, java.io.BufferedReader reader) {
        this.name = name;
        this.writer = null;
        this.reader = reader;
        this.isStderr = false;
    }

    public java.io.BufferedReader getReader() {
        return reader;
    }

    public String getName() {
        return name;
    }

    public PrintWriter getWriter() {
        return writer;
    }

    public boolean isStderr() {
        return isStderr;
    }

    @Override
    public PyType getPyType() {
        return BuiltinTypes.TEXT_IO_WRAPPER;
    }

    @Override
    public String repr() {
        return "<_io.TextIOWrapper name='" + name + "' mode='" + (reader != null ? "r" : "w") + "' encoding='utf-8'>";
    }
}

package org.byterun.runtime;

import java.io.PrintWriter;

/** sys.stdout / sys.stderr: a text stream over one of the context's output writers. */
public final class PyTextStream implements PyObjectLike {
    private final String name;
    private final PrintWriter writer;
    /** stderr is line-buffered: flushed after each write, and stdout is flushed before it. */
    private final boolean isStderr;

    public PyTextStream(String name, PrintWriter writer, boolean isStderr) {
        this.name = name;
        this.writer = writer;
        this.isStderr = isStderr;
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
        return "<_io.TextIOWrapper name='" + name + "' mode='w' encoding='utf-8'>";
    }
}

package org.byterun.runtime;

/**
 * A traceback object: one frame an exception passed through, linked to the next frame inward
 * ({@code tb_next}). An exception's {@code __traceback__} is the outermost one; leaving another
 * frame puts a new one in front, so older links stay the same objects.
 */
public final class PyTraceback implements PyObjectLike {
    private final String filename;
    private final int line;
    private final String function;
    /** Byte offset of the instruction that raised or passed on the exception (CPython's tb_lasti). */
    private final int lasti;
    private final PyTraceback next;

    public PyTraceback(String filename, int line, String function, int lasti, PyTraceback next) {
        this.filename = filename;
        this.line = line;
        this.function = function;
        this.lasti = lasti;
        this.next = next;
    }

    public String getFilename() {
        return filename;
    }

    public int getLine() {
        return line;
    }

    public String getFunction() {
        return function;
    }

    public int getLasti() {
        return lasti;
    }

    /** The next frame inward, or null. */
    public PyTraceback getNext() {
        return next;
    }

    /** A value assigned as a traceback: a traceback or None (null), else CPython's TypeError. */
    public static PyTraceback checked(Object value) {
        if (value == PyNone.INSTANCE) {
            return null;
        }
        if (!(value instanceof PyTraceback tb)) {
            throw PyErrors.typeError("__traceback__ must be a traceback or None");
        }
        return tb;
    }

    @Override
    public PyType getPyType() {
        return BuiltinTypes.TRACEBACK;
    }
}

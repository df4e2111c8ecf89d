package org.byterun.loader;

/**
 * CPython refused to compile the source: a SyntaxError (or IndentationError, TabError), or another
 * error compile() raised, such as ValueError for a bad mode. The fields are the exception's
 * attributes, null where CPython has None; {@link #formatted} is what CPython prints for it.
 */
public final class FrontendSyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The exception's type name, e.g. "SyntaxError" or "IndentationError". */
    public final String typeName;
    /** For a SyntaxError its msg attribute, otherwise str(exc). */
    public final String msg;
    public final String filename;
    public final Integer lineno;
    public final Integer offset;
    public final String text;
    public final Integer endLineno;
    public final Integer endOffset;
    /** {@code ''.join(traceback.format_exception_only(exc))}: the location, caret block and last line. */
    public final String formatted;

    FrontendSyntaxError(String typeName, String msg, String filename, Integer lineno, Integer offset, String text,
                    Integer endLineno, Integer endOffset, String formatted) {
        // No stack trace: this is the user's error, reported by CPython, not a fault in ByteRun.
        super(lastLine(formatted), null, false, false);
        this.typeName = typeName;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.text = text;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.formatted = formatted;
    }

    private static String lastLine(String formatted) {
        String s = formatted.stripTrailing();
        return s.substring(s.lastIndexOf('\n') + 1);
    }
}

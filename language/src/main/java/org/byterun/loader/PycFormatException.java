package org.byterun.loader;

/**
 * A .pyc file or marshal stream that cannot be loaded. The message is one line: the file name, then
 * what is wrong and where (byte offsets count from the start of the file).
 */
public final class PycFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** Not a CPython 3.13 .pyc: the first four bytes are wrong. */
        BAD_MAGIC,
        /** The data ends before the header or the marshalled code object is complete. */
        TRUNCATED,
        /** The data is complete but is not what CPython 3.13 writes. */
        BAD_DATA
    }

    private final Kind kind;
    private final String fileName;

    public PycFormatException(Kind kind, String fileName, String detail) {
        this(kind, fileName, detail, null);
    }

    public PycFormatException(Kind kind, String fileName, String detail, Throwable cause) {
        super(oneLine(fileName + ": " + detail), cause);
        this.kind = kind;
        this.fileName = fileName;
    }

    /** Escapes control characters, which file names and names from the data may contain. */
    private static String oneLine(String message) {
        StringBuilder sb = new StringBuilder(message.length());
        for (char c : message.toCharArray()) {
            if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\x%02x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    public Kind kind() {
        return kind;
    }

    public String fileName() {
        return fileName;
    }
}

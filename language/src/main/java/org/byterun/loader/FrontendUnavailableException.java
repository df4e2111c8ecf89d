package org.byterun.loader;

/**
 * Source cannot be compiled because no working CPython 3.13 is available. The message is one line
 * meant for the user as is; there is no stack trace to show.
 */
public final class FrontendUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    static final String HINT = "set BYTERUN_PYTHON, put python3.13 on PATH, or install 3.13 with pyenv";

    FrontendUnavailableException(String filename, String reason) {
        this(filename, reason, null);
    }

    FrontendUnavailableException(String filename, String reason, Throwable cause) {
        super("cannot compile " + filename + ": " + reason + "; .pyc files run without it", cause, false, false);
    }

    static FrontendUnavailableException notFound(String filename) {
        return new FrontendUnavailableException(filename, "CPython 3.13 not found (" + HINT + ")");
    }
}

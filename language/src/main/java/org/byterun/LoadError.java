package org.byterun;

import com.oracle.truffle.api.exception.AbstractTruffleException;

/** A program that cannot be loaded at all (a bad .pyc, no CPython to compile a .py): one line, no traceback. */
public final class LoadError extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    public LoadError(String message) {
        super(message);
    }
}

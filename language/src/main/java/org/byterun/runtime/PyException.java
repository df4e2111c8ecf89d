package org.byterun.runtime;

import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.nodes.Node;

/** The one Java exception that carries a Python exception through the interpreter. */
public final class PyException extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    private final transient PyBaseException pyException;

    public PyException(PyBaseException pyException, Node location) {
        super(location);
        this.pyException = pyException;
    }

    public PyException(PyBaseException pyException) {
        this(pyException, null);
    }

    /** Whether the Python exception is an instance of {@code type} (what {@code except type:} tests). */
    public boolean isInstanceOf(PyType type) {
        return pyException.getType().isSubtypeOf(type);
    }

    public PyBaseException getPyException() {
        return pyException;
    }

    @Override
    public String getMessage() {
        return ExceptionFormatter.formatExceptionOnly(pyException);
    }
}

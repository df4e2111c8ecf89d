package org.byterun.runtime;

/**
 * A traceback object: one frame an exception passed through ({@code tb_lineno}, {@code tb_lasti})
 * and the traceback of the frame it came from ({@code tb_next}, null for the innermost frame).
 * An exception's {@code __traceback__} is the outermost one; frames are prepended as it unwinds.
 */
public final class PyTraceback implements PyObjectLike {
    public static final PyType TYPE = new PyType("traceback", BuiltinTypes.OBJECT);

    private final PyBaseException.TracebackEntry entry;
    private final int lasti;
    private PyTraceback next;

    public PyTraceback(PyBaseException.TracebackEntry entry, int lasti, PyTraceback next) {
        this.entry = entry;
        this.lasti = lasti;
        this.next = next;
    }

    @Override
    public PyType getPyType() {
        return TYPE;
    }

    public PyBaseException.TracebackEntry getEntry() {
        return entry;
    }

    public int getLasti() {
        return lasti;
    }

    public PyTraceback getNext() {
        return next;
    }

    /** tb_next = value, with CPython's checks (a traceback or None, and no loop). */
    public void setNext(Object value) {
        if (value == PyNone.INSTANCE) {
            next = null;
            return;
        }
        if (!(value instanceof PyTraceback tb)) {
            throw PyErrors.typeError("expected traceback object, got '" + PyErrors.typeName(value) + "'");
        }
        for (PyTraceback t = tb; t != null; t = t.next) {
            if (t == this) {
                throw PyErrors.valueError("traceback loop detected");
            }
        }
        next = tb;
    }

    /** tb_next as Python sees it. */
    public Object getNextOrNone() {
        return next == null ? PyNone.INSTANCE : next;
    }
}

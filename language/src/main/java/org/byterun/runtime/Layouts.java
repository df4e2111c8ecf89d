package org.byterun.runtime;

/** Which builtin type's instance layout a class's instances have (object, an exception, int, ...). */
public final class Layouts {
    private Layouts() {
    }

    /** The nearest builtin type along the chain of first bases. */
    public static PyType solidBase(PyType t) {
        PyType b = t;
        while (b.isHeapType()) {
            b = b.getBase();
        }
        return b;
    }
}

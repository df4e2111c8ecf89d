package org.byterun.runtime;

/** Implemented by runtime classes that know their own Python type (functions, modules, iterators...). */
public interface PyObjectLike extends com.oracle.truffle.api.interop.TruffleObject {
    PyType getPyType();

    /** The object's repr() when its type does not define {@code __repr__} in Python. */
    default String repr() {
        return "<" + getPyType().getName() + " object at 0x" + Long.toHexString(System.identityHashCode(this)) + ">";
    }
}

package org.byterun.runtime;

import org.byterun.nodes.Generators;

/** What {@code coroutine.__await__()} returns: an iterator that drives the coroutine. */
public final class PyCoroutineWrapper extends PyIterators.PyIterator {
    private final PyGenerator coroutine;

    public PyCoroutineWrapper(PyGenerator coroutine) {
        this.coroutine = coroutine;
    }

    public PyGenerator getCoroutine() {
        return coroutine;
    }

    @Override
    public Object next() {
        return Generators.resume(coroutine, PyNone.INSTANCE, null);
    }

    @Override
    public Object stopValue() {
        return coroutine.getReturnValue();
    }

    @Override
    public PyType getPyType() {
        return BuiltinTypes.COROUTINE_WRAPPER;
    }
}

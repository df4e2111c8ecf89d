package org.byterun.nodes;

import org.byterun.runtime.PyList;
import org.byterun.runtime.Subscripts;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/**
 * BINARY_SUBSCR: {@code container[index]}, with in-range list indexing inline. The list's storage
 * kind is part of the specialization, so that a site reading only float lists hands on a float that
 * stays unboxed in compiled code.
 */
public abstract class SubscrNode extends Node {
    public abstract Object execute(Object container, Object index);

    static boolean inRange(PyList l, long i) {
        return i >= 0 && i < l.size();
    }

    @Specialization(guards = {"list.hasDoubleStorage()", "inRange(list, index)"})
    static double listDouble(PyList list, long index) {
        return list.getDouble((int) index);
    }

    @Specialization(guards = {"!list.hasDoubleStorage()", "inRange(list, index)"})
    static Object listObject(PyList list, long index) {
        return list.getObject((int) index);
    }

    @Fallback
    static Object generic(Object container, Object index) {
        return Subscripts.getItem(container, index);
    }
}

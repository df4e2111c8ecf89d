package org.byterun.nodes;

import org.byterun.runtime.PyList;
import org.byterun.runtime.Subscripts;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/**
 * STORE_SUBSCR: {@code container[index] = value}, with an in-range list index stored inline; a
 * float list keeps taking floats unboxed. Everything else (a dict, a slice, a float list given
 * another item, which then generalizes) takes {@link Subscripts#setItem}.
 */
public abstract class StoreSubscrNode extends Node {
    public abstract void execute(Object container, Object index, Object value);

    @Specialization(guards = {"list.hasDoubleStorage()", "inRange(list, index)", "!isNaN(value)"})
    static void listDouble(PyList list, long index, double value) {
        list.setDouble((int) index, value);
    }

    @Specialization(guards = {"!list.hasDoubleStorage()", "inRange(list, index)"})
    static void listObject(PyList list, long index, Object value) {
        list.set((int) index, value);
    }

    @Fallback
    static void generic(Object container, Object index, Object value) {
        Subscripts.setItem(container, index, value);
    }

    static boolean inRange(PyList l, long i) {
        return i >= 0 && i < l.size();
    }

    static boolean isNaN(double d) {
        return Double.isNaN(d);
    }
}

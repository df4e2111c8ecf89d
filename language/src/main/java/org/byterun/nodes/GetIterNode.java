package org.byterun.nodes;

import org.byterun.runtime.Iteration;
import org.byterun.runtime.PyIterators;
import org.byterun.runtime.PyList;
import org.byterun.runtime.PyRange;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/** GET_ITER: iter(value), with the common range and list cases inline. */
public abstract class GetIterNode extends Node {
    public abstract Object execute(Object value);

    @Specialization
    static Object range(PyRange r) {
        return new PyIterators.RangeIterator(r);
    }

    @Specialization
    static Object list(PyList l) {
        return new PyIterators.ListIterator(l);
    }

    @Fallback
    static Object generic(Object value) {
        return Iteration.iter(value);
    }
}

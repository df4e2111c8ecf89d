package org.byterun.nodes;

import org.byterun.runtime.PyNone;
import org.byterun.runtime.Truthiness;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/** TO_BOOL: Python truth of any value. */
public abstract class ToBoolNode extends Node {
    public abstract boolean execute(Object value);

    @Specialization
    static boolean fromBoolean(boolean b) {
        return b;
    }

    @Specialization
    static boolean fromLong(long v) {
        return v != 0;
    }

    @Specialization
    static boolean fromDouble(double v) {
        return v != 0;
    }

    @Specialization
    static boolean fromString(String s) {
        return !s.isEmpty();
    }

    @Specialization
    static boolean fromNone(@SuppressWarnings("unused") PyNone none) {
        return false;
    }

    @Fallback
    static boolean generic(Object value) {
        return Truthiness.isTrue(value);
    }
}

package org.byterun.nodes;

import org.byterun.runtime.PyDict;

/**
 * The layout of the Truffle frame arguments of a Python frame:
 * {@code [function or null, globals dict, locals mapping or null, parameter values...]}.
 * Parameters are already bound (defaults applied, *args/**kwargs collected) in co_varnames order.
 */
public final class FrameArgs {
    private FrameArgs() {
    }

    public static final int FUNCTION = 0;
    public static final int GLOBALS = 1;
    public static final int LOCALS = 2;
    public static final int FIRST_PARAM = 3;

    public static PyDict globals(Object[] arguments) {
        return (PyDict) arguments[GLOBALS];
    }
}

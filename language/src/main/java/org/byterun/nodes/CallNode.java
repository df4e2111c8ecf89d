package org.byterun.nodes;

import org.byterun.runtime.PyDict;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyTuple;
import org.byterun.runtime.Sequences;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

/**
 * CALL, CALL_KW and CALL_FUNCTION_EX: takes the callee and arguments off the operand stack and
 * hands them to {@link DispatchNode}, which caches on the callee's code object.
 */
public final class CallNode extends Node {
    private static final String[] NO_NAMES = new String[0];
    private static final Object[] NO_VALUES = new Object[0];

    @Child private DispatchNode dispatch = DispatchNodeGen.create();

    /** Stack: {@code [callable, self_or_NULL, arg1..argN]} (kw names already popped); returns the new sp. */
    public int executeCall(VirtualFrame frame, int sp, int n, Object kwNamesTuple) {
        int base = sp - n - 2;
        Object callable = frame.getObject(base);
        Object self = frame.getObject(base + 1);
        int nKw = kwNamesTuple == null ? 0 : ((PyTuple) kwNamesTuple).size();
        int nPos = n - nKw;
        Object[] positional;
        if (self != null) {
            positional = new Object[nPos + 1];
            positional[0] = self;
            copyFromStack(frame, base + 2, positional, 1, nPos);
        } else {
            positional = new Object[nPos];
            copyFromStack(frame, base + 2, positional, 0, nPos);
        }
        String[] kwNames = NO_NAMES;
        Object[] kwValues = NO_VALUES;
        if (nKw > 0) {
            kwNames = keywordNames((PyTuple) kwNamesTuple);
            kwValues = new Object[nKw];
            copyFromStack(frame, base + 2 + nPos, kwValues, 0, nKw);
        }
        Object result = dispatch.execute(callable, positional, kwNames, kwValues);
        clearStack(frame, base + 1, sp);
        frame.setObject(base, result);
        return base + 1;
    }

    /** CALL_FUNCTION_EX: stack {@code [callable, NULL, args tuple, kwargs dict if oparg & 1]}. */
    public int executeCallEx(VirtualFrame frame, int sp, int flags) {
        int base = sp - 3 - (flags & 1);
        Object callable = frame.getObject(base);
        Object[] positional = Sequences.toArray(frame.getObject(base + 2));
        String[] kwNames = NO_NAMES;
        Object[] kwValues = NO_VALUES;
        if ((flags & 1) != 0) {
            PyDict kwargs = (PyDict) frame.getObject(base + 3);
            kwNames = dictKeys(kwargs);
            kwValues = dictValues(kwargs, kwNames);
        }
        Object result = dispatch.execute(callable, positional, kwNames, kwValues);
        clearStack(frame, base + 1, sp);
        frame.setObject(base, result);
        return base + 1;
    }

    @ExplodeLoop
    private static void copyFromStack(VirtualFrame frame, int from, Object[] to, int offset, int n) {
        for (int i = 0; i < n; i++) {
            to[offset + i] = frame.getObject(from + i);
        }
    }

    @ExplodeLoop
    private static void clearStack(VirtualFrame frame, int from, int to) {
        for (int i = from; i < to; i++) {
            frame.setObject(i, null);
        }
    }

    @TruffleBoundary
    private static String[] keywordNames(PyTuple names) {
        String[] r = new String[names.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = (String) names.get(i);
        }
        return r;
    }

    @TruffleBoundary
    private static String[] dictKeys(PyDict d) {
        Object[] keys = d.storage().keysArray();
        String[] r = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            if (!(keys[i] instanceof String s)) {
                throw PyErrors.typeError("keywords must be strings");
            }
            r[i] = s;
        }
        return r;
    }

    @TruffleBoundary
    private static Object[] dictValues(PyDict d, String[] keys) {
        Object[] r = new Object[keys.length];
        for (int i = 0; i < keys.length; i++) {
            r[i] = d.get(keys[i]);
        }
        return r;
    }
}

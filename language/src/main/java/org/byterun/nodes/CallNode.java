package org.byterun.nodes;

import org.byterun.runtime.PyDict;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyTuple;
import org.byterun.runtime.Sequences;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.Frame;
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
    /**
     * CALL_KW's keyword names: the constant tuple the compiler loads before it, so the number of
     * keyword arguments (and the copying loops) are compilation constants.
     */
    @CompilationFinal private PyTuple cachedKwNames;
    @CompilationFinal(dimensions = 1) private String[] cachedKwNameArray;

    /** Stack: {@code [callable, self_or_NULL, arg1..argN]} (kw names already popped); returns the new sp. */
    public int executeCall(Frame frame, int sp, int n, Object kwNamesTuple) {
        if (kwNamesTuple != null && kwNamesTuple != cachedKwNames) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            if (cachedKwNames != null) {
                return executeCallDynamicNames(frame, sp, n, (PyTuple) kwNamesTuple);
            }
            cachedKwNameArray = keywordNames((PyTuple) kwNamesTuple);
            cachedKwNames = (PyTuple) kwNamesTuple;
        }
        int base = sp - n - 2;
        Object callable = frame.getObject(base);
        Object self = frame.getObject(base + 1);
        int nKw = kwNamesTuple == null ? 0 : cachedKwNameArray.length;
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
            kwNames = cachedKwNameArray;
            kwValues = new Object[nKw];
            copyFromStack(frame, base + 2 + nPos, kwValues, 0, nKw);
        }
        Object result = dispatch.execute(callable, positional, kwNames, kwValues);
        clearStack(frame, base + 1, sp);
        frame.setObject(base, result);
        return base + 1;
    }

    /** A CALL_KW whose names tuple changed (bytecode not from CPython's compiler): nothing is constant. */
    private int executeCallDynamicNames(Frame frame, int sp, int n, PyTuple kwNamesTuple) {
        int base = sp - n - 2;
        Object[] args = new Object[n + 1];
        for (int i = 0; i <= n; i++) {
            args[i] = frame.getObject(base + 1 + i);
        }
        Object result = callDynamic(frame.getObject(base), args, kwNamesTuple);
        clearStack(frame, base + 1, sp);
        frame.setObject(base, result);
        return base + 1;
    }

    /** {@code args}: self_or_NULL, then the positional and keyword arguments. */
    @TruffleBoundary
    private static Object callDynamic(Object callable, Object[] args, PyTuple kwNamesTuple) {
        String[] kwNames = keywordNames(kwNamesTuple);
        int nPos = args.length - 1 - kwNames.length;
        int first = args[0] != null ? 0 : 1;
        Object[] positional = java.util.Arrays.copyOfRange(args, first, 1 + nPos);
        Object[] kwValues = java.util.Arrays.copyOfRange(args, 1 + nPos, args.length);
        return Calls.call(callable, positional, kwNames, kwValues);
    }

    /** CALL_FUNCTION_EX: stack {@code [callable, NULL, args tuple, kwargs dict if oparg & 1]}. */
    public int executeCallEx(Frame frame, int sp, int flags) {
        int base = sp - 3 - (flags & 1);
        Object callable = frame.getObject(base);
        Object[] positional = starArgs(callable, frame.getObject(base + 2));
        String[] kwNames = NO_NAMES;
        Object[] kwValues = NO_VALUES;
        if ((flags & 1) != 0) {
            PyDict kwargs = starStarArgs(callable, frame.getObject(base + 3));
            kwNames = dictKeys(kwargs);
            kwValues = dictValues(kwargs, kwNames);
        }
        Object result = dispatch.execute(callable, positional, kwNames, kwValues);
        clearStack(frame, base + 1, sp);
        frame.setObject(base, result);
        return base + 1;
    }

    /** f(*args): a tuple as the compiler usually builds it, else any iterable. */
    @TruffleBoundary
    private static Object[] starArgs(Object callable, Object args) {
        if (args instanceof PyTuple t) {
            return Sequences.toArray(t);
        }
        try {
            return Sequences.toArray(args);
        } catch (org.byterun.runtime.PyException e) {
            org.byterun.runtime.PyType type = org.byterun.runtime.PyObjects.typeOf(args);
            if (e.isInstanceOf(org.byterun.runtime.BuiltinTypes.TYPE_ERROR) && type.lookup("__iter__") == null
                            && type.lookup("__getitem__") == null) {
                throw PyErrors.typeError(BuildOps.functionStr(callable) + " argument after * must be an iterable, not " + type.getName());
            }
            throw e;
        }
    }

    /** f(**kwargs): a dict, or any mapping with keys() and __getitem__. */
    @TruffleBoundary
    private static PyDict starStarArgs(Object callable, Object kwargs) {
        if (kwargs instanceof PyDict d) {
            return d;
        }
        PyDict d = new PyDict();
        BuildOps.dictMerge(callable, d, kwargs);
        return d;
    }

    @ExplodeLoop
    private static void copyFromStack(Frame frame, int from, Object[] to, int offset, int n) {
        for (int i = 0; i < n; i++) {
            to[offset + i] = frame.getObject(from + i);
        }
    }

    @ExplodeLoop
    private static void clearStack(Frame frame, int from, int to) {
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

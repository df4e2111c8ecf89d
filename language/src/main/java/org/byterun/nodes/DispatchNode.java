package org.byterun.nodes;

import org.byterun.ByteRunLanguage;
import org.byterun.builtins.TypeCalls;
import org.byterun.loader.CodeObject;
import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.PyBoundBuiltin;
import org.byterun.runtime.PyBuiltinFunction;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyException;
import org.byterun.runtime.PyDict;
import org.byterun.runtime.PyFunction;
import org.byterun.runtime.PyMethod;
import org.byterun.runtime.PyTuple;
import org.byterun.runtime.PyType;
import org.byterun.runtime.PyInstance;
import org.byterun.runtime.Layouts;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;

/**
 * Calls any Python callable. Python functions are cached on their code object, so a call site
 * that always reaches the same function compiles to a direct call with argument binding folded.
 */
public abstract class DispatchNode extends Node {
    static final int CACHE_LIMIT = 4;

    public abstract Object execute(Object callable, Object[] positional, String[] kwNames, Object[] kwValues);

    static DirectCallNode directCall(CodeObject code) {
        return DirectCallNode.create(BytecodeRootNode.forCode(ByteRunLanguage.get(null), code).getCallTarget());
    }

    /**
     * Positional arguments binding the plain ways (see {@link ArgumentBinder#shape}): the frame
     * arguments are built inline with constant counts, so the binding folds into the caller.
     */
    @Specialization(guards = {"fn.getCode() == cachedCode", "kwNames.length == 0", "shape >= 0"}, limit = "CACHE_LIMIT")
    static Object callSimple(PyFunction fn, Object[] positional, String[] kwNames, Object[] kwValues,
                    @Cached("fn.getCode()") CodeObject cachedCode,
                    @Cached("shape(cachedCode, positional.length)") int shape,
                    @Cached("positional.length") int cachedLength,
                    @Cached("directCall(cachedCode)") DirectCallNode call) {
        if (positional.length != cachedLength) {
            CompilerDirectives.transferToInterpreter();
            return callBound(fn, positional, kwNames, kwValues, call);
        }
        Object[] frameArgs;
        if (shape == ArgumentBinder.EXACT) {
            frameArgs = frameArgs(fn, positional, cachedLength, cachedLength);
        } else if (shape == ArgumentBinder.DEFAULTS) {
            Object[] defaults = fn.getDefaults();
            int missing = cachedCode.argCount - cachedLength;
            if (defaults == null || defaults.length < missing) {
                return callBound(fn, positional, kwNames, kwValues, call); // raises the missing-argument TypeError
            }
            frameArgs = defaultsFrameArgs(fn, positional, cachedLength, defaults, missing);
        } else {
            frameArgs = starFrameArgs(fn, positional, cachedCode.argCount, cachedLength, (cachedCode.flags & CodeObject.CO_VARARGS) != 0,
                            (cachedCode.flags & CodeObject.CO_VARKEYWORDS) != 0);
        }
        return invoke(call, frameArgs);
    }

    static int shape(CodeObject code, int nargs) {
        return ArgumentBinder.shape(code, nargs);
    }

    @ExplodeLoop
    private static Object[] defaultsFrameArgs(PyFunction fn, Object[] positional, int n, Object[] defaults, int missing) {
        Object[] frameArgs = frameArgs(fn, positional, n, n + missing);
        int firstDefault = defaults.length - missing;
        for (int i = 0; i < missing; i++) {
            frameArgs[FrameArgs.FIRST_PARAM + n + i] = defaults[firstDefault + i];
        }
        return frameArgs;
    }

    /** Named parameters, then the rest as the *args tuple and an empty **kwargs dict, each if the code has it. */
    @ExplodeLoop
    private static Object[] starFrameArgs(PyFunction fn, Object[] positional, int named, int n, boolean varargs, boolean varkw) {
        Object[] frameArgs = frameArgs(fn, positional, named, named + (varargs ? 1 : 0) + (varkw ? 1 : 0));
        int next = FrameArgs.FIRST_PARAM + named;
        if (varargs) {
            Object[] extra = new Object[n - named];
            for (int i = named; i < n; i++) {
                extra[i - named] = positional[i];
            }
            frameArgs[next++] = new PyTuple(extra);
        }
        if (varkw) {
            frameArgs[next] = newDict();
        }
        return frameArgs;
    }

    @TruffleBoundary
    private static PyDict newDict() {
        return new PyDict();
    }

    @Specialization(guards = "fn.getCode() == cachedCode", limit = "CACHE_LIMIT")
    static Object callBound(PyFunction fn, Object[] positional, String[] kwNames, Object[] kwValues,
                    @Cached("fn.getCode()") @SuppressWarnings("unused") CodeObject cachedCode,
                    @Cached("directCall(cachedCode)") DirectCallNode call) {
        return callBound(fn, positional, kwNames, kwValues, call);
    }

    private static Object callBound(PyFunction fn, Object[] positional, String[] kwNames, Object[] kwValues, DirectCallNode call) {
        return invoke(call, ArgumentBinder.bind(fn, positional, kwNames, kwValues));
    }

    @Specialization(replaces = {"callSimple", "callBound"})
    static Object callIndirect(PyFunction fn, Object[] positional, String[] kwNames, Object[] kwValues,
                    @Cached IndirectCallNode call) {
        Object[] frameArgs = ArgumentBinder.bind(fn, positional, kwNames, kwValues);
        try {
            return call.call(BytecodeRootNode.forCode(ByteRunLanguage.get(call), fn.getCode()).getCallTarget(), frameArgs);
        } catch (StackOverflowError e) {
            throw recursionError();
        }
    }

    /** A builtin with an inline fast path (list.append, len, ...); unusual arguments take its body. */
    @Specialization(guards = {"fn == cachedFn", "intrinsic != null"}, limit = "CACHE_LIMIT")
    static Object callIntrinsic(PyBuiltinFunction fn, Object[] positional, String[] kwNames, Object[] kwValues,
                    @Cached("fn") @SuppressWarnings("unused") PyBuiltinFunction cachedFn,
                    @Cached("intrinsicFor(fn)") BuiltinIntrinsic intrinsic) {
        Object r = kwNames.length == 0 ? intrinsic.execute(positional) : null;
        return r != null ? r : Calls.callBuiltin(fn, positional, kwNames, kwValues);
    }

    static BuiltinIntrinsic intrinsicFor(PyBuiltinFunction fn) {
        return BuiltinIntrinsic.forBuiltin(fn);
    }

    @Specialization(replaces = "callIntrinsic")
    static Object callBuiltin(PyBuiltinFunction fn, Object[] positional, String[] kwNames, Object[] kwValues) {
        return Calls.callBuiltin(fn, positional, kwNames, kwValues);
    }

    @Specialization
    static Object callBoundBuiltin(PyBoundBuiltin m, Object[] positional, String[] kwNames, Object[] kwValues) {
        return Calls.callBuiltin(m.getFunction(), Calls.prepend(m.getSelf(), positional), kwNames, kwValues);
    }

    /**
     * Instantiating a plain class (metaclass type, object.__new__, __init__ written in Python): the
     * instance is allocated here and __init__ dispatched like any call, so it can be inlined. Valid
     * while the class and its bases are unchanged.
     */
    @Specialization(guards = {"type == cachedType", "init != null"}, assumptions = "unchanged", limit = "CACHE_LIMIT")
    static Object instantiate(@SuppressWarnings("unused") PyType type, Object[] positional, String[] kwNames, Object[] kwValues,
                    @Cached("type") PyType cachedType,
                    @Cached("type.getUnchangedAssumption()") @SuppressWarnings("unused") Assumption unchanged,
                    @Cached("plainInit(type)") PyFunction init,
                    @Cached DispatchNode initCall) {
        PyInstance self = new PyInstance(cachedType);
        TypeCalls.checkInitResult(initCall.execute(init, Calls.prepend(self, positional), kwNames, kwValues));
        return self;
    }

    /** The Python __init__ of a class whose instances are made the plain way, else null. */
    @TruffleBoundary
    static PyFunction plainInit(PyType type) {
        if (!type.isHeapType() || type.getMetatype() != BuiltinTypes.TYPE || Layouts.solidBase(type) != BuiltinTypes.OBJECT
                        || type.lookup("__new__") != BuiltinTypes.OBJECT.getOwnAttribute("__new__")) {
            return null;
        }
        return type.lookup("__init__") instanceof PyFunction f ? f : null;
    }

    @Specialization(replaces = "instantiate")
    static Object callType(PyType type, Object[] positional, String[] kwNames, Object[] kwValues) {
        return Calls.callType(type, positional, kwNames, kwValues);
    }

    /** A bound method: the function is dispatched (and cached) like a direct call with self first. */
    @Specialization
    static Object callMethod(PyMethod m, Object[] positional, String[] kwNames, Object[] kwValues,
                    @Cached DispatchNode inner) {
        return inner.execute(m.getFunction(), Calls.prepend(m.getSelf(), positional), kwNames, kwValues);
    }

    @Fallback
    static Object callOther(Object callable, Object[] positional, String[] kwNames, Object[] kwValues) {
        return Calls.callObject(callable, positional, kwNames, kwValues);
    }

    /** Frame arguments for {@code params} parameters, the first {@code n} of them from {@code positional}. */
    @ExplodeLoop
    private static Object[] frameArgs(PyFunction fn, Object[] positional, int n, int params) {
        Object[] frameArgs = new Object[FrameArgs.FIRST_PARAM + params];
        frameArgs[FrameArgs.FUNCTION] = fn;
        frameArgs[FrameArgs.GLOBALS] = fn.getGlobals();
        for (int i = 0; i < n; i++) {
            frameArgs[FrameArgs.FIRST_PARAM + i] = positional[i];
        }
        return frameArgs;
    }

    private static Object invoke(DirectCallNode call, Object[] frameArgs) {
        try {
            return call.call(frameArgs);
        } catch (StackOverflowError e) {
            throw recursionError();
        }
    }

    @TruffleBoundary
    static PyException recursionError() {
        return PyErrors.create(BuiltinTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
    }
}

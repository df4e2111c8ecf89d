package org.byterun.nodes;

import org.byterun.ByteRunContext;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyList;
import org.byterun.runtime.PyTuple;
import org.byterun.runtime.PyFunction;
import org.byterun.runtime.PyTypeAlias;
import org.byterun.runtime.PyTypeParam;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** CALL_INTRINSIC_1 (CPython's INTRINSIC_* numbering for 3.13). */
public final class Intrinsics {
    private Intrinsics() {
    }

    public static final int INTRINSIC_PRINT = 1;
    public static final int INTRINSIC_IMPORT_STAR = 2;
    public static final int INTRINSIC_STOPITERATION_ERROR = 3;
    public static final int INTRINSIC_ASYNC_GEN_WRAP = 4;
    public static final int INTRINSIC_UNARY_POSITIVE = 5;
    public static final int INTRINSIC_LIST_TO_TUPLE = 6;
    public static final int INTRINSIC_TYPEVAR = 7;
    public static final int INTRINSIC_PARAMSPEC = 8;
    public static final int INTRINSIC_TYPEVARTUPLE = 9;
    public static final int INTRINSIC_SUBSCRIPT_GENERIC = 10;
    public static final int INTRINSIC_TYPEALIAS = 11;

    /** sys.displayhook's default: print repr(value) unless it is None, and keep it as builtins._ */
    private static void displayHook(ByteRunContext context, Object value) {
        if (value == org.byterun.runtime.PyNone.INSTANCE) {
            return;
        }
        context.getBuiltins().setAttribute("_", org.byterun.runtime.PyNone.INSTANCE);
        Object stdout = context.getModule("sys").getAttribute("stdout");
        Calls.call(org.byterun.runtime.Attributes.getAttribute(stdout, "write"), org.byterun.runtime.Repr.repr(value) + "\n");
        context.getBuiltins().setAttribute("_", value);
    }

    @TruffleBoundary
    public static Object intrinsic1(ByteRunContext context, Object[] frameArgs, int which, Object value) {
        switch (which) {
            case INTRINSIC_UNARY_POSITIVE:
                return SimpleOps.positive(value);
            case INTRINSIC_LIST_TO_TUPLE:
                return new PyTuple(((PyList) value).toArray());
            case INTRINSIC_PRINT:
                displayHook(context, value);
                return org.byterun.runtime.PyNone.INSTANCE;
            case INTRINSIC_IMPORT_STAR:
                Imports.importStar(context, frameArgs, value);
                return org.byterun.runtime.PyNone.INSTANCE;
            case INTRINSIC_ASYNC_GEN_WRAP:
                return new org.byterun.runtime.PyAsyncGenWrappedValue(value);
            case INTRINSIC_STOPITERATION_ERROR:
                return Generators.stopIterationError(frameArgs, value);
            case INTRINSIC_TYPEVAR:
                return new PyTypeParam(PyTypeParam.Kind.TYPE_VAR, (String) value);
            case INTRINSIC_PARAMSPEC:
                return new PyTypeParam(PyTypeParam.Kind.PARAM_SPEC, (String) value);
            case INTRINSIC_TYPEVARTUPLE:
                return new PyTypeParam(PyTypeParam.Kind.TYPE_VAR_TUPLE, (String) value);
            case INTRINSIC_TYPEALIAS: {
                // (name, type_params or None, compute_value)
                Object[] parts = ((PyTuple) value).items();
                PyTuple params = parts[1] instanceof PyTuple t ? t : PyTuple.of();
                return new PyTypeAlias((String) parts[0], params, parts[2], FrameArgs.globals(frameArgs).get("__name__"));
            }
            case INTRINSIC_SUBSCRIPT_GENERIC:
                throw PyErrors.notImplemented("generic classes (class C[T]: typing.Generic)");
            default:
                throw PyErrors.notImplemented("CALL_INTRINSIC_1 " + which);
        }
    }

    /** CALL_INTRINSIC_2 (CPython's INTRINSIC_* numbering for 3.13). */
    public static final int INTRINSIC_PREP_RERAISE_STAR = 1;
    public static final int INTRINSIC_TYPEVAR_WITH_BOUND = 2;
    public static final int INTRINSIC_TYPEVAR_WITH_CONSTRAINTS = 3;
    public static final int INTRINSIC_SET_FUNCTION_TYPE_PARAMS = 4;

    /** CALL_INTRINSIC_2 with {@code first} the deeper stack entry and {@code second} the top. */
    @TruffleBoundary
    public static Object intrinsic2(int which, Object first, Object second) {
        switch (which) {
            case INTRINSIC_TYPEVAR_WITH_BOUND:
                return PyTypeParam.withBound((String) first, second);
            case INTRINSIC_TYPEVAR_WITH_CONSTRAINTS:
                return PyTypeParam.withConstraints((String) first, second);
            case INTRINSIC_SET_FUNCTION_TYPE_PARAMS:
                ((PyFunction) first).setTypeParams((PyTuple) second);
                return first;
            case INTRINSIC_PREP_RERAISE_STAR:
                return org.byterun.builtins.ExceptionGroups.prepReraiseStar(first, second);
            default:
                throw PyErrors.notImplemented("CALL_INTRINSIC_2 " + which);
        }
    }
}

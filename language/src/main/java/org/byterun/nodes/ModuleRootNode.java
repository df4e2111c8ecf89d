package org.byterun.nodes;

import org.byterun.ByteRunContext;
import org.byterun.ByteRunLanguage;
import org.byterun.loader.CodeObject;
import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.ExceptionFormatter;
import org.byterun.runtime.PyBaseException;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyException;
import org.byterun.runtime.PyModule;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.Repr;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.RootNode;

/**
 * Runs a program's top-level code as the module {@code __main__} and returns the module. SystemExit
 * exits the context with its status; in main mode (the launcher) any other uncaught exception is
 * printed with its traceback and exits with status 1, as the python command does.
 */
public final class ModuleRootNode extends RootNode {
    private final CodeObject code;
    private final String filename;
    /** The compiler's warnings, printed to stderr before the module runs, as CPython does. */
    private final String compileWarnings;
    /** A compile error to raise instead of running (so that main mode reports it like CPython). */
    private final PyException compileError;
    @Child private IndirectCallNode call = IndirectCallNode.create();

    public ModuleRootNode(ByteRunLanguage language, CodeObject code, String filename, String compileWarnings, PyException compileError) {
        super(language);
        this.code = code;
        this.filename = filename;
        this.compileWarnings = compileWarnings;
        this.compileError = compileError;
    }

    @Override
    public String getName() {
        return "<module __main__>";
    }

    @Override
    public Object execute(VirtualFrame frame) {
        ByteRunContext context = ByteRunContext.get(this);
        PyModule module = createMainModule(context);
        if (!compileWarnings.isEmpty()) {
            context.printErr(compileWarnings);
        }
        try {
            if (compileError != null) {
                throw compileError;
            }
            BytecodeRootNode root = BytecodeRootNode.forCode(ByteRunLanguage.get(this), code);
            call.call(root.getCallTarget(), new Object[]{null, module.getDict(), null});
            context.flush();
            return module;
        } catch (PyException e) {
            return uncaught(context, e.getPyException(), e);
        } catch (StackOverflowError e) {
            return uncaught(context, PyErrors.create(BuiltinTypes.RECURSION_ERROR, "maximum recursion depth exceeded").getPyException(), null);
        } catch (ControlFlowException | AbstractTruffleException e) {
            throw e;
        } catch (RuntimeException e) {
            return internalError(context, e);
        }
    }

    @TruffleBoundary
    private PyModule createMainModule(ByteRunContext context) {
        PyModule module = new PyModule("__main__");
        module.setAttribute("__builtins__", context.getBuiltins());
        module.setAttribute("__doc__", PyNone.INSTANCE);
        if (!filename.startsWith("<")) {
            module.setAttribute("__file__", filename);
        }
        context.putModule("__main__", module);
        return module;
    }

    @TruffleBoundary
    private Object uncaught(ByteRunContext context, PyBaseException e, PyException original) {
        if (e.getType().isSubtypeOf(BuiltinTypes.SYSTEM_EXIT)) {
            exit(context, exitStatus(context, e));
        }
        if (!context.getEnv().getOptions().get(ByteRunLanguage.Main)) {
            throw original != null ? original : new PyException(e);
        }
        context.printErr(ExceptionFormatter.formatException(e));
        exit(context, 1);
        throw CompilerDirectives.shouldNotReachHere();
    }

    /** SystemExit(code): None is 0, an int is the status, anything else is printed and gives 1. */
    private static int exitStatus(ByteRunContext context, PyBaseException e) {
        Object code = e.getArgs().size() == 0 ? PyNone.INSTANCE : e.getArgs().size() == 1 ? e.getArgs().get(0) : e.getArgs();
        if (code == PyNone.INSTANCE) {
            return 0;
        }
        if (code instanceof Long l) {
            return (int) (long) l;
        }
        if (code instanceof Boolean b) {
            return b ? 1 : 0;
        }
        context.getErr().println(Repr.str(code));
        return 1;
    }

    @TruffleBoundary
    private Object internalError(ByteRunContext context, RuntimeException e) {
        PyBaseException error = PyErrors.systemError("internal error in ByteRun: " + e).getPyException();
        if (context.getLanguage().isJavaStacktraces()) {
            e.printStackTrace(context.getErr());
        }
        return uncaught(context, error, null);
    }

    private void exit(ByteRunContext context, int status) {
        context.flush();
        context.getEnv().getContext().closeExited(this, status);
    }
}

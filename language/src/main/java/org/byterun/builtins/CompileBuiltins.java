package org.byterun.builtins;

import org.byterun.ByteRunLanguage;
import org.byterun.CompileErrors;
import org.byterun.loader.CodeObject;
import org.byterun.loader.Compiled;
import org.byterun.loader.Frontend;
import org.byterun.loader.FrontendSyntaxError;
import org.byterun.loader.FrontendUnavailableException;
import org.byterun.loader.Marshal;
import org.byterun.nodes.BytecodeRootNode;
import org.byterun.nodes.FrameArgs;
import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.PyBuiltinFunction;
import org.byterun.runtime.PyBytes;
import org.byterun.runtime.PyDict;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyModule;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.Truthiness;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.FrameInstance;
import com.oracle.truffle.api.nodes.IndirectCallNode;

/** compile(), exec() and eval(): source goes through CPython's compiler (one process per VM). */
final class CompileBuiltins {
    private CompileBuiltins() {
    }

    static void install(PyModule m) {
        m.setAttribute("compile", new PyBuiltinFunction("compile", null, CompileBuiltins::compile));
        m.setAttribute("exec", new PyBuiltinFunction("exec", null, (args, kwNames, kwValues) -> {
            run("exec", args, kwNames, kwValues);
            return PyNone.INSTANCE;
        }));
        m.setAttribute("eval", new PyBuiltinFunction("eval", null, (args, kwNames, kwValues) -> run("eval", args, kwNames, kwValues)));
    }

    private static final String[] COMPILE_PARAMS = {"source", "filename", "mode", "flags", "dont_inherit", "optimize"};

    private static Object compile(Object[] args, String[] kwNames, Object[] kwValues) {
        Object[] a = bindNamed("compile", COMPILE_PARAMS, 3, args, kwNames, kwValues);
        String mode = str("compile", "mode", a[2]);
        if (!mode.equals("exec") && !mode.equals("eval") && !mode.equals("single")) {
            throw PyErrors.valueError("compile() mode must be 'exec', 'eval' or 'single'");
        }
        int flags = a[3] == null ? 0 : (int) (long) (Long) a[3];
        if ((flags & 0x400) != 0) {
            throw PyErrors.notImplemented("compile() to an AST (PyCF_ONLY_AST)");
        }
        boolean dontInherit = a[4] != null && Truthiness.isTrue(a[4]);
        int optimize = a[5] == null ? -1 : (int) (long) (Long) a[5];
        return compileSource(a[0], pathOf(a[1]), mode, flags, dontInherit, optimize);
    }

    @TruffleBoundary
    private static CodeObject compileSource(Object source, String filename, String mode, int flags, boolean dontInherit, int optimize) {
        String text;
        if (source instanceof String s) {
            text = s;
        } else if (source instanceof PyBytes b) {
            text = new String(b.bytes(), java.nio.charset.StandardCharsets.UTF_8);
        } else {
            throw PyErrors.typeError("compile() arg 1 must be a string, bytes or AST object");
        }
        try {
            Compiled compiled = Frontend.compile(text, filename, mode, flags, dontInherit, optimize);
            if (!compiled.warnings().isEmpty()) {
                org.byterun.ByteRunContext.get(null).printErr(compiled.warnings());
            }
            return Marshal.loadCode(compiled.code(), 0, filename);
        } catch (FrontendSyntaxError e) {
            throw CompileErrors.toPython(e);
        } catch (FrontendUnavailableException e) {
            throw PyErrors.create(BuiltinTypes.RUNTIME_ERROR, e.getMessage());
        }
    }

    /** exec/eval(source, globals=None, locals=None). */
    @TruffleBoundary
    private static Object run(String fn, Object[] args, String[] kwNames, Object[] kwValues) {
        Object[] a = bindNamed(fn, new String[]{"source", "globals", "locals"}, 1, args, kwNames, kwValues);
        Object source = a[0];
        Object globalsArg = a[1] == null ? PyNone.INSTANCE : a[1];
        Object localsArg = a[2] == null ? PyNone.INSTANCE : a[2];
        PyDict globals;
        PyDict locals;
        if (globalsArg == PyNone.INSTANCE) {
            Object[] caller = callerArguments();
            globals = FrameArgs.globals(caller);
            locals = localsArg == PyNone.INSTANCE ? callerLocals(caller) : mapping(fn, localsArg);
        } else {
            if (!(globalsArg instanceof PyDict g)) {
                throw PyErrors.typeError(fn + "() globals must be a dict, not " + PyErrors.typeName(globalsArg));
            }
            globals = g;
            locals = localsArg == PyNone.INSTANCE ? g : mapping(fn, localsArg);
        }
        if (globals.get("__builtins__") == null) {
            globals.put("__builtins__", org.byterun.ByteRunContext.get(null).getBuiltins());
        }
        CodeObject code;
        if (source instanceof CodeObject c) {
            code = c;
        } else if (source instanceof String s) {
            code = compileSource(fn.equals("eval") ? s.stripLeading() : s, "<string>", fn, 0, true, -1);
        } else if (source instanceof PyBytes) {
            code = compileSource(source, "<string>", fn, 0, true, -1);
        } else {
            throw PyErrors.typeError(fn + "() arg 1 must be a string, bytes or code object");
        }
        RootCallTarget target = BytecodeRootNode.forCode(ByteRunLanguage.get(null), code).getCallTarget();
        return IndirectCallNode.getUncached().call(target, new Object[]{null, globals, locals == globals ? null : locals});
    }

    private static PyDict mapping(String fn, Object locals) {
        if (locals instanceof PyDict d) {
            return d;
        }
        throw PyErrors.notImplemented(fn + "() with a locals mapping that is not a dict");
    }

    /** The frame arguments of the innermost Python frame (the caller of exec/eval). */
    private static Object[] callerArguments() {
        Object[] args = Truffle.getRuntime().iterateFrames(frame -> {
            if (((RootCallTarget) frame.getCallTarget()).getRootNode() instanceof BytecodeRootNode) {
                return frame.getFrame(FrameInstance.FrameAccess.READ_ONLY).getArguments();
            }
            return null;
        });
        if (args == null) {
            throw PyErrors.systemError("exec()/eval() called without a Python frame");
        }
        return args;
    }

    /**
     * The caller's locals: its explicit mapping in module and class bodies; in a function, the
     * globals stand in until frame locals are materialized (CPython gives a snapshot of the fast locals).
     */
    private static PyDict callerLocals(Object[] callerArgs) {
        Object locals = callerArgs[FrameArgs.LOCALS];
        if (locals instanceof PyDict d) {
            return d;
        }
        if (callerArgs[FrameArgs.FUNCTION] != null) {
            throw PyErrors.notImplemented("exec()/eval() inside a function without explicit globals (reading the function's local variables)");
        }
        return FrameArgs.globals(callerArgs);
    }

    private static String pathOf(Object filename) {
        if (filename instanceof String s) {
            return s;
        } else if (filename instanceof PyBytes b) {
            return new String(b.bytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        throw PyErrors.typeError("compile() argument 'filename' must be str, not " + PyErrors.typeName(filename));
    }

    private static String str(String fn, String param, Object v) {
        if (v instanceof String s) {
            return s;
        }
        throw PyErrors.typeError(fn + "() argument '" + param + "' must be str, not " + PyErrors.typeName(v));
    }

    /** Binds positional and keyword arguments to named parameters; missing optional ones are null. */
    private static Object[] bindNamed(String fn, String[] params, int required, Object[] args, String[] kwNames, Object[] kwValues) {
        if (args.length > params.length) {
            throw PyErrors.typeError(fn + "() takes at most " + params.length + " arguments (" + args.length + " given)");
        }
        Object[] bound = new Object[params.length];
        System.arraycopy(args, 0, bound, 0, args.length);
        for (int k = 0; k < kwNames.length; k++) {
            int index = java.util.Arrays.asList(params).indexOf(kwNames[k]);
            if (index < 0) {
                throw PyErrors.typeError(fn + "() got an unexpected keyword argument '" + kwNames[k] + "'");
            }
            if (bound[index] != null) {
                throw PyErrors.typeError("argument for " + fn + "() given by name ('" + kwNames[k] + "') and position (" + (index + 1) + ")");
            }
            bound[index] = kwValues[k];
        }
        for (int i = 0; i < required; i++) {
            if (bound[i] == null) {
                throw PyErrors.typeError(fn + "() missing required argument '" + params[i] + "' (pos " + (i + 1) + ")");
            }
        }
        return bound;
    }
}

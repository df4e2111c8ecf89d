package org.byterun;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.byterun.builtins.BuiltinsModule;
import org.byterun.builtins.SysModule;
import org.byterun.runtime.PyBaseException;
import org.byterun.runtime.PyDict;
import org.byterun.runtime.PyModule;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage.ContextReference;
import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.nodes.Node;

/** The state of one polyglot context: its modules, streams and the exception being handled. */
public final class ByteRunContext {
    private static final ContextReference<ByteRunContext> REFERENCE = ContextReference.create(ByteRunLanguage.class);

    private final ByteRunLanguage language;
    private final Env env;
    private final PrintWriter out;
    private final PrintWriter err;
    private final PyModule builtins;
    private final PyModule sys;
    /** sys.modules: every imported module by name. */
    private final PyDict modules = new PyDict();
    /** The exception an {@code except} block is handling now (CPython's exc_info), or null. */
    private PyBaseException currentException;
    /** Python frames on the stack now, and how many are allowed (sys.setrecursionlimit). */
    private int depth;
    private int recursionLimit = 1000;

    ByteRunContext(ByteRunLanguage language, Env env) {
        org.byterun.builtins.BuiltinsPrewarm.await();
        this.language = language;
        this.env = env;
        // stdout is buffered for speed and flushed before stderr output, at exit and at close
        this.out = new PrintWriter(new OutputStreamWriter(env.out(), StandardCharsets.UTF_8), false);
        this.err = new PrintWriter(new OutputStreamWriter(env.err(), StandardCharsets.UTF_8), true);
        this.builtins = BuiltinsModule.create();
        modules.put("builtins", builtins);
        this.sys = SysModule.create(this, env.getApplicationArguments(), modules);
        modules.put("sys", sys);
    }

    public static ByteRunContext get(Node node) {
        return REFERENCE.get(node);
    }

    public ByteRunLanguage getLanguage() {
        return language;
    }

    public Env getEnv() {
        return env;
    }

    public PrintWriter getOut() {
        return out;
    }

    /** stderr; writing to it first flushes stdout so that the two interleave as written. */
    @TruffleBoundary
    public PrintWriter getErr() {
        out.flush();
        return err;
    }

    private java.io.BufferedReader stdin;

    /** stdin as text: one reader for sys.stdin and input(), so their buffering never disagrees. */
    @TruffleBoundary
    public java.io.BufferedReader getStdin() {
        if (stdin == null) {
            stdin = new java.io.BufferedReader(new java.io.InputStreamReader(env.in(), StandardCharsets.UTF_8));
        }
        return stdin;
    }

    /** The stderr writer itself, for sys.stderr (which flushes stdout before writing). */
    public PrintWriter getErrWriter() {
        return err;
    }

    public PyModule getBuiltins() {
        return builtins;
    }

    /**
     * What {@code import name} finds: the entry in sys.modules (any object a program put there), or
     * a builtin module created now on its first import; null if neither.
     */
    @TruffleBoundary
    public Object importModule(String name) {
        Object m = modules.get(name);
        if (m == null) {
            m = org.byterun.builtins.BuiltinModules.create(name);
            if (m != null) {
                modules.put(name, m);
            }
        }
        return m;
    }

    /** One of ByteRun's own modules (sys, builtins, __main__), whatever a program did to sys.modules. */
    @TruffleBoundary
    public PyModule getModule(String name) {
        return name.equals("builtins") ? builtins : name.equals("sys") ? sys : (PyModule) modules.get(name);
    }

    @TruffleBoundary
    public void putModule(String name, PyModule module) {
        modules.put(name, module);
    }

    public PyBaseException getCurrentException() {
        return currentException;
    }

    public void setCurrentException(PyBaseException e) {
        this.currentException = e;
    }

    /** Enters a Python frame; false if that would exceed the recursion limit (nothing is entered then). */
    public boolean enterFrame() {
        if (depth >= recursionLimit) {
            return false;
        }
        depth++;
        return true;
    }

    public void exitFrame() {
        depth--;
    }

    public int getDepth() {
        return depth;
    }

    public int getRecursionLimit() {
        return recursionLimit;
    }

    public void setRecursionLimit(int limit) {
        this.recursionLimit = limit;
    }

    /** Writes text to stderr now (after flushing stdout), as tracebacks and warnings are written. */
    @TruffleBoundary
    public void printErr(String text) {
        PrintWriter w = getErr();
        w.print(text);
        w.flush();
    }

    @TruffleBoundary
    public void flush() {
        out.flush();
        err.flush();
    }
}

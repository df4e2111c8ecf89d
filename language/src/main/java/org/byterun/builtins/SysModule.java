package org.byterun.builtins;

import org.byterun.ByteRunContext;
import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.PyBaseException;
import org.byterun.runtime.PyBuiltinFunction;
import org.byterun.runtime.PyDict;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyException;
import org.byterun.runtime.PyList;
import org.byterun.runtime.PyModule;
import org.byterun.runtime.PyNamespace;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.PyTuple;

/** The {@code sys} module: what exists so far. */
public final class SysModule {
    private SysModule() {
    }

    public static PyModule create(ByteRunContext context, String[] argv, PyDict modules) {
        PyModule sys = new PyModule("sys");
        sys.setAttribute("modules", modules);
        sys.setAttribute("path", new PyList(new Object[]{scriptDirectory(argv)}));
        sys.setAttribute("stdin", StdStreams.stdin(context));
        sys.setAttribute("__stdin__", sys.getAttribute("stdin"));
        PyNamespace implementation = new PyNamespace();
        implementation.getDict().put("name", "byterun");
        implementation.getDict().put("cache_tag", "cpython-313");
        implementation.getDict().put("version", PyTuple.of(0L, 1L, 0L, "alpha", 0L));
        implementation.getDict().put("hexversion", 0x000100A0L);
        sys.setAttribute("implementation", implementation);
        sys.setAttribute("intern", new PyBuiltinFunction("intern", null, (args, kwNames, kwValues) -> {
            Args.noKeywords("intern", kwNames);
            Args.exactly("intern", args, 1);
            if (!(args[0] instanceof String s)) {
                throw PyErrors.typeError("intern() argument must be str, not " + PyErrors.typeName(args[0]));
            }
            return s.intern();
        }));
        sys.setAttribute("getsizeof", new PyBuiltinFunction("getsizeof", null, (args, kwNames, kwValues) -> {
            Args.noKeywords("getsizeof", kwNames);
            Args.range("getsizeof", args, 1, 2);
            return SizeEstimate.of(args[0]);
        }));
        sys.setAttribute("stdout", StdStreams.stdout(context));
        sys.setAttribute("stderr", StdStreams.stderr(context));
        sys.setAttribute("__stdout__", sys.getAttribute("stdout"));
        sys.setAttribute("__stderr__", sys.getAttribute("stderr"));
        Object[] items = new Object[argv.length == 0 ? 1 : argv.length];
        items[0] = "";
        System.arraycopy(argv, 0, items, 0, argv.length);
        sys.setAttribute("argv", new PyList(items));
        sys.setAttribute("maxsize", Long.MAX_VALUE);
        sys.setAttribute("platform", "linux");
        sys.setAttribute("byteorder", "little");
        sys.setAttribute("version", "3.13.0 (ByteRun 0.1.0)");
        sys.setAttribute("version_info", PyTuple.of(3L, 13L, 0L, "final", 0L));
        sys.setAttribute("hexversion", 0x030D00F0L);
        sys.setAttribute("exit", new PyBuiltinFunction("exit", null, (args, kwNames, kwValues) -> {
            Args.noKeywords("exit", kwNames);
            Args.range("exit", args, 0, 1);
            throw new PyException(new PyBaseException(BuiltinTypes.SYSTEM_EXIT, args.length == 0 ? PyTuple.EMPTY : PyTuple.of(args[0])));
        }));
        sys.setAttribute("exception", new PyBuiltinFunction("exception", null, (args, kwNames, kwValues) -> {
            Args.noKeywords("exception", kwNames);
            Args.exactly("exception", args, 0);
            PyBaseException e = ByteRunContext.get(null).getCurrentException();
            return e == null ? PyNone.INSTANCE : e;
        }));
        sys.setAttribute("exc_info", new PyBuiltinFunction("exc_info", null, (args, kwNames, kwValues) -> {
            Args.noKeywords("exc_info", kwNames);
            Args.exactly("exc_info", args, 0);
            PyBaseException e = ByteRunContext.get(null).getCurrentException();
            if (e == null) {
                return PyTuple.of(PyNone.INSTANCE, PyNone.INSTANCE, PyNone.INSTANCE);
            }
            return PyTuple.of(e.getType(), e, e.getTracebackObject());
        }));
        sys.setAttribute("get_coroutine_origin_tracking_depth", new PyBuiltinFunction("get_coroutine_origin_tracking_depth", null, (args, kwNames, kwValues) -> {
            Args.exactly("get_coroutine_origin_tracking_depth", args, 0);
            return 0L;
        }));
        sys.setAttribute("set_coroutine_origin_tracking_depth", new PyBuiltinFunction("set_coroutine_origin_tracking_depth", null, (args, kwNames, kwValues) -> {
            Object depth = args.length == 1 ? args[0] : kwNames.length == 1 && kwNames[0].equals("depth") ? kwValues[0] : null;
            if (depth == null) {
                throw PyErrors.typeError("set_coroutine_origin_tracking_depth() missing required argument 'depth' (pos 1)");
            }
            long d = org.byterun.runtime.Ints.toLongIndex(org.byterun.runtime.PyNumbers.index(depth));
            if (d < 0) {
                throw PyErrors.valueError("depth must be >= 0");
            }
            if (d > 0) {
                throw PyErrors.notImplemented("coroutine origin tracking (cr_origin)");
            }
            return PyNone.INSTANCE;
        }));
        sys.setAttribute("getrecursionlimit", new PyBuiltinFunction("getrecursionlimit", null,
                        (args, kwNames, kwValues) -> (long) ByteRunContext.get(null).getRecursionLimit()));
        sys.setAttribute("setrecursionlimit", new PyBuiltinFunction("setrecursionlimit", null, SysModule::setRecursionLimit));
        return sys;
    }

    /** sys.path[0]: the script's directory, or '' for -c (CPython does not resolve symlinks here either). */
    private static String scriptDirectory(String[] argv) {
        if (argv.length == 0 || argv[0].equals("-c")) {
            return "";
        }
        java.io.File parent = new java.io.File(argv[0]).getAbsoluteFile().getParentFile();
        return parent == null ? "" : parent.getPath();
    }

    private static Object setRecursionLimit(Object[] args, String[] kwNames, Object[] kwValues) {
        Args.noKeywords("setrecursionlimit", kwNames);
        Args.exactly("setrecursionlimit", args, 1);
        if (!(args[0] instanceof Long || args[0] instanceof Boolean)) {
            throw PyErrors.typeError("'" + PyErrors.typeName(args[0]) + "' object cannot be interpreted as an integer");
        }
        long limit = args[0] instanceof Boolean b ? (b ? 1 : 0) : (Long) args[0];
        if (limit < 1) {
            throw PyErrors.valueError("recursion limit must be greater or equal than 1");
        }
        ByteRunContext context = ByteRunContext.get(null);
        if (limit <= context.getDepth()) {
            throw PyErrors.create(BuiltinTypes.RECURSION_ERROR, "cannot set the recursion limit to " + limit + " at the recursion depth "
                            + context.getDepth() + ": the limit is too low");
        }
        context.setRecursionLimit((int) Math.min(limit, Integer.MAX_VALUE));
        return org.byterun.runtime.PyNone.INSTANCE;
    }
}

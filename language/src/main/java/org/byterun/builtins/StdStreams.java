package org.byterun.builtins;

import static org.byterun.builtins.BuiltinMethods.method;
import static org.byterun.builtins.BuiltinMethods.self;

import org.byterun.ByteRunContext;
import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.PyTextStream;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The standard output streams (sys.stdout, sys.stderr) and writing text to any file-like object. */
public final class StdStreams {
    private StdStreams() {
    }

    static void install() {
        method(BuiltinTypes.TEXT_IO_WRAPPER, "write", (args, kwNames, kwValues) -> {
            Args.noKeywords("write", kwNames);
            Args.exactly("write", args, 2);
            PyTextStream stream = (PyTextStream) self(args, BuiltinTypes.TEXT_IO_WRAPPER, "write");
            if (!(args[1] instanceof String s)) {
                throw PyErrors.typeError("write() argument must be str, not " + PyErrors.typeName(args[1]));
            }
            write(stream, s);
            return (long) s.codePointCount(0, s.length());
        });
        method(BuiltinTypes.TEXT_IO_WRAPPER, "flush", (args, kwNames, kwValues) -> {
            ((PyTextStream) self(args, BuiltinTypes.TEXT_IO_WRAPPER, "flush")).getWriter().flush();
            return PyNone.INSTANCE;
        });
        method(BuiltinTypes.TEXT_IO_WRAPPER, "isatty", (args, kwNames, kwValues) -> {
            self(args, BuiltinTypes.TEXT_IO_WRAPPER, "isatty");
            return false;
        });
    }

    static PyTextStream stdout(ByteRunContext context) {
        return new PyTextStream("<stdout>", context.getOut(), false);
    }

    static PyTextStream stderr(ByteRunContext context) {
        return new PyTextStream("<stderr>", context.getErrWriter(), true);
    }

    /** Writes text to sys.stdout/sys.stderr directly, or through any object's write() method. */
    @TruffleBoundary
    static void writeTo(Object file, String text) {
        if (file instanceof PyTextStream stream) {
            write(stream, text);
            return;
        }
        Object write = org.byterun.runtime.Attributes.findAttribute(file, "write");
        if (write == null) {
            throw PyErrors.create(BuiltinTypes.ATTRIBUTE_ERROR, "'" + PyErrors.typeName(file) + "' object has no attribute 'write'");
        }
        org.byterun.nodes.Calls.call(write, text);
    }

    private static void write(PyTextStream stream, String text) {
        if (stream.isStderr()) {
            ByteRunContext.get(null).getOut().flush();
            stream.getWriter().write(text);
            stream.getWriter().flush();
        } else {
            stream.getWriter().write(text);
        }
    }
}

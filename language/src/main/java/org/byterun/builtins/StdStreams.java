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
            if (stream.getWriter() == null) {
                throw PyErrors.create(BuiltinTypes.OS_ERROR, "not writable");
            }
            if (!(args[1] instanceof String s)) {
                throw PyErrors.typeError("write() argument must be str, not " + PyErrors.typeName(args[1]));
            }
            write(stream, s);
            return (long) s.codePointCount(0, s.length());
        });
        method(BuiltinTypes.TEXT_IO_WRAPPER, "flush", (args, kwNames, kwValues) -> {
            PyTextStream stream = (PyTextStream) self(args, BuiltinTypes.TEXT_IO_WRAPPER, "flush");
            if (stream.getWriter() != null) {
                stream.getWriter().flush();
            }
            return PyNone.INSTANCE;
        });
        method(BuiltinTypes.TEXT_IO_WRAPPER, "readline", (args, kwNames, kwValues) -> {
            Args.noKeywords("readline", kwNames);
            Args.exactly("readline", args, 1);
            return readLine(readable(args, "readline"));
        });
        method(BuiltinTypes.TEXT_IO_WRAPPER, "readlines", (args, kwNames, kwValues) -> {
            Args.noKeywords("readlines", kwNames);
            Args.exactly("readlines", args, 1);
            java.io.BufferedReader reader = readable(args, "readlines");
            org.byterun.runtime.PyList lines = new org.byterun.runtime.PyList();
            for (String line = readLine(reader); !line.isEmpty(); line = readLine(reader)) {
                lines.append(line);
            }
            return lines;
        });
        method(BuiltinTypes.TEXT_IO_WRAPPER, "read", (args, kwNames, kwValues) -> {
            Args.noKeywords("read", kwNames);
            Args.exactly("read", args, 1);
            java.io.BufferedReader reader = readable(args, "read");
            StringBuilder sb = new StringBuilder();
            for (String line = readLine(reader); !line.isEmpty(); line = readLine(reader)) {
                sb.append(line);
            }
            return sb.toString();
        });
        method(BuiltinTypes.TEXT_IO_WRAPPER, "isatty", (args, kwNames, kwValues) -> {
            self(args, BuiltinTypes.TEXT_IO_WRAPPER, "isatty");
            return false;
        });
    }

    static PyTextStream stdin(ByteRunContext context) {
        return new PyTextStream("<stdin>", context.getStdin());
    }

    /** One line with its line ending, "" at the end of input (what readline() and input() need). */
    @TruffleBoundary
    public static String readLine(java.io.BufferedReader reader) {
        StringBuilder sb = new StringBuilder();
        try {
            int c;
            while ((c = reader.read()) >= 0) {
                sb.append((char) c);
                if (c == '\n') {
                    break;
                }
            }
        } catch (java.io.IOException e) {
            throw PyErrors.create(BuiltinTypes.OS_ERROR, e.getMessage());
        }
        return sb.toString();
    }

    private static java.io.BufferedReader readable(Object[] args, String name) {
        PyTextStream stream = (PyTextStream) self(args, BuiltinTypes.TEXT_IO_WRAPPER, name);
        if (stream.getReader() == null) {
            throw PyErrors.create(BuiltinTypes.OS_ERROR, "not readable");
        }
        return stream.getReader();
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
            ByteRunContext.get(null).printErr(text);
        } else {
            stream.getWriter().write(text);
        }
    }
}

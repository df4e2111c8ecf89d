package org.byterun.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Prints exceptions as CPython 3.13's default excepthook does. */
public final class ExceptionFormatter {
    private ExceptionFormatter() {
    }

    /** The last line of a traceback: {@code "ValueError: message"} or just the type name. */
    @TruffleBoundary
    public static String formatExceptionOnly(PyBaseException e) {
        String msg;
        try {
            msg = Repr.str(e);
        } catch (PyException failed) {
            msg = "<exception str() failed>";
        }
        PyType type = e.getType();
        String name = type.getQualname();
        Object module = type.isHeapType() ? type.getOwnAttribute("__module__") : null;
        if (module instanceof String m && !m.equals("__main__") && !m.equals("builtins")) {
            name = m + "." + name;
        }
        return msg.isEmpty() ? name : name + ": " + msg;
    }

    /** The full report, with chained causes and contexts first, as {@code sys.excepthook} prints it. */
    @TruffleBoundary
    public static String formatException(PyBaseException e) {
        StringBuilder sb = new StringBuilder();
        format(e, sb, new IdentityHashMap<>());
        return sb.toString();
    }

    private static void format(PyBaseException e, StringBuilder sb, IdentityHashMap<Object, Boolean> seen) {
        seen.put(e, Boolean.TRUE);
        if (e.getCause() instanceof PyBaseException cause && !seen.containsKey(cause)) {
            format(cause, sb, seen);
            sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (!e.isSuppressContext() && e.getContext() instanceof PyBaseException ctx && !seen.containsKey(ctx)) {
            format(ctx, sb, seen);
            sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        List<PyBaseException.TracebackEntry> tb = e.getTraceback();
        if (!tb.isEmpty()) {
            sb.append("Traceback (most recent call last):\n");
            for (PyBaseException.TracebackEntry entry : tb) {
                sb.append("  File \"").append(entry.filename()).append("\", line ").append(entry.line())
                                .append(", in ").append(entry.function()).append('\n');
                String source = sourceLine(entry.filename(), entry.line());
                if (source != null) {
                    sb.append("    ").append(source).append('\n');
                }
            }
        }
        if (e.getPrintedForm() != null) {
            sb.append(e.getPrintedForm());
        } else {
            sb.append(formatExceptionOnly(e)).append('\n');
        }
        if (e.getAttribute("__notes__") instanceof PyList notes) {
            for (int i = 0; i < notes.size(); i++) {
                sb.append(Repr.str(notes.get(i))).append('\n');
            }
        }
    }

    private static String sourceLine(String filename, int line) {
        if (line <= 0 || filename.startsWith("<")) {
            return null;
        }
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(Path.of(filename), StandardCharsets.UTF_8));
            if (line > lines.size()) {
                return null;
            }
            String s = lines.get(line - 1).strip();
            return s.isEmpty() ? null : s;
        } catch (IOException | RuntimeException ex) {
            return null;
        }
    }
}

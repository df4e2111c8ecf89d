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
        format(e, sb, new Context());
        return sb.toString();
    }

    /** Exception groups print at most this many members and nest at most this deep (CPython's limits). */
    private static final int MAX_GROUP_WIDTH = 15;
    private static final int MAX_GROUP_DEPTH = 10;

    /** Where the printing is: the exceptions already shown, how deep in groups, whether a group's box is still open. */
    private static final class Context {
        final IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
        int groupDepth;
        boolean needClose;

        String indent() {
            return " ".repeat(2 * groupDepth);
        }
    }

    /** Appends {@code text}, every line behind the group margin ({@code |} or {@code +}) when inside a group. */
    private static void emit(Context ctx, StringBuilder sb, String text, char margin) {
        String prefix = ctx.groupDepth > 0 ? ctx.indent() + margin + " " : "";
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl + 1;
            sb.append(prefix).append(text, start, end);
            start = end;
        }
    }

    private static void format(PyBaseException e, StringBuilder sb, Context ctx) {
        // the chain, oldest first: causes and contexts are printed before what they led to
        List<PyBaseException> chain = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        PyBaseException exc = e;
        String message = null;
        while (exc != null) {
            ctx.seen.put(exc, Boolean.TRUE);
            chain.add(exc);
            messages.add(message);
            if (exc.getCause() instanceof PyBaseException cause && !ctx.seen.containsKey(cause)) {
                message = "\nThe above exception was the direct cause of the following exception:\n\n";
                exc = cause;
            } else if (!exc.isSuppressContext() && exc.getContext() instanceof PyBaseException context && !ctx.seen.containsKey(context)) {
                message = "\nDuring handling of the above exception, another exception occurred:\n\n";
                exc = context;
            } else {
                exc = null;
            }
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            formatOne(chain.get(i), sb, ctx);
            if (messages.get(i) != null) {
                emit(ctx, sb, messages.get(i), '|');
            }
        }
    }

    /** One exception of a chain: its traceback and message, and for a group its members in boxes. */
    private static void formatOne(PyBaseException e, StringBuilder sb, Context ctx) {
        boolean group = e.getType().isSubtypeOf(BuiltinTypes.BASE_EXCEPTION_GROUP) && e.getAttribute("exceptions") instanceof PyTuple;
        if (!group) {
            if (!e.getTraceback().isEmpty()) {
                emit(ctx, sb, "Traceback (most recent call last):\n", '|');
                emit(ctx, sb, stack(e), '|');
            }
            emit(ctx, sb, exceptionOnly(e), '|');
            return;
        }
        if (ctx.groupDepth > MAX_GROUP_DEPTH) {
            emit(ctx, sb, "... (max_group_depth is " + MAX_GROUP_DEPTH + ")\n", '|');
            return;
        }
        boolean topLevel = ctx.groupDepth == 0;
        if (topLevel) {
            ctx.groupDepth++;
        }
        if (!e.getTraceback().isEmpty()) {
            emit(ctx, sb, "Exception Group Traceback (most recent call last):\n", topLevel ? '+' : '|');
            emit(ctx, sb, stack(e), '|');
        }
        emit(ctx, sb, exceptionOnly(e), '|');
        Object[] members = ((PyTuple) e.getAttribute("exceptions")).items();
        int n = members.length <= MAX_GROUP_WIDTH ? members.length : MAX_GROUP_WIDTH + 1;
        ctx.needClose = false;
        for (int i = 0; i < n; i++) {
            boolean last = i == n - 1;
            if (last) {
                ctx.needClose = true; // the closing line may come from a nested group
            }
            boolean truncated = i >= MAX_GROUP_WIDTH;
            String title = truncated ? "..." : String.valueOf(i + 1);
            sb.append(ctx.indent()).append(i == 0 ? "+-" : "  ").append("+---------------- ").append(title).append(" ----------------\n");
            ctx.groupDepth++;
            if (!truncated) {
                format((PyBaseException) members[i], sb, ctx);
            } else {
                int remaining = members.length - MAX_GROUP_WIDTH;
                emit(ctx, sb, "and " + remaining + " more exception" + (remaining > 1 ? "s" : "") + "\n", '|');
            }
            if (last && ctx.needClose) {
                sb.append(ctx.indent()).append("+------------------------------------\n");
                ctx.needClose = false;
            }
            ctx.groupDepth--;
        }
        if (topLevel) {
            ctx.groupDepth = 0;
        }
    }

    private static String stack(PyBaseException e) {
        StringBuilder sb = new StringBuilder();
        for (PyBaseException.TracebackEntry entry : e.getTraceback()) {
            sb.append("  File \"").append(entry.filename()).append("\", line ").append(entry.line()).append(", in ").append(entry.function()).append('\n');
            String source = sourceLine(entry.filename(), entry.line());
            if (source != null) {
                sb.append("    ").append(source).append('\n');
            }
        }
        return sb.toString();
    }

    /** The last lines: {@code Type: message} (or CPython's own SyntaxError block) and the notes. */
    private static String exceptionOnly(PyBaseException e) {
        StringBuilder sb = new StringBuilder();
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
        return sb.toString();
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

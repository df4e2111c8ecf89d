package org.byterun.nodes;

import java.io.PrintWriter;

import org.byterun.ByteRunContext;
import org.byterun.bytecode.Disassembler;
import org.byterun.bytecode.Opcodes;
import org.byterun.loader.CodeObject;
import org.byterun.runtime.Repr;

/** --trace output: one line per instruction with its location, name, argument and the stack. */
final class Tracer {
    private Tracer() {
    }

    private static final int MAX_ITEM = 60;

    static void trace(ByteRunContext context, CodeObject code, int bci, int op, int arg, int target, Object[] stack) {
        StringBuilder sb = new StringBuilder();
        sb.append(code.qualname).append(':').append(code.lineTable.lineAt(bci)).append(" @").append(bci * 2).append(' ');
        sb.append(Opcodes.name(op));
        if (op >= Opcodes.HAVE_ARGUMENT) {
            sb.append(' ').append(arg);
            String argRepr = Disassembler.argRepr(code, op, arg, target);
            if (!argRepr.isEmpty()) {
                sb.append(" (").append(argRepr).append(')');
            }
        }
        sb.append("  stack=[");
        for (int i = 0; i < stack.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(shortRepr(stack[i]));
        }
        sb.append(']');
        PrintWriter err = context.getErr();
        err.println(sb);
    }

    private static String shortRepr(Object v) {
        if (v == null) {
            return "NULL";
        }
        String r;
        try {
            r = Repr.repr(v);
        } catch (RuntimeException e) {
            r = "<" + v.getClass().getSimpleName() + ">";
        }
        return r.length() > MAX_ITEM ? r.substring(0, MAX_ITEM - 3) + "..." : r;
    }
}

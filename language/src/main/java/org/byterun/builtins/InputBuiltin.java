package org.byterun.builtins;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.byterun.ByteRunContext;
import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyModule;
import org.byterun.runtime.Repr;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** input(prompt): the prompt to stdout, then one line of the context's stdin without its newline. */
final class InputBuiltin {
    private InputBuiltin() {
    }

    static void install(PyModule m) {
        BuiltinFunctions.add(m, "input", (args, kwNames, kwValues) -> {
            Args.noKeywords("input", kwNames);
            Args.range("input", args, 0, 1);
            return input(args.length == 1 ? Repr.str(args[0]) : "");
        });
    }

    @TruffleBoundary
    private static String input(String prompt) {
        ByteRunContext context = ByteRunContext.get(null);
        PrintWriter out = context.getOut();
        out.write(prompt);
        out.flush();
        // byte by byte: a buffering reader would swallow input that later reads (or a child) should see
        InputStream in = context.getEnv().in();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            int b = in.read();
            if (b < 0) {
                throw PyErrors.create(BuiltinTypes.EOF_ERROR, "EOF when reading a line");
            }
            while (b >= 0 && b != '\n') {
                line.write(b);
                b = in.read();
            }
        } catch (IOException e) {
            throw PyErrors.create(BuiltinTypes.OS_ERROR, String.valueOf(e.getMessage()));
        }
        String s = line.toString(StandardCharsets.UTF_8);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }
}

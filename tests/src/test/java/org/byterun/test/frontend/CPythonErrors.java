package org.byterun.test.frontend;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** CPython 3.13's compile errors and stderr, to get a test's expected output from it rather than by hand. */
final class CPythonErrors {
    /** Prints compile()'s error for a file's text: its attributes and the formatted text, 0x1E-separated. */
    private static final String COMPILE_ERROR = String.join("\n",
                    "import sys, traceback",
                    "src = open(sys.argv[1], encoding='utf-8', newline='').read()",
                    "try:",
                    "    compile(src, sys.argv[2], sys.argv[3], 0, True, -1)",
                    "except Exception as e:",
                    "    attrs = ('msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset')",
                    "    fields = [getattr(e, a) if isinstance(e, SyntaxError) else None for a in attrs]",
                    "    if not isinstance(e, SyntaxError): fields[0] = str(e)",
                    "    fields = [type(e).__name__] + fields + [''.join(traceback.format_exception_only(e))]",
                    "    sys.stdout.write('\\x1e'.join('<None>' if f is None else str(f) for f in fields))");

    private CPythonErrors() {
    }

    /** What {@code python3.13 file} writes to stderr. */
    static String runStderr(Path file) throws IOException, InterruptedException {
        return run(List.of(file.toString()), true);
    }

    /**
     * compile()'s error for the file's text, as [type, msg, filename, lineno, offset, text,
     * end_lineno, end_offset, formatted], null for None.
     */
    static String[] compileError(Path file, String filename, String mode) throws IOException, InterruptedException {
        String out = run(List.of("-c", COMPILE_ERROR, file.toString(), filename, mode), false);
        String[] fields = out.split("\u001e", -1);
        assertTrue(fields.length == 9, "CPython compiled it without error: " + out);
        for (int i = 0; i < fields.length; i++) {
            fields[i] = fields[i].equals("<None>") ? null : fields[i];
        }
        return fields;
    }

    private static String run(List<String> args, boolean stderr) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(org.byterun.test.CPython.required().toString());
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command);
        // Plain text as when stderr is not a terminal, whatever the test environment says.
        pb.environment().keySet().removeIf(k -> k.equals("FORCE_COLOR") || k.startsWith("PYTHON"));
        pb.redirectOutput(stderr ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.PIPE);
        pb.redirectError(stderr ? ProcessBuilder.Redirect.PIPE : ProcessBuilder.Redirect.INHERIT);
        Process p = pb.start();
        String out = new String((stderr ? p.getErrorStream() : p.getInputStream()).readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "CPython did not finish");
        return out;
    }
}

package org.byterun.test.frontend;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs {@link FrontendProbe} in a new JVM, as a new ByteRun process would be. */
final class ChildJvm {
    private ChildJvm() {
    }

    /** The probe's one line of output, for compiling {@code file} as {@code filename}. */
    static String probe(Path file, String filename, List<String> jvmOptions, Consumer<Map<String, String>> environment)
                    throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.addAll(jvmOptions);
        command.add(FrontendProbe.class.getName());
        command.add(file.toString());
        command.add(filename);
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().remove("BYTERUN_CACHE_DIR");
        pb.environment().remove("XDG_CACHE_HOME");
        environment.accept(pb.environment());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "probe JVM did not finish");
        assertEquals(0, p.exitValue(), "probe JVM failed: " + out);
        assertTrue(out.endsWith("\n") && out.indexOf('\n') == out.length() - 1, "probe prints one line: " + out);
        return out.substring(0, out.length() - 1);
    }
}

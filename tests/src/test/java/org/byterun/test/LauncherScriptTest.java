package org.byterun.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Runs the {@code bin/byterun} script as a user does, from the repository root. */
public class LauncherScriptTest {
    static final Path ROOT = Path.of(System.getProperty("basedir", "."), "..").toAbsolutePath().normalize();
    /** Generous: the script builds the project first when its jars are older than the sources. */
    static final long TIMEOUT_SECONDS = 600;

    record Result(int status, String stdout, String stderr) {
        /** stderr without the one warning line bin/byterun prints on a JDK that cannot host Graal. */
        String stderrWithoutJitWarning() {
            return stderr.lines().filter(l -> !l.startsWith("byterun: warning: JDK ")).map(l -> l + "\n").reduce("", String::concat);
        }

        String describe() {
            return "exit status " + status + "\nstdout:\n" + stdout + "\nstderr:\n" + stderr;
        }
    }

    static Result byterun(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ROOT.resolve("bin/byterun").toString());
        command.addAll(List.of(args));
        File out = File.createTempFile("byterun-script", ".out");
        File err = File.createTempFile("byterun-script", ".err");
        try {
            Process p = new ProcessBuilder(command).directory(ROOT.toFile()).redirectOutput(out).redirectError(err).start();
            p.getOutputStream().close();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("bin/byterun " + String.join(" ", args) + " did not finish within " + TIMEOUT_SECONDS + " s");
            }
            return new Result(p.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
                            Files.readString(err.toPath(), StandardCharsets.UTF_8));
        } finally {
            out.delete();
            err.delete();
        }
    }

    @Test
    void version() throws Exception {
        Result r = byterun("--version");
        assertEquals(0, r.status(), r.describe());
        assertTrue(r.stdout().startsWith("ByteRun "), r.describe());
    }

    @Test
    void missingFile() throws Exception {
        Result r = byterun("no/such/program.py");
        assertEquals(2, r.status(), r.describe());
        assertTrue(r.stderr().contains("can't open file"), r.describe());
    }

    @Test
    void printOne() throws Exception {
        Result r = byterun("-c", "print(1)");
        assertEquals(0, r.status(), r.describe());
        assertEquals("1\n", r.stdout(), r.describe());
        // No JVM or Truffle noise: nothing on stderr but, on a JDK without the JIT, bin/byterun's one line.
        assertEquals("", r.stderrWithoutJitWarning(), r.describe());
    }
}

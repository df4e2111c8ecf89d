package org.byterun.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.byterun.launcher.ByteRunMain;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Whole tracebacks (stdout and all of stderr) against CPython 3.13's, for the programs in
 * tests/tracebacks/. CPython 3.13's caret lines (~~^~~ under the failing expression) are not produced
 * by ByteRun yet and are left out of the comparison.
 */
class TracebackTest {
    static final Path PROGRAMS = Path.of(System.getProperty("basedir", "."), "tracebacks").toAbsolutePath().normalize();

    @TestFactory
    Stream<DynamicTest> tracebacks() throws IOException {
        String python = CPython.required().toString();
        List<Path> programs;
        try (Stream<Path> files = Files.list(PROGRAMS)) {
            programs = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(python, p)));
    }

    private static void check(String python, Path program) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(python, program.toString());
        CPython.cleanEnvironment(pb.environment());
        Process p = pb.start();
        p.getOutputStream().close();
        String expectedErr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        String expectedOut = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ByteRunMain.run(new String[]{program.toString()}, new ByteArrayInputStream(new byte[0]), out, err);
        assertEquals(p.exitValue(), status, "exit status");
        assertEquals(expectedOut, out.toString(StandardCharsets.UTF_8), "stdout");
        assertEquals(withoutCarets(expectedErr), withoutCarets(err.toString(StandardCharsets.UTF_8)), "stderr");
    }

    /** Drops lines made only of the caret markers ^ and ~ (CPython 3.13's error locations), also behind an exception group's | margin. */
    private static String withoutCarets(String text) {
        return text.lines().filter(l -> !l.isBlank() ? !l.strip().matches("(\\|\\s+)?[~^]+") : true).collect(Collectors.joining("\n"));
    }
}

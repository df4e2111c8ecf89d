package org.byterun.test;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.byterun.launcher.ByteRunMain;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The differential corpus: every {@code tests/programs/**}{@code /*.py} runs under CPython 3.13 (a
 * subprocess, in the program's folder) and under ByteRun (in this JVM, through
 * {@link ByteRunMain#run}); stdout, the exit status and the last non-empty stderr line must be equal.
 * CPython's results are computed in the same run, never stored.
 *
 * <p>Next to {@code NAME.py}: {@code NAME.args} holds the program's arguments, one per line, and
 * {@code NAME.stdin} its standard input. Both runs get the program's absolute path as
 * {@code sys.argv[0]}; ByteRun runs in this JVM's working directory (tests/), so programs must not
 * depend on the current directory.
 */
public class DifferentialTest {
    static final Path PROGRAMS = Path.of(System.getProperty("basedir", "."), "programs").toAbsolutePath().normalize();
    static final long CPYTHON_TIMEOUT_SECONDS = 60;
    static final long BYTERUN_TIMEOUT_SECONDS = 120;
    static final long BYTERUN_STACK_BYTES = 64L << 20;

    @TestFactory
    Stream<DynamicTest> programs() throws IOException {
        String python = CPython.required().toString();
        List<Path> programs;
        String only;
        try (Stream<Path> files = Files.walk(PROGRAMS)) {
            // -Dbyterun.programs=str/ runs only the programs whose relative path starts with that prefix
            only = System.getProperty("byterun.programs", "");
            programs = files.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p))
                            .filter(p -> PROGRAMS.relativize(p).toString().startsWith(only)).sorted().toList();
        }
        if (programs.isEmpty()) {
            fail("no programs under " + PROGRAMS);
        }
        Stream<DynamicTest> runs = programs.stream().map(p -> DynamicTest.dynamicTest(PROGRAMS.relativize(p).toString(), p.toUri(), () -> check(python, p)));
        if (!only.isEmpty()) {
            return runs;
        }
        // runs last, after every program: which opcodes the whole corpus executed
        return Stream.concat(runs, Stream.of(DynamicTest.dynamicTest("opcode coverage", OpcodeCoverageCheck::check)));
    }

    /** What one run of a program produced. */
    record Result(int status, String stdout, String stderr) {
    }

    static void check(String python, Path program) throws Exception {
        List<String> args = readArgs(program);
        byte[] stdin = readSibling(program, ".stdin");
        Result expected = runCPython(python, program, args, stdin);
        Result actual = runByteRun(program, args, stdin);
        String report = compare(expected, actual);
        if (report != null) {
            fail(PROGRAMS.relativize(program) + " differs from CPython 3.13:\n" + report);
        }
    }

    static List<String> readArgs(Path program) throws IOException {
        Path file = sibling(program, ".args");
        return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
    }

    static byte[] readSibling(Path program, String extension) throws IOException {
        Path file = sibling(program, extension);
        return Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
    }

    static Path sibling(Path program, String extension) {
        String name = program.getFileName().toString();
        return program.resolveSibling(name.substring(0, name.length() - ".py".length()) + extension);
    }

    static Result runCPython(String python, Path program, List<String> args, byte[] stdin) throws Exception {
        List<String> command = new ArrayList<>(List.of(python, program.toString()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(program.getParent().toFile());
        CPython.cleanEnvironment(pb.environment());
        File out = File.createTempFile("byterun-cpython", ".out");
        File err = File.createTempFile("byterun-cpython", ".err");
        try {
            pb.redirectOutput(out).redirectError(err);
            Process process = pb.start();
            try (var in = process.getOutputStream()) {
                in.write(stdin);
            } catch (IOException e) {
                // The program exited without reading all its input: not an error.
            }
            if (!process.waitFor(CPYTHON_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("CPython 3.13 did not finish " + program + " within " + CPYTHON_TIMEOUT_SECONDS + " s");
            }
            return new Result(process.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
                            Files.readString(err.toPath(), StandardCharsets.UTF_8));
        } finally {
            out.delete();
            err.delete();
        }
    }

    static Result runByteRun(Path program, List<String> args, byte[] stdin) throws Exception {
        String[] argv = new String[args.size() + 2];
        argv[0] = "--byterun.OpcodeCoverage=true";
        argv[1] = program.toString();
        for (int i = 0; i < args.size(); i++) {
            argv[i + 2] = args.get(i);
        }
        InputStream in = new ByteArrayInputStream(stdin);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicReference<Integer> status = new AtomicReference<>();
        AtomicReference<Throwable> crash = new AtomicReference<>();
        // A big stack for deep Python recursion, as bin/byterun's -Xss16m gives the main thread.
        Thread thread = new Thread(null, () -> {
            try {
                status.set(ByteRunMain.run(argv, in, out, err));
            } catch (Throwable t) {
                crash.set(t);
            }
        }, "byterun", BYTERUN_STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        thread.join(TimeUnit.SECONDS.toMillis(BYTERUN_TIMEOUT_SECONDS));
        if (thread.isAlive()) {
            thread.interrupt();
            fail("ByteRun did not finish " + program + " within " + BYTERUN_TIMEOUT_SECONDS + " s; stdout so far:\n" +
                            tail(out.toString(StandardCharsets.UTF_8), 10));
        }
        if (crash.get() != null) {
            throw new AssertionError("ByteRunMain.run threw (it should return an exit status) on " + program +
                            "\nstderr:\n" + tail(err.toString(StandardCharsets.UTF_8), 10), crash.get());
        }
        return new Result(status.get(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Returns null when the runs agree, otherwise a readable account of how they differ. */
    static String compare(Result expected, Result actual) {
        StringBuilder sb = new StringBuilder();
        if (expected.status() != actual.status()) {
            sb.append("exit status: CPython ").append(expected.status()).append(", ByteRun ").append(actual.status()).append('\n');
        }
        if (!expected.stdout().equals(actual.stdout())) {
            sb.append(firstDifference(expected.stdout(), actual.stdout()));
        }
        List<String> expectedFrames = tracebackFrames(expected.stderr());
        List<String> actualFrames = tracebackFrames(actual.stderr());
        if (!expectedFrames.equals(actualFrames)) {
            sb.append("traceback frames: CPython ").append(expectedFrames).append(", ByteRun ").append(actualFrames).append('\n');
        }
        String expectedLast = lastNonEmptyLine(expected.stderr());
        String actualLast = lastNonEmptyLine(actual.stderr());
        if (!expectedLast.equals(actualLast)) {
            sb.append("last stderr line: CPython ").append(quote(expectedLast)).append(", ByteRun ").append(quote(actualLast)).append('\n');
        }
        if (sb.isEmpty()) {
            return null;
        }
        sb.append("--- CPython stderr (tail) ---\n").append(tail(expected.stderr(), 15));
        sb.append("--- ByteRun stderr (tail) ---\n").append(tail(actual.stderr(), 15));
        return sb.toString();
    }

    /** The {@code File "...", line N, in NAME} lines of a traceback. */
    static List<String> tracebackFrames(String stderr) {
        return stderr.lines().filter(l -> l.startsWith("  File \"") && l.contains("\", line ")).toList();
    }

    static String firstDifference(String expected, String actual) {
        List<String> e = lines(expected);
        List<String> a = lines(actual);
        int i = 0;
        while (i < e.size() && i < a.size() && e.get(i).equals(a.get(i))) {
            i++;
        }
        String exp = i < e.size() ? quote(e.get(i)) : "(end of output)";
        String act = i < a.size() ? quote(a.get(i)) : "(end of output)";
        return "stdout differs at line " + (i + 1) + " (CPython " + e.size() + " lines, ByteRun " + a.size() + " lines):\n" +
                        "  CPython: " + exp + "\n" +
                        "  ByteRun: " + act + "\n";
    }

    /** The lines of s, each with its terminator, so that a missing final newline is a difference. */
    static List<String> lines(String s) {
        List<String> result = new ArrayList<>();
        int start = 0;
        while (start < s.length()) {
            int nl = s.indexOf('\n', start);
            int end = nl < 0 ? s.length() : nl + 1;
            result.add(s.substring(start, end));
            start = end;
        }
        return result;
    }

    static String lastNonEmptyLine(String s) {
        String[] lines = s.split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                return lines[i].stripTrailing();
            }
        }
        return "";
    }

    static String tail(String s, int n) {
        String[] lines = s.split("\n", -1);
        int from = Math.max(0, lines.length - n - (s.endsWith("\n") ? 1 : 0));
        String t = String.join("\n", Arrays.copyOfRange(lines, from, lines.length));
        return t.isEmpty() ? "(empty)\n" : t.endsWith("\n") ? t : t + "\n";
    }

    /** A Java-escaped rendering that shows trailing spaces, tabs and newlines. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}

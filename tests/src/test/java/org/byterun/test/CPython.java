package org.byterun.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * CPython 3.13, the tests' oracle: found through BYTERUN_PYTHON, python3.13 on PATH, or a pyenv
 * install, each candidate checked to really be 3.13 (a pyenv shim on PATH may only print an error).
 */
public final class CPython {
    private static Path executable;
    private static Path stdlib;
    private static boolean searched;

    private CPython() {
    }

    /** The python3.13 executable; fails the calling test if there is none (the corpus needs it). */
    public static Path required() {
        if (find() == null) {
            fail("CPython 3.13 not found; the tests compare against it. Set BYTERUN_PYTHON to a python3.13, "
                            + "put one on PATH, or install it under ~/.pyenv/versions/3.13*.");
        }
        return executable;
    }

    /** The python3.13 executable; skips the calling test if there is none. */
    public static Path executable() {
        assumeTrue(find() != null, "CPython 3.13 not found (set BYTERUN_PYTHON)");
        return executable;
    }

    private static synchronized Path find() {
        if (!searched) {
            searched = true;
            for (Path candidate : candidates()) {
                List<String> out = probe(candidate);
                if (out != null && out.size() == 2 && out.get(0).equals("3.13")) {
                    executable = candidate;
                    stdlib = Path.of(out.get(1));
                    break;
                }
            }
        }
        return executable;
    }

    /**
     * No PYTHON* settings of the caller's (PYTHONPATH, PYTHONSTARTUP, ...); UTF-8 I/O; no
     * __pycache__ folders written next to test programs.
     */
    public static void cleanEnvironment(java.util.Map<String, String> env) {
        env.keySet().removeIf(k -> k.startsWith("PYTHON"));
        env.put("PYTHONIOENCODING", "utf-8");
        env.put("PYTHONDONTWRITEBYTECODE", "1");
    }

    /** The standard library directory (lib/python3.13) of {@link #executable()}. */
    public static Path stdlib() {
        executable();
        return stdlib;
    }

    private static List<Path> candidates() {
        List<Path> paths = new ArrayList<>();
        String explicit = System.getenv("BYTERUN_PYTHON");
        if (explicit != null && !explicit.isEmpty()) {
            paths.add(Path.of(explicit));
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                if (!dir.isEmpty()) {
                    paths.add(Path.of(dir, "python3.13"));
                }
            }
        }
        String pyenvRoot = System.getenv("PYENV_ROOT");
        addPyenvVersions(paths, pyenvRoot != null ? Path.of(pyenvRoot) : null);
        addPyenvVersions(paths, Path.of(System.getProperty("user.home"), ".pyenv"));
        return paths;
    }

    private static void addPyenvVersions(List<Path> paths, Path root) {
        if (root == null || !Files.isDirectory(root.resolve("versions"))) {
            return;
        }
        try (DirectoryStream<Path> versions = Files.newDirectoryStream(root.resolve("versions"), "3.13*")) {
            for (Path v : versions) {
                paths.add(v.resolve("bin/python3.13"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Its major.minor version and stdlib directory, or null if it is not a working Python. */
    private static List<String> probe(Path candidate) {
        if (!Files.isExecutable(candidate)) {
            return null;
        }
        try {
            String out = run(candidate, List.of("-c",
                            "import sys, sysconfig; print('%d.%d' % sys.version_info[:2]); print(sysconfig.get_paths()['stdlib'])"));
            return out.lines().toList();
        } catch (AssertionError | UncheckedIOException e) {
            return null;
        }
    }

    /** Runs a script from the test resources (a path relative to org/byterun/test/) with {@code args}; returns its stdout. */
    public static String runScript(String resource, String... args) {
        return runScript(List.of(), resource, args);
    }

    /** Like {@link #runScript(String, String...)}, with interpreter options such as -X. */
    public static String runScript(List<String> options, String resource, String... args) {
        List<String> command = new ArrayList<>(options);
        command.add("-c");
        command.add(resource(resource));
        command.addAll(List.of(args));
        return run(executable(), command);
    }

    /** Runs {@code python3.13 -c code args}; returns its stdout. */
    public static String exec(String code, String... args) {
        List<String> command = new ArrayList<>(List.of("-c", code));
        command.addAll(List.of(args));
        return run(executable(), command);
    }

    private static String resource(String name) {
        try (InputStream in = CPython.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** -I: ignore the user's environment and site; -B: never write .pyc files into the stdlib. */
    private static String run(Path python, List<String> args) {
        List<String> command = new ArrayList<>(List.of(python.toString(), "-I", "-B"));
        command.addAll(args);
        try {
            Process p = new ProcessBuilder(command).start();
            p.getOutputStream().close();
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = p.waitFor();
            assertEquals(0, status, () -> python + " failed: " + new String(err.join(), StandardCharsets.UTF_8));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

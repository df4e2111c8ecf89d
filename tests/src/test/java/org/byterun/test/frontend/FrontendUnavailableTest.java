package org.byterun.test.frontend;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a new ByteRun process says when CPython 3.13 is missing or is not 3.13: one line. Each case
 * runs in its own JVM, because a JVM keeps the interpreter it found first.
 */
class FrontendUnavailableTest {
    private static final String HINT = "(set BYTERUN_PYTHON, put python3.13 on PATH, or install 3.13 with pyenv); .pyc files run without it";

    @TempDir
    Path dir;

    @Test
    void noCPythonAnywhere() throws Exception {
        assertEquals("unavailable\tcannot compile prog.py: CPython 3.13 not found " + HINT,
                        probe(env -> env.put("BYTERUN_PYTHON", dir.resolve("nonexistent/python3.13").toString())));
    }

    @Test
    void anotherVersionIsRejectedAtStartUp() throws Exception {
        Path fake = fakePython("byterun-compile-server/2 cpython 3.12.1");
        assertEquals("unavailable\tcannot compile prog.py: " + fake + " is cpython 3.12.1, not CPython 3.13 " + HINT,
                        probe(env -> env.put("BYTERUN_PYTHON", fake.toString())));
    }

    @Test
    void somethingThatIsNotACompileServer() throws Exception {
        Path fake = fakePython(null);
        assertEquals("unavailable\tcannot compile prog.py: " + fake + " did not start as a CPython 3.13 compile server " + HINT,
                        probe(env -> env.put("BYTERUN_PYTHON", fake.toString())));
    }

    /** Compiles in a new JVM whose only way to find CPython is what {@code setUp} puts in its environment. */
    private String probe(Consumer<Map<String, String>> setUp) throws Exception {
        Path file = Files.writeString(dir.resolve("prog.py"), "x = 1\n");
        Path emptyDir = Files.createDirectories(dir.resolve("empty"));
        return ChildJvm.probe(file, "prog.py", List.of("-Dbyterun.cacheDir=" + dir.resolve("cache")), env -> {
            env.put("PATH", emptyDir.toString());
            env.put("PYENV_ROOT", emptyDir.toString());
            setUp.accept(env);
        });
    }

    /** A script standing in for python3.13 that sends the given hello (or exits at once) and exits. */
    private Path fakePython(String hello) throws IOException {
        StringBuilder script = new StringBuilder("#!/bin/sh\n");
        if (hello != null) {
            byte[] bytes = hello.getBytes(StandardCharsets.UTF_8);
            script.append("printf '\\000\\000\\000\\").append(Integer.toOctalString(bytes.length)).append(hello).append("'\n");
        }
        Path file = dir.resolve("python3.13");
        Files.writeString(file, script);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}

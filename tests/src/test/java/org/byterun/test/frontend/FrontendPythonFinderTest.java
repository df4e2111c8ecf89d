package org.byterun.test.frontend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.byterun.loader.PythonFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Where PythonFinder looks, staged with fake interpreters in a temp dir and an injected environment. */
class FrontendPythonFinderTest {
    @TempDir
    Path dir;

    @Test
    void byterunPythonComesFirst() throws IOException {
        Path explicit = executable("explicit/python");
        executable("bin/python3.13");
        assertEquals(explicit, find(Map.of("BYTERUN_PYTHON", explicit.toString(), "PATH", dir.resolve("bin").toString())));
    }

    @Test
    void thenPathThenPyenv() throws IOException {
        Path onPath = executable("bin2/python3.13");
        Path pyenv = executable("pyenv/versions/3.13.1/bin/python3.13");
        String path = dir.resolve("bin1") + ":" + dir.resolve("bin2");
        assertEquals(onPath, find(Map.of("BYTERUN_PYTHON", "/nonexistent/python3.13", "PATH", path, "PYENV_ROOT", dir.resolve("pyenv").toString())));
        assertEquals(pyenv, find(Map.of("PATH", dir.resolve("bin1").toString(), "PYENV_ROOT", dir.resolve("pyenv").toString())));
    }

    @Test
    void pathSkipsPyenvShimsAndNonExecutables() throws IOException {
        Path shim = executable("shims/python3.13");
        Files.writeString(shim, "#!/usr/bin/env bash\nexec \"/root/.pyenv/libexec/pyenv\" exec \"$program\" \"$@\"\n");
        Files.createDirectories(dir.resolve("plain"));
        Files.writeString(dir.resolve("plain/python3.13"), "not executable");
        Path real = executable("home/.pyenv/versions/3.13.0/bin/python3.13");
        String path = dir.resolve("shims") + ":" + dir.resolve("plain");
        assertEquals(real, new PythonFinder(Map.of("PATH", path), dir.resolve("home")).find());
    }

    @Test
    void pyenvNewestFirst() throws IOException {
        executable("pyenv/versions/3.13.2/bin/python3.13");
        executable("pyenv/versions/3.13.9/bin/python3.13");
        Path newest = executable("pyenv/versions/3.13.10/bin/python3.13");
        executable("pyenv/versions/3.12.7/bin/python3.13");
        Files.createDirectories(dir.resolve("pyenv/versions/3.13.11/bin")); // an interrupted install
        assertEquals(newest, find(Map.of("PYENV_ROOT", dir.resolve("pyenv").toString())));
    }

    @Test
    void nothingAnywhere() {
        assertNull(find(Map.of("BYTERUN_PYTHON", "/nonexistent/python3.13", "PATH", dir.toString())));
        assertNull(find(Map.of()));
    }

    /** Finds with the given environment and an empty home directory. */
    private Path find(Map<String, String> env) {
        return new PythonFinder(env, dir.resolve("empty-home")).find();
    }

    private Path executable(String relative) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\nexit 1\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}

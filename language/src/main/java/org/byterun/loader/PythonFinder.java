package org.byterun.loader;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Finds the CPython 3.13 that compiles source: $BYTERUN_PYTHON, then python3.13 on $PATH, then
 * pyenv's installed 3.13 versions, newest first. It only looks at files, so finding is cheap;
 * whether the interpreter really is 3.13 is checked when it first starts ({@link CompileServer}).
 * The environment and home directory are parameters so tests can stage any situation.
 */
public final class PythonFinder {
    static final String EXECUTABLE = "python3.13";

    private final Map<String, String> env;
    private final Path home;

    public PythonFinder(Map<String, String> env, Path home) {
        this.env = env;
        this.home = home;
    }

    /** A finder over this process's environment and the user's home directory. */
    public static PythonFinder system() {
        return new PythonFinder(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** The interpreter to use, or null if there is none anywhere. */
    public Path find() {
        Path explicit = path(env.get("BYTERUN_PYTHON"));
        if (explicit != null && isExecutable(explicit)) {
            return explicit;
        }
        Path onPath = searchPath();
        return onPath != null ? onPath : searchPyenv();
    }

    private Path searchPath() {
        String path = env.get("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = dir.isEmpty() ? null : path(dir + File.separator + EXECUTABLE);
            // A pyenv shim on PATH fails unless pyenv has 3.13 selected; the pyenv search below finds it anyway.
            if (candidate != null && isExecutable(candidate) && !isPyenvShim(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private Path searchPyenv() {
        String rootVar = env.get("PYENV_ROOT");
        Path root = rootVar != null && !rootVar.isEmpty() ? path(rootVar) : home.resolve(".pyenv");
        if (root == null) {
            return null;
        }
        List<Path> versions = new ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root.resolve("versions"), "3.13*")) {
            dirs.forEach(versions::add);
        } catch (IOException e) {
            return null; // no pyenv, or no versions directory
        }
        versions.sort(Comparator.comparing((Path v) -> versionKey(v.getFileName().toString()), Arrays::compare).reversed());
        for (Path version : versions) {
            Path candidate = version.resolve("bin").resolve(EXECUTABLE);
            if (isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** The numbers in a pyenv version name, for ordering: "3.13.10" after "3.13.9", "3.13-dev" before "3.13.0". */
    private static int[] versionKey(String name) {
        return Arrays.stream(name.split("\\D+")).filter(s -> !s.isEmpty())
                        .mapToInt(s -> s.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(s)).toArray();
    }

    private static boolean isPyenvShim(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(512), StandardCharsets.ISO_8859_1);
            return head.startsWith("#!") && head.contains("pyenv");
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isExecutable(Path file) {
        return Files.isRegularFile(file) && Files.isExecutable(file);
    }

    private static Path path(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        try {
            return Path.of(s);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}

package org.byterun.loader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * ByteRun's front end: CPython 3.13 compiles Python source into a code object and hands back its
 * marshal bytes, which the loader turns into a {@link CodeObject}. ByteRun never parses Python
 * itself. Results are cached on disk ({@link CompileCache}); on a miss one CPython process per JVM
 * does the work ({@link CompileServer}).
 */
public final class Frontend {
    private static final AtomicLong CACHE_HITS = new AtomicLong();
    /** The interpreter found, with its cache stamp; null until the first compile finds one. */
    private static volatile Interpreter interpreter;
    private static CompileServer server;

    private record Interpreter(Path path, String stamp) {
    }

    private Frontend() {
    }

    /**
     * Compiles like CPython's {@code compile(source, filename, mode, flags, dont_inherit, optimize)}
     * and returns {@code marshal.dumps(code)} with the warnings the compiler printed.
     *
     * @throws FrontendSyntaxError if CPython rejects the source (or the arguments)
     * @throws FrontendUnavailableException if there is no working CPython 3.13
     */
    public static Compiled compile(String source, String filename, String mode, int flags, boolean dontInherit, int optimize) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(mode, "mode");
        Interpreter python = interpreter(filename);
        Path dir = CompileCache.directory(System.getenv(), System.getProperty("user.home"));
        String key = CompileCache.key(python.stamp(), filename, mode, flags, dontInherit, optimize, source);
        Compiled cached = CompileCache.read(dir, key);
        if (cached != null) {
            CACHE_HITS.incrementAndGet();
            return cached;
        }
        Compiled compiled = server(python.path()).compile(source, filename, mode, flags, dontInherit, optimize);
        CompileCache.write(dir, key, compiled); // syntax errors threw above and are never cached
        return compiled;
    }

    /** Compiles a module's source, as running or importing the file would. */
    public static Compiled compileFile(String source, String filename) {
        return compile(source, filename, "exec", 0, true, -1);
    }

    /** How many CPython compile processes this JVM has started. */
    public static int serverStarts() {
        return CompileServer.starts();
    }

    /** How many requests CPython has answered (code or error) in this JVM. */
    public static long compilesDone() {
        return CompileServer.compiles();
    }

    /** How many compiles the disk cache has answered in this JVM. */
    public static long cacheHits() {
        return CACHE_HITS.get();
    }

    private static Interpreter interpreter(String filename) {
        Interpreter found = interpreter;
        if (found == null) {
            Path path = PythonFinder.system().find();
            if (path == null) {
                throw FrontendUnavailableException.notFound(filename);
            }
            try {
                found = new Interpreter(path, CompileCache.interpreterStamp(path));
            } catch (IOException e) {
                throw FrontendUnavailableException.notFound(filename); // it vanished after being found
            }
            interpreter = found;
        }
        return found;
    }

    private static synchronized CompileServer server(Path python) {
        if (server == null) {
            server = new CompileServer(python);
        }
        return server;
    }
}

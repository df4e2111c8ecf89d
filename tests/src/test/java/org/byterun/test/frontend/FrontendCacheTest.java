package org.byterun.test.frontend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.byterun.loader.Frontend;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The disk cache: hits without CPython, its directory, and damage it must survive. */
class FrontendCacheTest extends FrontendTestBase {
    private static final String SOURCE = "import sys\n\ndef main():\n    return len(sys.argv)\n";

    @Test
    void aNewProcessRunsACachedFileWithoutStartingCPython() throws Exception {
        Path file = cacheDir.resolve("prog.py");
        Files.writeString(file, SOURCE);
        byte[] code = Frontend.compileFile(SOURCE, "prog.py").code();
        String probe = ChildJvm.probe(file, "prog.py", List.of("-Dbyterun.cacheDir=" + cacheDir), env -> {
        });
        assertEquals("ok code=" + Arrays.hashCode(code) + " starts=0 hits=1 compiles=0", probe);
    }

    @Test
    void cacheDirectoryComesFromTheEnvironment() throws Exception {
        Path file = cacheDir.resolve("prog.py");
        Files.writeString(file, SOURCE);
        Path xdg = Files.createDirectory(cacheDir.resolve("xdg"));
        Path byterun = Files.createDirectory(cacheDir.resolve("byterun-env"));

        ChildJvm.probe(file, "prog.py", List.of(), env -> env.put("XDG_CACHE_HOME", xdg.toString()));
        assertEquals(1, entries(xdg.resolve("byterun")).size(), "$XDG_CACHE_HOME/byterun");

        ChildJvm.probe(file, "prog.py", List.of(), env -> {
            env.put("XDG_CACHE_HOME", xdg.toString());
            env.put("BYTERUN_CACHE_DIR", byterun.toString());
        });
        assertEquals(1, entries(byterun).size(), "$BYTERUN_CACHE_DIR comes before $XDG_CACHE_HOME");
        assertEquals(1, entries(xdg).size());
    }

    @Test
    void aCorruptEntryIsIgnoredAndRewritten() throws Exception {
        byte[] code = Frontend.compileFile(SOURCE, "corrupt.py").code();
        List<Path> entries = entries(cacheDir);
        assertEquals(1, entries.size());
        byte[] entry = Files.readAllBytes(entries.get(0));
        entry[entry.length - 1] ^= 1;
        Files.write(entries.get(0), entry);

        long compiles = Frontend.compilesDone();
        long hits = Frontend.cacheHits();
        assertArrayEquals(code, Frontend.compileFile(SOURCE, "corrupt.py").code());
        assertEquals(compiles + 1, Frontend.compilesDone(), "the damaged entry was not used");
        assertArrayEquals(code, Frontend.compileFile(SOURCE, "corrupt.py").code());
        assertEquals(hits + 1, Frontend.cacheHits(), "the rewritten entry was");
    }

    @Test
    void aTruncatedEntryIsIgnored() throws Exception {
        byte[] code = Frontend.compileFile(SOURCE, "truncated.py").code();
        Path entry = entries(cacheDir).get(0);
        Files.write(entry, new byte[]{'B', 'R'});
        long compiles = Frontend.compilesDone();
        assertArrayEquals(code, Frontend.compileFile(SOURCE, "truncated.py").code());
        assertEquals(compiles + 1, Frontend.compilesDone());
    }

    @Test
    void anUnwritableCacheDirectoryJustDisablesCaching() throws Exception {
        Path notADirectory = Files.writeString(cacheDir.resolve("file"), "");
        System.setProperty("byterun.cacheDir", notADirectory.resolve("cache").toString());
        long compiles = Frontend.compilesDone();
        byte[] first = Frontend.compileFile(SOURCE, "uncached.py").code();
        byte[] second = Frontend.compileFile(SOURCE, "uncached.py").code();
        assertArrayEquals(first, second);
        assertEquals(compiles + 2, Frontend.compilesDone(), "nothing was cached, and nothing failed");
    }

    @Test
    void writesLeaveNoTemporaryFiles() throws Exception {
        for (int i = 0; i < 5; i++) {
            Frontend.compileFile("n = " + i + "\n", "tmp.py").code();
        }
        List<Path> entries = entries(cacheDir);
        assertEquals(5, entries.size());
        assertTrue(entries.stream().noneMatch(p -> p.toString().endsWith(".tmp")), entries.toString());
    }

    /** The regular files under a cache directory. */
    private static List<Path> entries(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".py")).toList();
        }
    }
}

package org.byterun.test.frontend;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.byterun.loader.Frontend;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Compiling through the CPython compile server, with the disk cache in a temp dir. */
class FrontendTest extends FrontendTestBase {

    @Test
    void compilesAModuleToMarshalledCode() {
        byte[] code = Frontend.compileFile("def f(x):\n    return x + 1\n\nprint(f(41))\n", "mod.py").code();
        assertTrue(isMarshalledCode(code), "starts with marshal's code type: " + (code[0] & 0xFF));
        assertTrue(contains(code, "mod.py"), "the filename is in the code object");
    }

    @Test
    void evalAndSingleModes() {
        assertTrue(isMarshalledCode(Frontend.compile("1 + 2", "<string>", "eval", 0, true, -1).code()));
        assertTrue(isMarshalledCode(Frontend.compile("x = 3\n", "<stdin>", "single", 0, true, -1).code()));
    }

    @Test
    void sameSourceTwiceIsACacheHit() {
        String source = "a = [i * i for i in range(10)]\n";
        long hits = Frontend.cacheHits();
        long compiles = Frontend.compilesDone();
        byte[] first = Frontend.compileFile(source, "twice.py").code();
        byte[] second = Frontend.compileFile(source, "twice.py").code();
        assertArrayEquals(first, second);
        assertEquals(compiles + 1, Frontend.compilesDone(), "CPython compiled it once");
        assertEquals(hits + 1, Frontend.cacheHits(), "the second came from the cache");
    }

    @Test
    void everyCompileInputIsPartOfTheCacheKey() {
        String source = "'''doc'''\nassert x, 'message'\n";
        long compiles = Frontend.compilesDone();
        byte[] plain = Frontend.compile(source, "k.py", "exec", 0, true, -1).code();
        byte[] optimized = Frontend.compile(source, "k.py", "exec", 0, true, 2).code();
        byte[] renamed = Frontend.compile(source, "other.py", "exec", 0, true, -1).code();
        byte[] annotations = Frontend.compile(source, "k.py", "exec", 0x1000000, true, -1).code(); // CO_FUTURE_ANNOTATIONS
        assertEquals(compiles + 4, Frontend.compilesDone(), "no input was answered by another's cache entry");
        assertFalse(Arrays.equals(plain, optimized), "optimize=2 drops the docstring and the assert");
        assertFalse(Arrays.equals(plain, renamed));
        assertFalse(Arrays.equals(plain, annotations));
    }

    @Test
    void fiftyCompilesShareOneProcess() {
        int starts = Frontend.serverStarts();
        long compiles = Frontend.compilesDone();
        for (int i = 0; i < 50; i++) {
            assertTrue(isMarshalledCode(Frontend.compile("x" + i + " = " + i + "\n", "<string>", "exec", 0, true, -1).code()));
        }
        assertTrue(Frontend.serverStarts() - starts <= 1, "started " + (Frontend.serverStarts() - starts) + " processes");
        assertEquals(compiles + 50, Frontend.compilesDone());
    }

    @Test
    void concurrentCompilesGetTheirOwnReplies() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String name = "concurrent_" + i;
                results.add(pool.submit(() -> Frontend.compile(name + " = " + name.length() + "\n", "<c>", "exec", 0, true, -1).code()));
            }
            for (int i = 0; i < results.size(); i++) {
                byte[] code = results.get(i).get();
                assertTrue(containsName(code, "concurrent_" + i), "reply " + i + " is the code for request " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void compilerWarningsComeBackAndAreCachedWithTheCode() {
        String source = "x = 1\nprint(x is 1)\n";
        org.byterun.loader.Compiled first = Frontend.compileFile(source, "/tmp/warns.py");
        long hits = Frontend.cacheHits();
        org.byterun.loader.Compiled second = Frontend.compileFile(source, "/tmp/warns.py");
        assertEquals(hits + 1, Frontend.cacheHits(), "the second compile is a cache hit");
        // the exact text is compared with CPython's by tests/programs/language/syntax_warnings.py
        assertTrue(first.warnings().startsWith("/tmp/warns.py:2: SyntaxWarning: ") && first.warnings().endsWith("\n  print(x is 1)\n"), first.warnings());
        assertEquals(first.warnings(), second.warnings(), "a cache hit replays the warnings, as CPython warns on every compile");
        assertEquals("", Frontend.compileFile("y = 2\n", "/tmp/quiet.py").warnings());
    }

    @Test
    void aKilledServerIsRestarted() throws Exception {
        Frontend.compileFile("warm = 1\n", "warm.py").code();
        int starts = Frontend.serverStarts();
        ProcessHandle server = ProcessHandle.current().children()
                        // by its command: the JDK reports no arguments once the -c script makes the command line long
                        .filter(p -> p.info().command().map(c -> c.contains("python")).orElse(false))
                        .findFirst().orElseThrow(() -> new AssertionError("no compile server child process"));
        server.destroyForcibly();
        server.onExit().get();
        assertTrue(isMarshalledCode(Frontend.compileFile("after_restart = 1\n", "restart.py").code()));
        assertEquals(starts + 1, Frontend.serverStarts());
    }

    /** Whether marshal data holds the name as a short ASCII string: length byte, then the characters. */
    private static boolean containsName(byte[] code, String name) {
        return contains(code, (char) name.length() + name);
    }

    private static boolean contains(byte[] data, String ascii) {
        byte[] needle = ascii.getBytes(StandardCharsets.ISO_8859_1);
        outer: for (int i = 0; i + needle.length <= data.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}

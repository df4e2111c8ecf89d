package org.byterun.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.byterun.launcher.ByteRunMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The byterun command, run in-process: .pyc files, bad input, -c, --trace. */
class LauncherTest {
    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
        List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ByteRunMain.run(args, new ByteArrayInputStream(new byte[0]), out, err);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Compiles {@code source} to a .pyc with CPython's py_compile. */
    private Path pyc(String name, String source) throws Exception {
        Path py = dir.resolve(name + ".py");
        Files.writeString(py, source);
        Path pyc = dir.resolve(name + ".pyc");
        CPython.exec("import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)", py.toString(), pyc.toString());
        return pyc;
    }

    @Test
    void runsPycCompiledByCPython() throws Exception {
        Path pyc = pyc("prog", "import sys\nprint('args', sys.argv[1:])\nprint(sum(i * i for i in [1, 2, 3]) if False else 14)\n");
        Run r = run(pyc.toString(), "x", "y");
        assertEquals(0, r.status, r.err);
        assertEquals("args ['x', 'y']\n14\n", r.out);
    }

    @Test
    void badPycFilesGiveOneLineNamingTheFile() throws Exception {
        byte[] good = Files.readAllBytes(pyc("good", "print('hello')\n"));
        byte[] badMagic = good.clone();
        badMagic[0] ^= 1;
        Path magic = Files.write(dir.resolve("badmagic.pyc"), badMagic);
        Path truncated = Files.write(dir.resolve("truncated.pyc"), Arrays.copyOf(good, good.length - 5));
        byte[] random = new byte[300];
        new java.util.Random(42).nextBytes(random);
        Path noise = Files.write(dir.resolve("noise.pyc"), random);
        for (Path p : List.of(magic, truncated, noise)) {
            Run r = run(p.toString());
            assertEquals(1, r.status, p + ": " + r.err);
            assertEquals("", r.out);
            assertEquals(1, r.errLines().size(), "one line expected for " + p + ", got:\n" + r.err);
            assertTrue(r.err.contains(p.getFileName().toString()), r.err);
            assertTrue(r.err.startsWith("byterun: "), r.err);
        }
    }

    /** A .pyc whose module code CPython compiled from {@code source}, then edited by {@code edit} (Python code on bytearray b). */
    private Path editedPyc(String name, String source, String edit) throws Exception {
        Path pyc = dir.resolve(name + ".pyc");
        CPython.exec(String.join("\n",
                        "import sys, marshal, importlib.util",
                        "code = compile(sys.argv[1], sys.argv[2], 'exec')",
                        "b = bytearray(code.co_code)",
                        edit,
                        "code = code.replace(co_code=bytes(b))",
                        "header = importlib.util.MAGIC_NUMBER + bytes(12)",
                        "open(sys.argv[3], 'wb').write(header + marshal.dumps(code))"), source, name + ".py", pyc.toString());
        return pyc;
    }

    @Test
    void unimplementedOpcodeRaisesSystemErrorNamingIt() throws Exception {
        // opcode 17 is RESERVED: defined by CPython 3.13, never emitted; it replaces the leading RESUME
        Path pyc = editedPyc("reserved", "x = 1\nprint(x)\n", "assert b[0] == 149\nb[0] = 17");
        Run r = run(pyc.toString());
        assertEquals(1, r.status, r.err);
        assertEquals("SystemError: ByteRun does not implement opcode RESERVED (17) yet", r.errLines().get(r.errLines().size() - 1));
    }

    @Test
    void badBytecodeIsRejectedWithSystemError() throws Exception {
        // JUMP_BACKWARD to before the start of the code
        Path pyc = editedPyc("badjump", "x = 1\n", "b[2:4] = bytes([77, 250, 0, 0])");
        Run r = run(pyc.toString());
        assertEquals(1, r.status, r.err);
        String last = r.errLines().get(r.errLines().size() - 1);
        assertEquals("SystemError: bad bytecode in <module> (badjump.py) at offset 2: JUMP_BACKWARD jumps to offset -494, outside the code", last);
    }

    @Test
    void missingFileExitsWithTwo() {
        Run r = run(dir.resolve("nope.py").toString());
        assertEquals(2, r.status);
        assertEquals(List.of("byterun: can't open file '" + dir.resolve("nope.py") + "': [Errno 2] No such file or directory"), r.errLines());
    }

    @Test
    void dashCSetsArgvAndExitStatus() {
        Run r = run("-c", "import sys\nprint(sys.argv)\nsys.exit(4)", "a");
        assertEquals(4, r.status);
        assertEquals("['-c', 'a']\n", r.out);
    }

    @Test
    void uncaughtExceptionPrintsTracebackAndExitsWithOne() {
        Run r = run("-c", "def f():\n    raise ValueError('bad value')\nf()\n");
        assertEquals(1, r.status);
        List<String> lines = r.errLines();
        assertEquals("Traceback (most recent call last):", lines.get(0));
        assertEquals("ValueError: bad value", lines.get(lines.size() - 1));
        assertTrue(r.err.contains("line 2, in f"), r.err);
    }

    @Test
    void traceShowsInstructionsAndStack() {
        Run r = run("--trace", "-c", "a = 1\nb = 2\nx = a + b\nprint(x)\n");
        assertEquals(0, r.status, r.err);
        assertEquals("3\n", r.out);
        assertTrue(r.err.lines().anyMatch(l -> l.contains("BINARY_OP 0") && l.contains("stack=[1, 2]")), r.err);
        assertTrue(r.err.lines().anyMatch(l -> l.contains("STORE_NAME") && l.contains("stack=[3]")), r.err);
    }

    @Test
    void engineOptionsPassThrough() {
        Run r = run("--engine.TraceCompilation=true", "--engine.BackgroundCompilation=false", "-c",
                        "def hot(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t\nfor k in range(3000):\n    hot(50)\nprint(hot(10))\n");
        assertEquals(0, r.status, r.err);
        assertEquals("45\n", r.out);
        assertTrue(r.err.contains("opt done") && r.err.contains("hot"), r.err);
    }
}

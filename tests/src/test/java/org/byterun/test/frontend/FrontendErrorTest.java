package org.byterun.test.frontend;

import java.nio.file.Files;
import java.nio.file.Path;

import org.byterun.loader.Frontend;
import org.byterun.loader.FrontendSyntaxError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Compile errors come back as CPython reports them; every expectation is produced by CPython 3.13 itself. */
class FrontendErrorTest extends FrontendTestBase {
    @TempDir
    Path sources;

    /** Sources CPython refuses, each written to a file that python3.13 is then run on. */
    @ParameterizedTest
    @ValueSource(strings = {
                    "x = (\n",
                    "x = = 1\n",
                    "print 'hello'\n",
                    "if x:\npass\n",
                    "x = 1\n    y = 2\n",
                    "def f():\n\tif 1:\n        pass\n",
                    "s = 'abc\n",
                    "f'{x!z}'\n",
                    "return 5\n",
                    "1 = x\n",
                    "def f():\n    nonlocal q\n",
                    "s = 'h\u00e9llo' + )\n",
                    "a = 1\nb = [1,\n     2,\n     3 4]\n"})
    void errorsPrintAsPython313PrintsThem(String source) throws Exception {
        Path file = sources.resolve("bad.py");
        Files.writeString(file, source);
        String printed = CPythonErrors.runStderr(file);
        FrontendSyntaxError e = assertThrows(FrontendSyntaxError.class, () -> Frontend.compileFile(Files.readString(file), file.toString()).code());
        assertEquals(lastLine(printed), lastLine(e.formatted), "the last line");
        assertEquals(printed, e.formatted, "the location and caret block too");
        assertEquals(lastLine(printed), e.getMessage());
        assertMatchesCompile(e, file, file.toString(), "exec");
    }

    @Test
    void indentationError() throws Exception {
        FrontendSyntaxError e = expectCompileError("def f():\nreturn 1\n", "exec");
        assertEquals("IndentationError", e.typeName);
        assertEquals(2, e.lineno);
    }

    @Test
    void nullByteInSource() throws Exception {
        FrontendSyntaxError e = expectCompileError("x = 1\0\n", "exec");
        assertNull(e.lineno, "compile() of a str gives no location for it");
    }

    @Test
    void nonSyntaxErrorsComeBackTheSameWay() throws Exception {
        FrontendSyntaxError e = expectCompileError("1 + 1\n", "run");
        assertEquals("ValueError", e.typeName);
    }

    @Test
    void errorsAreNotCached() {
        long compiles = Frontend.compilesDone();
        for (int i = 0; i < 2; i++) {
            assertThrows(FrontendSyntaxError.class, () -> Frontend.compileFile("x = (\n", "again.py").code());
        }
        assertEquals(compiles + 2, Frontend.compilesDone());
    }

    @Test
    void theServerCarriesOnAfterAnError() {
        assertThrows(FrontendSyntaxError.class, () -> Frontend.compileFile("def (\n", "broken.py").code());
        assertTrue(isMarshalledCode(Frontend.compileFile("ok = 1\n", "fine.py").code()));
    }

    /** Compiles with the Frontend and with CPython's compile(), and checks both report the same error. */
    private FrontendSyntaxError expectCompileError(String source, String mode) throws Exception {
        Path file = sources.resolve("src.py");
        Files.writeString(file, source);
        FrontendSyntaxError e = assertThrows(FrontendSyntaxError.class, () -> Frontend.compile(source, "src.py", mode, 0, true, -1).code());
        assertMatchesCompile(e, file, "src.py", mode);
        return e;
    }

    private static void assertMatchesCompile(FrontendSyntaxError e, Path file, String filename, String mode) throws Exception {
        String[] expected = CPythonErrors.compileError(file, filename, mode);
        String[] actual = {e.typeName, e.msg, e.filename, str(e.lineno), str(e.offset), e.text, str(e.endLineno), str(e.endOffset), e.formatted};
        assertArrayEquals(expected, actual, "type, msg, filename, lineno, offset, text, end_lineno, end_offset, formatted");
    }

    private static String str(Integer i) {
        return i == null ? null : i.toString();
    }

    private static String lastLine(String text) {
        String s = text.stripTrailing();
        return s.substring(s.lastIndexOf('\n') + 1);
    }
}

package org.byterun.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/** ByteRun as a polyglot language, driven from Java. */
class PolyglotTest {
    @Test
    void evalReturnsModuleWhoseFunctionsAreExecutable() {
        try (Context context = Context.create("byterun")) {
            Value module = context.eval("byterun", "def add(a, b): return a + b\n");
            assertEquals(7, module.getMember("add").execute(2, 5).asInt());
            assertEquals("ab", module.getMember("add").execute("a", "b").asString());
            assertEquals(3.5, module.getMember("add").execute(1, 2.5).asDouble());
        }
    }

    @Test
    void globalsAreMembersAndBigIntsAreNumbers() {
        try (Context context = Context.create("byterun")) {
            Value module = context.eval("byterun", "x = 2 ** 100\nname = 'py'\nnothing = None\n");
            assertTrue(module.hasMember("name"));
            assertEquals("py", module.getMember("name").asString());
            assertTrue(module.getMember("nothing").isNull());
            assertEquals(new java.math.BigInteger("1267650600228229401496703205376"), module.getMember("x").asBigInteger());
            module.putMember("y", 41);
            Value f = context.eval("byterun", "def get(m): return m\n").getMember("get");
            assertEquals(41, module.getMember("y").asInt());
            assertEquals(9, f.execute(9).asInt());
        }
    }

    @Test
    void printGoesToTheContextsStdout() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("byterun").out(out).build()) {
            context.eval("byterun", "print('hello', 6 * 7)\n");
        }
        assertEquals("hello 42\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void pythonExceptionsReachJavaAsPolyglotExceptions() {
        try (Context context = Context.create("byterun")) {
            Value module = context.eval("byterun", "def boom(x): return 1 // x\n");
            PolyglotException e = assertThrows(PolyglotException.class, () -> module.getMember("boom").execute(0));
            assertTrue(e.isGuestException());
            assertEquals("ZeroDivisionError: integer division or modulo by zero", e.getMessage());
        }
    }

    @Test
    void fileTypesAreDetectedByExtension() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("byterun-detect");
        java.nio.file.Path py = dir.resolve("m.py");
        java.nio.file.Files.writeString(py, "v = 5\n");
        assertEquals("text/x-python", Source.findMimeType(py.toFile()));
        assertEquals("application/x-python-code", Source.findMimeType(dir.resolve("m.pyc").toFile()));
        try (Context context = Context.create("byterun")) {
            assertEquals(5, context.eval(Source.newBuilder("byterun", py.toFile()).build()).getMember("v").asInt());
        }
    }
}

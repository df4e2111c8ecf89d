package org.byterun.test.loader;

import org.byterun.test.CPython;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

import org.byterun.loader.CodeObject;
import org.byterun.loader.Marshal;
import org.byterun.loader.Pyc;
import org.byterun.loader.PycFormatException;
import org.byterun.loader.PycFormatException.Kind;
import org.byterun.runtime.PyTuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken .pyc files must fail with a one-line PycFormatException naming the file, and nothing else. */
class PycErrorTest {
    private static final String NAME = "broken.pyc";
    private static final byte[] TWO_UNITS = {0, 0, 0, 0};
    /** A location table entry for two code units without a location. */
    private static final byte[] NO_LOCATIONS = {(byte) (0x80 | 15 << 3 | 1)};

    private static final String SOURCE = """
                    '''A module with one of everything that marshal writes for code.'''
                    import sys
                    X = (1, -70000, 2.5, 3j, b'bytes', 'str', '\\u00fcn\\u00efcode', None, True, ..., 2**100, frozenset({1, 2}))
                    def f(a, /, b, *args, c=1, **kw):
                        try:
                            return [x for x in args if x], {k: v for k, v in kw.items()}
                        except Exception as e:
                            raise ValueError(a) from e
                    class K:
                        def m(self):
                            return super().m()
                    """;

    @TempDir
    Path dir;

    @Test
    void magicIsCPython313s() {
        assertEquals(CPython.exec("import importlib.util; print(importlib.util.MAGIC_NUMBER.hex())").strip(),
                        HexFormat.of().formatHex(Pyc.MAGIC));
    }

    @Test
    void everyTruncationIsReported() throws IOException {
        Path pyc = compile();
        byte[] whole = Files.readAllBytes(pyc);
        assertInstanceOf(CodeObject.class, Pyc.load(pyc));
        for (int length = 0; length < whole.length; length++) {
            PycFormatException e = assertFails(Kind.TRUNCATED, Arrays.copyOf(whole, length), pyc.toString());
            assertTrue(e.getMessage().contains("ends at byte " + length + " "), e.getMessage());
        }
    }

    @Test
    void wrongMagic() {
        byte[] python312 = MarshalWriter.pyc().type('N').toByteArray();
        python312[0] = (byte) 0xcb;
        assertEquals(NAME + ": bad magic number cb 0d 0d 0a (not a CPython 3.13 .pyc; expected f3 0d 0d 0a)",
                        assertFails(Kind.BAD_MAGIC, python312, NAME).getMessage());
        assertFails(Kind.BAD_MAGIC, new byte[]{(byte) 0xf3, 0x0d, 0x0d, 0x0b}, NAME);
        assertFails(Kind.BAD_MAGIC, new byte[]{0x7f}, NAME);
    }

    @Test
    void unknownHeaderFlags() {
        byte[] data = MarshalWriter.pyc().type('N').toByteArray();
        data[4] = 4;
        assertFails(Kind.BAD_DATA, data, NAME);
    }

    @Test
    void unknownTypeCode() {
        assertEquals(NAME + ": bad marshal data: unknown type code 0x5e at byte 16",
                        assertFails(Kind.BAD_DATA, MarshalWriter.pyc().raw((byte) 0x5e).toByteArray(), NAME).getMessage());
    }

    @Test
    void topLevelObjectMustBeCode() {
        PycFormatException e = assertFails(Kind.BAD_DATA, MarshalWriter.pyc().type('N').toByteArray(), NAME);
        assertTrue(e.getMessage().contains("NoneType, not a code object"), e.getMessage());
        assertFails(Kind.BAD_DATA, MarshalWriter.pyc().type('0').toByteArray(), NAME);
    }

    /** Sizes are checked against the data left before anything is allocated. */
    @Test
    void absurdSizes() {
        for (char type : "sutaA([<>".toCharArray()) {
            PycFormatException e = assertFails(Kind.TRUNCATED, MarshalWriter.pyc().type(type).i32(Integer.MAX_VALUE).toByteArray(), NAME);
            assertTrue(e.getMessage().contains("of 2147483647 "), e.getMessage());
            assertFails(Kind.BAD_DATA, MarshalWriter.pyc().type(type).i32(-1).toByteArray(), NAME);
        }
        assertFails(Kind.TRUNCATED, MarshalWriter.pyc().type('l').i32(Integer.MAX_VALUE).toByteArray(), NAME);
        assertFails(Kind.TRUNCATED, MarshalWriter.pyc().type('l').i32(-Integer.MAX_VALUE).toByteArray(), NAME);
        assertFails(Kind.BAD_DATA, MarshalWriter.pyc().type('l').i32(Integer.MIN_VALUE).toByteArray(), NAME);
    }

    @Test
    void badIntsAndStrings() {
        // digits are 15 bits, and the top one must not be zero
        assertFails(Kind.BAD_DATA, MarshalWriter.pyc().type('l').i32(1).u8(0).u8(0x80).toByteArray(), NAME);
        assertFails(Kind.BAD_DATA, MarshalWriter.pyc().type('l').i32(2).u8(1).u8(0).u8(0).u8(0).toByteArray(), NAME);
        assertFails(Kind.BAD_DATA, MarshalWriter.pyc().type('u').i32(2).u8(0xc3).u8(0x28).toByteArray(), NAME);
        assertFails(Kind.BAD_DATA, MarshalWriter.pyc().type('u').i32(2).u8(0xc0).u8(0x80).toByteArray(), NAME);
        assertFails(Kind.BAD_DATA, MarshalWriter.pyc().type('f').u8(3).raw("1e5".getBytes()).type('f').u8(1).raw((byte) 'x')
                        .toByteArray(), NAME);
        assertFails(Kind.BAD_DATA, MarshalWriter.pyc().type('<').i32(1).type('[').i32(0).toByteArray(), NAME);
    }

    /**
     * CPython's depth limit: 2000 nested objects load, 2001 do not, even on a small thread stack.
     * Repeated so that the reader also runs JIT-compiled, with its different frame sizes.
     */
    @Test
    void nestingIsBounded() throws InterruptedException {
        byte[] deepest = nestedTuples(1999);
        byte[] tooDeep = nestedTuples(2000);
        byte[] absurd = nestedTuples(1_000_000);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread small = new Thread(null, () -> {
            try {
                for (int round = 0; round < 20; round++) {
                    assertInstanceOf(PyTuple.class, Marshal.load(deepest, 0, NAME));
                    for (byte[] data : new byte[][]{tooDeep, absurd}) {
                        PycFormatException e = assertThrows(PycFormatException.class, () -> Marshal.load(data, 0, NAME));
                        assertEquals(Kind.BAD_DATA, e.kind());
                        assertTrue(e.getMessage().contains("nested deeper than 2000"), e.getMessage());
                    }
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "small stack", 256 * 1024);
        small.start();
        small.join();
        if (failure.get() != null) {
            fail(failure.get());
        }
    }

    @Test
    void badReferences() {
        assertFails(Kind.BAD_DATA, MarshalWriter.pyc().type('r').i32(0).toByteArray(), NAME);
        assertFails(Kind.BAD_DATA, MarshalWriter.pyc().tuple(2).u8('i' | 0x80).i32(7).type('r').i32(1).toByteArray(), NAME);
        // a code object's slot is reserved until it is complete, so it cannot contain itself
        MarshalWriter selfCode = MarshalWriter.pyc();
        selfCode.u8('c' | 0x80);
        selfCode.i32(0).i32(0).i32(0).i32(1).i32(0).bytes(TWO_UNITS).tuple(1).type('r').i32(0);
        assertFails(Kind.BAD_DATA, selfCode.toByteArray(), NAME);
        // nor can a tuple, whose hash, == and repr would never end
        PycFormatException e = assertFails(Kind.BAD_DATA,
                        MarshalWriter.pyc().u8('(' | 0x80).i32(1).tuple(1).type('r').i32(0).toByteArray(), NAME);
        assertTrue(e.getMessage().contains("contain itself"), e.getMessage());
    }

    @Test
    void malformedCodeObjects() {
        MarshalWriter ok = MarshalWriter.pyc();
        ok.code(TWO_UNITS, () -> ok.tuple(0), NO_LOCATIONS, new byte[0]);
        assertEquals("f", Pyc.load(ok.toByteArray(), NAME).name);

        MarshalWriter noStartBit = MarshalWriter.pyc();
        noStartBit.code(TWO_UNITS, () -> noStartBit.tuple(0), new byte[]{1}, new byte[0]);
        PycFormatException e = assertFails(Kind.BAD_DATA, noStartBit.toByteArray(), NAME);
        assertTrue(e.getMessage().contains("code object 'f' at byte 16: location table"), e.getMessage());

        MarshalWriter cutEntry = MarshalWriter.pyc();
        cutEntry.code(TWO_UNITS, () -> cutEntry.tuple(0), NO_LOCATIONS, new byte[]{(byte) 0x80, 1});
        assertFails(Kind.BAD_DATA, cutEntry.toByteArray(), NAME);

        MarshalWriter handlerOutside = MarshalWriter.pyc();
        handlerOutside.code(TWO_UNITS, () -> handlerOutside.tuple(0), NO_LOCATIONS, new byte[]{(byte) 0x80, 1, 9, 0});
        assertFails(Kind.BAD_DATA, handlerOutside.toByteArray(), NAME);

        MarshalWriter oddCode = MarshalWriter.pyc();
        oddCode.code(new byte[3], () -> oddCode.tuple(0), NO_LOCATIONS, new byte[0]);
        assertFails(Kind.BAD_DATA, oddCode.toByteArray(), NAME);

        MarshalWriter listConsts = MarshalWriter.pyc();
        listConsts.code(TWO_UNITS, () -> listConsts.type('[').i32(0), NO_LOCATIONS, new byte[0]);
        assertFails(Kind.BAD_DATA, listConsts.toByteArray(), NAME);

        MarshalWriter nullConsts = MarshalWriter.pyc();
        nullConsts.code(TWO_UNITS, () -> nullConsts.type('0'), NO_LOCATIONS, new byte[0]);
        assertFails(Kind.BAD_DATA, nullConsts.toByteArray(), NAME);

        MarshalWriter truncatedInCode = MarshalWriter.pyc();
        truncatedInCode.type('c').i32(0).i32(0);
        assertEquals(NAME + ": truncated: marshal data ends at byte 25 inside a code object",
                        assertFails(Kind.TRUNCATED, truncatedInCode.toByteArray(), NAME).getMessage());
    }

    @Test
    void randomBytes() {
        for (int seed = 0; seed < 200; seed++) {
            Random random = new Random(seed);
            byte[] anything = new byte[random.nextInt(300)];
            random.nextBytes(anything);
            assertFailsCleanly(anything, seed);
            byte[] afterHeader = MarshalWriter.pyc().raw(anything).toByteArray();
            assertFailsCleanly(afterHeader, seed);
        }
    }

    /** Damaged real files either load or fail with a PycFormatException. */
    @Test
    void mutatedFiles() throws IOException {
        byte[] whole = Files.readAllBytes(compile());
        for (int seed = 0; seed < 3000; seed++) {
            Random random = new Random(seed);
            byte[] damaged = whole.clone();
            for (int n = 1 + random.nextInt(4); n > 0; n--) {
                damaged[16 + random.nextInt(whole.length - 16)] = (byte) random.nextInt(256);
            }
            try {
                Pyc.load(damaged, NAME);
            } catch (PycFormatException e) {
                assertOneLineNaming(e, NAME);
            } catch (Throwable t) {
                throw new AssertionError("seed " + seed + ": " + t, t);
            }
        }
    }

    private Path compile() throws IOException {
        Path source = dir.resolve("small.py");
        Path pyc = dir.resolve("small.pyc");
        Files.writeString(source, SOURCE);
        CPython.exec("import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)", source.toString(),
                        pyc.toString());
        return pyc;
    }

    private static byte[] nestedTuples(int depth) {
        byte[] data = new byte[2 * depth + 1];
        for (int i = 0; i < depth; i++) {
            data[2 * i] = ')';
            data[2 * i + 1] = 1;
        }
        data[2 * depth] = 'N';
        return data;
    }

    private static PycFormatException assertFails(Kind kind, byte[] data, String name) {
        PycFormatException e = assertThrows(PycFormatException.class, () -> Pyc.load(data, name));
        assertEquals(kind, e.kind(), e.getMessage());
        assertOneLineNaming(e, name);
        return e;
    }

    private static void assertFailsCleanly(byte[] data, int seed) {
        try {
            Pyc.load(data, NAME);
            fail("seed " + seed + ": random bytes loaded");
        } catch (PycFormatException e) {
            assertOneLineNaming(e, NAME);
        } catch (Throwable t) {
            throw new AssertionError("seed " + seed + ": " + t, t);
        }
    }

    private static void assertOneLineNaming(PycFormatException e, String name) {
        String message = e.getMessage();
        assertTrue(message.startsWith(name + ": "), message);
        assertFalse(message.contains("\n") || message.contains("\r"), message);
        assertArrayEquals(new String[]{message}, message.lines().toArray(), message);
    }
}

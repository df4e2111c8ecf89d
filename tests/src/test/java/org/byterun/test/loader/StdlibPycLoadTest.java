package org.byterun.test.loader;

import org.byterun.test.CPython;
import static java.util.stream.Collectors.joining;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.byterun.loader.CodeObject;
import org.byterun.loader.Pyc;
import org.byterun.runtime.PyBytes;
import org.byterun.runtime.PyComplex;
import org.byterun.runtime.PyEllipsis;
import org.byterun.runtime.PyFrozenSet;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.PyTuple;
import org.byterun.runtime.Repr;
import org.junit.jupiter.api.Test;

/** Loads every .pyc of CPython 3.13's standard library, and compares some in detail with CPython. */
class StdlibPycLoadTest {
    /** Spot-checked modules, relative to the stdlib: plain, unicode-heavy, async, and an optimized (-OO) file. */
    private static final List<String> SPOT_CHECKED = List.of("__pycache__/os.cpython-313.pyc",
                    "json/__pycache__/decoder.cpython-313.pyc", "asyncio/__pycache__/tasks.cpython-313.pyc",
                    "__pycache__/dataclasses.cpython-313.pyc", "html/__pycache__/entities.cpython-313.pyc",
                    "email/__pycache__/_header_value_parser.cpython-313.pyc", "__pycache__/typing.cpython-313.opt-2.pyc");

    @Test
    void loadsEveryStdlibPyc() throws IOException {
        List<Path> files = stdlibPycs();
        List<String> failures = new ArrayList<>();
        int loaded = 0;
        for (Path file : files) {
            try {
                Pyc.load(file);
                loaded++;
            } catch (RuntimeException e) {
                failures.add(file + ": " + e);
            }
        }
        System.out.println("loaded " + loaded + " .pyc files");
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + files.size() + " .pyc files failed to load:\n" + String.join("\n", failures));
        }
        assertTrue(loaded > 5000, "expected more than 5000 .pyc files under " + CPython.stdlib() + ", found " + loaded);
    }

    @Test
    void codeObjectsMatchCPython() {
        Path stdlib = CPython.stdlib();
        List<String> paths = SPOT_CHECKED.stream().map(stdlib::resolve).filter(Files::isRegularFile).map(Path::toString).toList();
        assertTrue(paths.size() >= 3, "too few spot-checked .pyc files exist: " + paths);
        List<String> expected = CPython.runScript("loader/code_fields.py", paths.toArray(String[]::new)).lines().toList();
        List<String> actual = new ArrayList<>();
        for (String path : paths) {
            actual.add("FILE " + path);
            walk(Pyc.load(Path.of(path)), actual);
        }
        assertTrue(expected.size() > 100, "too few code objects: " + expected.size());
        assertEquals(expected.size(), actual.size(), "number of code objects and files");
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i));
        }
    }

    private static List<Path> stdlibPycs() throws IOException {
        try (Stream<Path> tree = Files.walk(CPython.stdlib())) {
            return tree.filter(p -> p.getParent() != null && p.getParent().getFileName().toString().equals("__pycache__"))
                            .filter(p -> p.getFileName().toString().matches(".*\\.cpython-313.*\\.pyc"))
                            .sorted().toList();
        }
    }

    /** Code objects depth first, consts in order, as code_fields.py walks them. */
    private static void walk(CodeObject code, List<String> out) {
        out.add(describe(code));
        for (Object c : code.consts) {
            if (c instanceof CodeObject inner) {
                walk(inner, out);
            }
        }
    }

    /** The Java side of code_fields.py's line for one code object. */
    private static String describe(CodeObject c) {
        int nlocals = 0;
        for (byte kind : c.localsPlusKinds) {
            nlocals += (kind & CodeObject.CO_FAST_LOCAL) != 0 ? 1 : 0;
        }
        return String.join(" ", ascii(c.name), ascii(c.qualname), ascii(c.filename),
                        "line=" + c.firstLineNo,
                        "code=" + c.code.length + ":" + sha(c.code),
                        "linetable=" + sha(c.rawLineTable.bytes()), "exceptiontable=" + sha(c.rawExceptionTable.bytes()),
                        "args=" + c.argCount + "/" + c.posOnlyArgCount + "/" + c.kwOnlyArgCount,
                        "stack=" + c.stackSize, "flags=0x" + Integer.toHexString(c.flags), "nlocals=" + nlocals,
                        "names=" + constRepr(tupleOf(c.names)),
                        "varnames=" + constRepr(localsOfKind(c, CodeObject.CO_FAST_LOCAL)),
                        "cellvars=" + constRepr(localsOfKind(c, CodeObject.CO_FAST_CELL)),
                        "freevars=" + constRepr(localsOfKind(c, CodeObject.CO_FAST_FREE)),
                        "consts=[" + Arrays.stream(c.consts).map(StdlibPycLoadTest::constRepr).collect(joining(", ")) + "]");
    }

    private static PyTuple localsOfKind(CodeObject c, byte kind) {
        List<Object> names = new ArrayList<>();
        for (int i = 0; i < c.localsPlusNames.length; i++) {
            if ((c.localsPlusKinds[i] & kind) != 0) {
                names.add(c.localsPlusNames[i]);
            }
        }
        return PyTuple.of(names.toArray());
    }

    private static PyTuple tupleOf(String[] names) {
        return PyTuple.of((Object[]) names);
    }

    private static boolean simple(Object v) {
        if (v instanceof PyTuple t) {
            return Arrays.stream(t.items()).allMatch(StdlibPycLoadTest::simple);
        } else if (v instanceof PyFrozenSet s) {
            return Arrays.stream(s.storage().keysArray()).allMatch(StdlibPycLoadTest::simple);
        }
        return v == PyNone.INSTANCE || v == PyEllipsis.INSTANCE || v instanceof Boolean || v instanceof Long || v instanceof BigInteger ||
                        v instanceof Double || v instanceof PyComplex || v instanceof String || v instanceof PyBytes;
    }

    /** The Java side of code_fields.py's const_repr. */
    private static String constRepr(Object v) {
        if (!simple(v)) {
            return v instanceof CodeObject ? "<code>" : "<" + v.getClass().getSimpleName() + ">";
        } else if (v instanceof PyTuple t) {
            return "(" + Arrays.stream(t.items()).map(StdlibPycLoadTest::constRepr).collect(joining(", ")) + (t.size() == 1 ? ",)" : ")");
        } else if (v instanceof PyFrozenSet s) {
            return s.size() == 0 ? "frozenset()"
                            : "frozenset({" + Arrays.stream(s.storage().keysArray()).map(StdlibPycLoadTest::constRepr).sorted().collect(joining(", ")) + "})";
        }
        return ascii(v);
    }

    /** Python's ascii(): repr() with every non-ASCII character escaped. */
    private static String ascii(Object v) {
        String repr = Repr.repr(v);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < repr.length(); ) {
            int cp = repr.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                sb.append((char) cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        return sb.toString();
    }

    private static String sha(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}

package org.byterun.test.loader;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.byterun.loader.Pyc;

/** Writes marshal data by hand, for the malformed input that CPython never writes. */
final class MarshalWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** Starts a .pyc: magic, flags 0, then zero mtime and size. */
    static MarshalWriter pyc() {
        return new MarshalWriter().raw(Pyc.MAGIC).i32(0).i32(0).i32(0);
    }

    MarshalWriter raw(byte... bytes) {
        out.writeBytes(bytes);
        return this;
    }

    MarshalWriter type(char code) {
        out.write(code);
        return this;
    }

    MarshalWriter u8(int b) {
        out.write(b);
        return this;
    }

    MarshalWriter i32(int v) {
        for (int i = 0; i < 4; i++) {
            out.write(v >>> (8 * i));
        }
        return this;
    }

    MarshalWriter bytes(byte... b) {
        return type('s').i32(b.length).raw(b);
    }

    MarshalWriter str(String ascii) {
        return type('z').u8(ascii.length()).raw(ascii.getBytes(StandardCharsets.US_ASCII));
    }

    /** A tuple header; its items follow. */
    MarshalWriter tuple(int size) {
        return type(')').u8(size);
    }

    /**
     * A code object named "f" with no arguments and no names; {@code consts} writes the consts
     * tuple, so that it can hold anything.
     */
    MarshalWriter code(byte[] code, Runnable consts, byte[] lineTable, byte[] exceptionTable) {
        type('c').i32(0).i32(0).i32(0).i32(1).i32(0);
        bytes(code);
        consts.run();
        tuple(0).tuple(0).bytes();
        str("f.py").str("f").str("f");
        i32(1);
        return bytes(lineTable).bytes(exceptionTable);
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }
}

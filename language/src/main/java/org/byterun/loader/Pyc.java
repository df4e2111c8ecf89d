package org.byterun.loader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.byterun.loader.PycFormatException.Kind;

/**
 * Loads CPython 3.13 .pyc files: a 16-byte header (magic number, flags word, then the source's
 * mtime and size or, for hash-based files, an 8-byte source hash) followed by the marshalled
 * module code object.
 */
public final class Pyc {
    /** importlib.util.MAGIC_NUMBER of CPython 3.13 (magic 3571). */
    public static final byte[] MAGIC = {(byte) 0xf3, 0x0d, 0x0d, 0x0a};
    private static final int HEADER_SIZE = 16;
    /** Flag bits CPython knows: hash-based, check_source. Others make importlib reject the file. */
    private static final int KNOWN_FLAGS = 0b11;

    private Pyc() {
    }

    public static CodeObject load(Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return load(bytes, path.toString());
    }

    /** The module code in {@code fileBytes}; {@code fileName} names the file in errors. */
    public static CodeObject load(byte[] fileBytes, String fileName) {
        checkHeader(fileBytes, fileName);
        return Marshal.loadCode(fileBytes, HEADER_SIZE, fileName);
    }

    private static void checkHeader(byte[] b, String fileName) {
        int magicLength = Math.min(MAGIC.length, b.length);
        if (!Arrays.equals(b, 0, magicLength, MAGIC, 0, magicLength)) {
            throw new PycFormatException(Kind.BAD_MAGIC, fileName, "bad magic number " + hex(b, magicLength) +
                            " (not a CPython 3.13 .pyc; expected " + hex(MAGIC, MAGIC.length) + ")");
        }
        if (b.length < HEADER_SIZE) {
            throw new PycFormatException(Kind.TRUNCATED, fileName,
                            "truncated: file ends at byte " + b.length + " inside the " + HEADER_SIZE + "-byte .pyc header");
        }
        int flags = (b[4] & 0xFF) | (b[5] & 0xFF) << 8 | (b[6] & 0xFF) << 16 | (b[7] & 0xFF) << 24;
        if ((flags & ~KNOWN_FLAGS) != 0) {
            throw new PycFormatException(Kind.BAD_DATA, fileName,
                            String.format("bad .pyc header: unknown flags 0x%08x at byte 4", flags));
        }
    }

    private static String hex(byte[] b, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(i > 0 ? " " : "").append(String.format("%02x", b[i] & 0xFF));
        }
        return sb.toString();
    }
}

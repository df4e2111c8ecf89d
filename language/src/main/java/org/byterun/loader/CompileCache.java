package org.byterun.loader;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Compiled code on disk, so that running an unchanged file again does not start CPython. An entry
 * is {@code <dir>/code/<2 hex>/<62 hex>}: magic, payload length, CRC32, then the payload: the
 * compiler's warnings (int32 length + UTF-8, replayed on every run as CPython re-warns on every
 * compile) and the marshal bytes. The
 * cache is best effort: a missing, unreadable or corrupt entry is a miss (and the compile that
 * follows rewrites it), and a directory that cannot be written simply caches nothing.
 */
final class CompileCache {
    /** Changes whenever the key or the entry layout changes, so old entries are never misread. */
    private static final String FORMAT = "byterun-compile-cache/3";
    private static final int MAGIC = 0x42524332; // "BRC2"
    private static final int HEADER = 12;

    private CompileCache() {
    }

    /** The cache directory: -Dbyterun.cacheDir, $BYTERUN_CACHE_DIR, $XDG_CACHE_HOME/byterun, ~/.cache/byterun. */
    static Path directory(Map<String, String> env, String home) {
        String dir = System.getProperty("byterun.cacheDir");
        if (isSet(dir)) {
            return Path.of(dir);
        }
        if (isSet(env.get("BYTERUN_CACHE_DIR"))) {
            return Path.of(env.get("BYTERUN_CACHE_DIR"));
        }
        if (isSet(env.get("XDG_CACHE_HOME"))) {
            return Path.of(env.get("XDG_CACHE_HOME"), "byterun");
        }
        return Path.of(home, ".cache", "byterun");
    }

    /**
     * Which CPython compiled an entry, as part of its key: the interpreter's real path, mtime and
     * size. Asking the interpreter for its version would mean starting it on every run, which the
     * cache exists to avoid; a stat is enough, because installing another build changes the file.
     */
    static String interpreterStamp(Path python) throws IOException {
        Path real = python.toRealPath();
        BasicFileAttributes attrs = Files.readAttributes(real, BasicFileAttributes.class);
        return real + "\0" + attrs.lastModifiedTime().toMillis() + "\0" + attrs.size();
    }

    /** SHA-256 over every input that can change the compiled code, each field length-prefixed. */
    static String key(String interpreterStamp, String filename, String mode, int flags, boolean dontInherit, int optimize,
                    String source) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        for (String field : new String[]{FORMAT, interpreterStamp, filename, mode, source}) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
            sha.update(bytes);
        }
        sha.update(ByteBuffer.allocate(9).putInt(flags).put((byte) (dontInherit ? 1 : 0)).putInt(optimize).array());
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The cached compile result, or null if there is no sound entry. */
    static Compiled read(Path dir, String key) {
        byte[] entry;
        try {
            entry = Files.readAllBytes(file(dir, key));
        } catch (IOException | SecurityException e) {
            return null;
        }
        ByteBuffer header = ByteBuffer.wrap(entry);
        if (entry.length < HEADER || header.getInt() != MAGIC || header.getInt() != entry.length - HEADER) {
            return null;
        }
        int crc = header.getInt();
        CRC32 actual = new CRC32();
        actual.update(entry, HEADER, entry.length - HEADER);
        if ((int) actual.getValue() != crc || entry.length < HEADER + 4) {
            return null;
        }
        int warningsLength = ByteBuffer.wrap(entry, HEADER, 4).getInt();
        int codeStart = HEADER + 4 + warningsLength;
        if (warningsLength < 0 || codeStart > entry.length) {
            return null;
        }
        String warnings = new String(entry, HEADER + 4, warningsLength, StandardCharsets.UTF_8);
        return new Compiled(Arrays.copyOfRange(entry, codeStart, entry.length), warnings);
    }

    /** Stores an entry atomically (temp file + rename), so readers never see half of one. */
    static void write(Path dir, String key, Compiled compiled) {
        byte[] warnings = compiled.warnings().getBytes(StandardCharsets.UTF_8);
        byte[] payload = ByteBuffer.allocate(4 + warnings.length + compiled.code().length).putInt(warnings.length).put(warnings)
                        .put(compiled.code()).array();
        CRC32 crc = new CRC32();
        crc.update(payload);
        byte[] entry = ByteBuffer.allocate(HEADER + payload.length).putInt(MAGIC).putInt(payload.length)
                        .putInt((int) crc.getValue()).put(payload).array();
        Path target = file(dir, key);
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), key.substring(2, 10), ".tmp");
            Files.write(temp, entry);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | SecurityException e) {
            deleteQuietly(temp); // caching is an optimization: a cache we cannot write is no cache
        }
    }

    static Path file(Path dir, String key) {
        return dir.resolve("code").resolve(key.substring(0, 2)).resolve(key.substring(2));
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException | SecurityException e) {
                // left behind in the cache directory; harmless
            }
        }
    }

    private static boolean isSet(String s) {
        return s != null && !s.isEmpty();
    }
}

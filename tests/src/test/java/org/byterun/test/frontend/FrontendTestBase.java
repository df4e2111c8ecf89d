package org.byterun.test.frontend;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Gives every test a fresh, empty compile cache, so no test reads or writes the user's real one. */
abstract class FrontendTestBase {
    private static final String CACHE_DIR = "byterun.cacheDir";

    @TempDir
    Path cacheDir;
    private String previousCacheDir;

    @BeforeEach
    void useTempCache() {
        previousCacheDir = System.setProperty(CACHE_DIR, cacheDir.toString());
    }

    @AfterEach
    void restoreCache() {
        if (previousCacheDir == null) {
            System.clearProperty(CACHE_DIR);
        } else {
            System.setProperty(CACHE_DIR, previousCacheDir);
        }
    }

    /** Whether marshal data starts with a code object: type code 'c', possibly with FLAG_REF (0x80). */
    static boolean isMarshalledCode(byte[] data) {
        return data.length > 0 && (data[0] & 0x7F) == 'c';
    }
}

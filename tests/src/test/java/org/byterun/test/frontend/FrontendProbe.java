package org.byterun.test.frontend;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.byterun.loader.Frontend;
import org.byterun.loader.FrontendSyntaxError;
import org.byterun.loader.FrontendUnavailableException;

/**
 * Run in a fresh JVM by the tests: compiles the file args[0] under the name args[1] and prints one
 * line saying what happened, so tests can see what a new ByteRun process does (start CPython or
 * not, which cache directory, which error message).
 */
public final class FrontendProbe {
    private FrontendProbe() {
    }

    public static void main(String[] args) throws Exception {
        String source = Files.readString(Path.of(args[0]));
        try {
            byte[] code = Frontend.compileFile(source, args[1]).code();
            System.out.println("ok code=" + Arrays.hashCode(code) + " starts=" + Frontend.serverStarts() + " hits=" + Frontend.cacheHits()
                            + " compiles=" + Frontend.compilesDone());
        } catch (FrontendUnavailableException e) {
            System.out.println("unavailable\t" + e.getMessage());
        } catch (FrontendSyntaxError e) {
            System.out.println("syntax\t" + e.getMessage());
        }
    }
}

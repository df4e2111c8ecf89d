package org.byterun;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.TruffleFile;

/** Recognizes .py files as Python source (UTF-8) and .pyc files as compiled code. */
public final class PythonFileDetector implements TruffleFile.FileTypeDetector {
    @Override
    public String findMimeType(TruffleFile file) {
        String name = file.getName();
        if (name == null) {
            return null;
        } else if (name.endsWith(".py")) {
            return ByteRunLanguage.SOURCE_MIME;
        } else if (name.endsWith(".pyc")) {
            return ByteRunLanguage.PYC_MIME;
        }
        return null;
    }

    @Override
    public Charset findEncoding(TruffleFile file) {
        return StandardCharsets.UTF_8;
    }
}

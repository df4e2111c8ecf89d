package org.byterun.builtins;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The text encodings bytes() and bytes.decode() support: UTF-8, ASCII and Latin-1, strict errors. */
final class Encodings {
    private Encodings() {
    }

    private static Charset charset(String encoding) {
        String n = encoding.toLowerCase().replace('_', '-');
        return switch (n) {
            case "utf-8", "utf8" -> StandardCharsets.UTF_8;
            case "ascii", "us-ascii" -> StandardCharsets.US_ASCII;
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1" -> StandardCharsets.ISO_8859_1;
            default -> throw PyErrors.create(BuiltinTypes.LOOKUP_ERROR, "unknown encoding: " + encoding);
        };
    }

    @TruffleBoundary
    static String decode(byte[] data, String encoding) {
        try {
            return charset(encoding).newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(data)).toString();
        } catch (CharacterCodingException e) {
            throw PyErrors.notImplemented("UnicodeDecodeError (undecodable bytes for " + encoding + ")");
        }
    }

    @TruffleBoundary
    static byte[] encode(String text, String encoding) {
        try {
            ByteBuffer b = charset(encoding).newEncoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                            .encode(CharBuffer.wrap(text));
            byte[] r = new byte[b.remaining()];
            b.get(r);
            return r;
        } catch (CharacterCodingException e) {
            throw PyErrors.notImplemented("UnicodeEncodeError (unencodable text for " + encoding + ")");
        }
    }
}

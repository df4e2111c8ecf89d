package org.byterun.builtins;

import org.byterun.runtime.Arithmetic;
import org.byterun.runtime.ByteArrays;
import org.byterun.runtime.Iteration;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyException;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** bytes(...) and bytearray(...): from nothing, a size, a str and an encoding, a buffer or an iterable of ints. */
final class BytesConstructor {
    private BytesConstructor() {
    }

    @TruffleBoundary
    static byte[] contents(String type, Object[] args, String[] kwNames, Object[] kwValues) {
        Object source = args.length > 0 ? args[0] : Args.keyword(type, kwNames, kwValues, "source", "encoding", "errors");
        Object encoding = args.length > 1 ? args[1] : Args.keyword(type, kwNames, kwValues, "encoding", "source", "errors");
        Object errors = args.length > 2 ? args[2] : Args.keyword(type, kwNames, kwValues, "errors", "source", "encoding");
        if (args.length > 3) {
            throw PyErrors.typeError(type + "() takes at most 3 arguments (" + args.length + " given)");
        }
        if (source == null) {
            if (encoding != null) {
                throw PyErrors.typeError("encoding without a string argument");
            }
            return new byte[0];
        }
        if (source instanceof String s) {
            if (encoding == null) {
                throw PyErrors.typeError("string argument without an encoding");
            }
            if (!(encoding instanceof String enc)) {
                throw PyErrors.typeError(type + "() argument 'encoding' must be str, not " + PyErrors.typeName(encoding));
            }
            if (errors != null && !(errors instanceof String)) {
                throw PyErrors.typeError(type + "() argument 'errors' must be str, not " + PyErrors.typeName(errors));
            }
            return org.byterun.runtime.Codecs.encode(s, enc, errors == null ? "strict" : (String) errors).bytes();
        }
        if (encoding != null) {
            throw PyErrors.typeError("encoding without a string argument");
        }
        if (Arithmetic.isInt(source)) {
            long n = SeqArgs.integer(source);
            if (n < 0) {
                throw PyErrors.valueError("negative count");
            }
            return new byte[(int) n];
        }
        if (source instanceof Double) {
            throw PyErrors.typeError("cannot convert 'float' object to " + type);
        }
        if (ByteArrays.bufferOf(source) == null) {
            try {
                Iteration.getIterator(source);
            } catch (PyException e) {
                throw PyErrors.typeError("cannot convert '" + PyErrors.typeName(source) + "' object to " + type);
            }
        }
        return ByteArrays.fromIterable(source);
    }
}

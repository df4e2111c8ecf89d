package org.byterun.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** int.to_bytes and int.from_bytes: two's complement or unsigned, big or little endian. */
public final class IntBytes {
    private IntBytes() {
    }

    private static boolean littleEndian(Object byteorder) {
        if (!(byteorder instanceof String s)) {
            throw PyErrors.typeError("to_bytes() argument 'byteorder' must be str, not " + PyErrors.typeName(byteorder));
        }
        if (s.equals("little")) {
            return true;
        } else if (s.equals("big")) {
            return false;
        }
        throw PyErrors.valueError("byteorder must be either 'little' or 'big'");
    }

    @TruffleBoundary
    public static PyBytes toBytes(Object value, Object lengthObj, Object byteorder, Object signedObj) {
        boolean little = littleEndian(byteorder);
        boolean signed = Truthiness.isTrue(signedObj);
        BigInteger v = PyNumbers.toBig(value);
        BigInteger len = PyNumbers.toBig(lengthObj);
        if (len.signum() < 0) {
            throw PyErrors.valueError("length argument must be non-negative");
        }
        if (!signed && v.signum() < 0) {
            throw PyErrors.create(BuiltinTypes.OVERFLOW_ERROR, "can't convert negative int to unsigned");
        }
        int needed = signed ? v.bitLength() + 1 : v.bitLength();
        if (len.bitLength() > 31 || needed > len.intValue() * 8L) {
            throw PyErrors.create(BuiltinTypes.OVERFLOW_ERROR, "int too big to convert");
        }
        int n = len.intValue();
        byte[] twos = v.toByteArray(); // big-endian two's complement, minimal length
        byte[] out = new byte[n];
        byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
        for (int i = 0; i < n; i++) {
            int src = twos.length - 1 - i;
            byte b = src >= 0 ? twos[src] : fill;
            out[little ? i : n - 1 - i] = b;
        }
        return new PyBytes(out);
    }

    @TruffleBoundary
    public static Object fromBytes(Object bytes, Object byteorder, Object signedObj) {
        boolean little = littleEndian(byteorder);
        boolean signed = Truthiness.isTrue(signedObj);
        byte[] data;
        if (bytes instanceof PyBytes b) {
            data = b.bytes().clone();
        } else {
            Object[] items = Sequences.toArray(bytes);
            data = new byte[items.length];
            for (int i = 0; i < items.length; i++) {
                Object item = PyNumbers.index(items[i]);
                if (!(item instanceof Long l) || l < 0 || l > 255) {
                    throw PyErrors.valueError("bytes must be in range(0, 256)");
                }
                data[i] = (byte) (long) l;
            }
        }
        if (little) {
            for (int i = 0, j = data.length - 1; i < j; i++, j--) {
                byte t = data[i];
                data[i] = data[j];
                data[j] = t;
            }
        }
        if (data.length == 0) {
            return 0L;
        }
        BigInteger v = signed ? new BigInteger(data) : new BigInteger(1, data);
        return PyNumbers.normalize(v);
    }
}

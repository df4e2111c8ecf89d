package org.byterun.builtins;

import java.math.BigInteger;

import org.byterun.runtime.PyAbstractSet;
import org.byterun.runtime.PyBytes;
import org.byterun.runtime.PyDict;
import org.byterun.runtime.PyList;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.PyTuple;

/**
 * sys.getsizeof: the sizes CPython 3.13 reports on 64-bit builds for the common builtin values
 * (computed from CPython's object layouts); other objects get a nominal 56 bytes.
 */
final class SizeEstimate {
    private SizeEstimate() {
    }

    static long of(Object o) {
        if (o instanceof Boolean) {
            return 28;
        } else if (o instanceof Long || o instanceof BigInteger) {
            BigInteger b = o instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) o;
            int digits = Math.max(1, (b.abs().bitLength() + 29) / 30); // 30-bit digits
            return 24 + 4L * digits;
        } else if (o instanceof Double) {
            return 24;
        } else if (o instanceof String s) {
            int max = s.codePoints().max().orElse(0);
            int n = s.codePointCount(0, s.length());
            if (max < 128) {
                return 41 + n;
            }
            return max < 256 ? 57 + n : max < 65536 ? 59 + 2L * n : 59 + 4L * n;
        } else if (o instanceof PyNone) {
            return 16;
        } else if (o instanceof PyTuple t) {
            return 40 + 8L * t.size();
        } else if (o instanceof PyList l) {
            return 56 + 8L * l.size();
        } else if (o instanceof PyBytes b) {
            return 33 + b.size();
        } else if (o instanceof PyDict d) {
            return d.size() == 0 ? 64 : d.size() <= 5 ? 224 : 224 + 16L * d.size();
        } else if (o instanceof PyAbstractSet s) {
            return s.size() <= 4 ? 216 : 216 + 32L * s.size();
        }
        return 56;
    }
}

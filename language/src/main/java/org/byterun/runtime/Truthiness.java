package org.byterun.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Python truth testing of builtin values. */
public final class Truthiness {
    private Truthiness() {
    }

    @TruffleBoundary
    public static boolean isTrue(Object v) {
        if (v instanceof Boolean b) {
            return b;
        } else if (v instanceof Long l) {
            return l != 0;
        } else if (v instanceof Double d) {
            return d != 0;
        } else if (v instanceof String s) {
            return !s.isEmpty();
        } else if (v instanceof PyNone) {
            return false;
        } else if (v instanceof BigInteger b) {
            return b.signum() != 0;
        } else if (v instanceof PyList l) {
            return l.size() != 0;
        } else if (v instanceof PyTuple t) {
            return t.size() != 0;
        } else if (v instanceof PyDict d) {
            return d.size() != 0;
        } else if (v instanceof PyAbstractSet s) {
            return s.size() != 0;
        } else if (v instanceof PyBytes b) {
            return b.size() != 0;
        } else if (v instanceof PyByteArray b) {
            return b.size() != 0;
        } else if (v instanceof PyDictView dv) {
            return dv.size() != 0;
        } else if (v instanceof PyMappingProxy p) {
            return p.mapping().size() != 0;
        } else if (v instanceof PyRange r) {
            return r.length() != 0;
        } else if (v instanceof PyComplex c) {
            return c.real != 0 || c.imag != 0;
        } else if (SpecialMethods.hasHeapType(v)) {
            return SpecialMethods.isTrue(v);
        }
        return true;
    }
}

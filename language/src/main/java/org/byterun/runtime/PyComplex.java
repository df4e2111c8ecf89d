package org.byterun.runtime;

/** A Python complex number. */
public final class PyComplex implements com.oracle.truffle.api.interop.TruffleObject {
    public final double real;
    public final double imag;

    public PyComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }
}

package org.byterun.runtime;

import static org.byterun.bytecode.Opcodes.*;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** complex arithmetic (+ - * / **) with CPython's semantics. */
public final class Complexes {
    private Complexes() {
    }

    public static PyComplex of(Object o) {
        return o instanceof PyComplex c ? c : new PyComplex(Floats.toDouble(o), 0);
    }

    @TruffleBoundary
    public static Object binary(int op, PyComplex a, PyComplex b) {
        switch (op) {
            case NB_ADD:
                return new PyComplex(a.real + b.real, a.imag + b.imag);
            case NB_SUBTRACT:
                return new PyComplex(a.real - b.real, a.imag - b.imag);
            case NB_MULTIPLY:
                return new PyComplex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
            case NB_TRUE_DIVIDE:
                return divide(a, b);
            case NB_POWER:
                return pow(a, b);
            default:
                throw PyErrors.typeError("unsupported operand type(s) for " + binaryOpSymbol(op) + ": 'complex' and 'complex'");
        }
    }

    /** CPython's _Py_c_quot (Smith's algorithm). */
    private static PyComplex divide(PyComplex a, PyComplex b) {
        double absBr = Math.abs(b.real);
        double absBi = Math.abs(b.imag);
        if (absBr == 0 && absBi == 0) {
            throw PyErrors.create(BuiltinTypes.ZERO_DIVISION_ERROR, "division by zero");
        }
        if (absBr >= absBi) {
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            return new PyComplex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
        }
        double ratio = b.real / b.imag;
        double denom = b.real * ratio + b.imag;
        return new PyComplex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
    }

    /** CPython's _Py_c_pow. */
    private static PyComplex pow(PyComplex a, PyComplex b) {
        if (b.real == 0 && b.imag == 0) {
            return new PyComplex(1, 0);
        }
        if (a.real == 0 && a.imag == 0) {
            if (b.imag != 0 || b.real < 0) {
                throw PyErrors.create(BuiltinTypes.ZERO_DIVISION_ERROR, "zero to a negative or complex power");
            }
            return new PyComplex(0, 0);
        }
        double vabs = Math.hypot(a.real, a.imag);
        double len = Math.pow(vabs, b.real);
        double at = Math.atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0) {
            len /= Math.exp(at * b.imag);
            phase += b.imag * Math.log(vabs);
        }
        return new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
    }
}

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
                return multiply(a, b);
            case NB_TRUE_DIVIDE:
                return divide(a, b);
            case NB_POWER:
                return pow(a, b);
            default:
                return null;
        }
    }

    /** CPython's _Py_c_quot (Smith's algorithm). */
    private static PyComplex divide(PyComplex a, PyComplex b) {
        double absBr = Math.abs(b.real);
        double absBi = Math.abs(b.imag);
        if (absBr == 0 && absBi == 0) {
            throw PyErrors.create(BuiltinTypes.ZERO_DIVISION_ERROR, "complex division by zero");
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

    /** CPython's complex_pow: small integral exponents by repeated multiplication, else _Py_c_pow. */
    private static PyComplex pow(PyComplex a, PyComplex b) {
        PyComplex r;
        if (b.imag == 0 && b.real == Math.floor(b.real) && Math.abs(b.real) <= 100) {
            long n = (long) b.real;
            if (n >= 0) {
                r = powu(a, n);
            } else {
                PyComplex d = powu(a, -n);
                if (d.real == 0 && d.imag == 0) {
                    throw zeroPower();
                }
                r = divide(new PyComplex(1, 0), d);
            }
        } else {
            r = powGeneral(a, b);
        }
        if (Double.isInfinite(r.real) || Double.isInfinite(r.imag)) {
            throw PyErrors.create(BuiltinTypes.OVERFLOW_ERROR, "complex exponentiation");
        }
        return r;
    }

    private static PyException zeroPower() {
        return PyErrors.create(BuiltinTypes.ZERO_DIVISION_ERROR, "0.0 to a negative or complex power");
    }

    private static PyComplex multiply(PyComplex a, PyComplex b) {
        return new PyComplex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
    }

    private static PyComplex powu(PyComplex x, long n) {
        PyComplex r = new PyComplex(1, 0);
        PyComplex p = x;
        for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
            if ((n & mask) != 0) {
                r = multiply(r, p);
            }
            p = multiply(p, p);
        }
        return r;
    }

    /** CPython's _Py_c_pow. */
    private static PyComplex powGeneral(PyComplex a, PyComplex b) {
        if (b.real == 0 && b.imag == 0) {
            return new PyComplex(1, 0);
        }
        if (a.real == 0 && a.imag == 0) {
            if (b.imag != 0 || b.real < 0) {
                throw zeroPower();
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

    /** abs(z): the hypotenuse, an OverflowError when it is not finite but the parts are. */
    @TruffleBoundary
    public static double abs(PyComplex c) {
        double r = Math.hypot(c.real, c.imag);
        if (Double.isInfinite(r) && !Double.isInfinite(c.real) && !Double.isInfinite(c.imag) && !Double.isNaN(c.real) && !Double.isNaN(c.imag)) {
            throw PyErrors.create(BuiltinTypes.OVERFLOW_ERROR, "absolute value too large");
        }
        return r;
    }

    /** == between a complex and a complex or real number. */
    @TruffleBoundary
    public static boolean equalsNumber(PyComplex c, Object other) {
        if (other instanceof PyComplex o) {
            return c.real == o.real && c.imag == o.imag;
        }
        return c.imag == 0 && PyNumbers.numericEquals(c.real, other);
    }
}

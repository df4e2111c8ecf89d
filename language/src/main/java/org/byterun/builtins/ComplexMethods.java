package org.byterun.builtins;

import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.Complexes;
import org.byterun.runtime.PyComplex;
import org.byterun.runtime.PyGetSetDescriptor;
import org.byterun.runtime.PyHash;
import org.byterun.runtime.PyType;

/** Methods and attributes of complex. */
final class ComplexMethods {
    private ComplexMethods() {
    }

    private static final PyType COMPLEX = BuiltinTypes.COMPLEX;

    static void install() {
        NumberDunders.install(COMPLEX, NumberDunders.COMPLEX_OPS, NumberDunders::isComplexOperand);
        NumberDunders.reprs(COMPLEX);
        COMPLEX.setAttribute("real", new PyGetSetDescriptor("real", COMPLEX, v -> ((PyComplex) v).real, "member"));
        COMPLEX.setAttribute("imag", new PyGetSetDescriptor("imag", COMPLEX, v -> ((PyComplex) v).imag, "member"));
        NumberDunders.unary(COMPLEX, "conjugate", v -> new PyComplex(((PyComplex) v).real, -((PyComplex) v).imag));
        NumberDunders.unary(COMPLEX, "__complex__", v -> v);
        NumberDunders.unary(COMPLEX, "__pos__", v -> v);
        NumberDunders.unary(COMPLEX, "__neg__", v -> new PyComplex(-((PyComplex) v).real, -((PyComplex) v).imag));
        NumberDunders.unary(COMPLEX, "__abs__", v -> Complexes.abs((PyComplex) v));
        NumberDunders.unary(COMPLEX, "__bool__", v -> ((PyComplex) v).real != 0 || ((PyComplex) v).imag != 0);
        NumberDunders.unary(COMPLEX, "__hash__", PyHash::hash);
    }
}

package org.byterun.builtins;

import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.FloatHex;
import org.byterun.runtime.Floats;
import org.byterun.runtime.PyBuiltinClassMethod;
import org.byterun.runtime.PyBuiltinFunction;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyGetSetDescriptor;
import org.byterun.runtime.PyHash;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.PyNumbers;
import org.byterun.runtime.PyType;
import org.byterun.runtime.Rounding;

/** Methods and attributes of float. */
final class FloatMethods {
    private FloatMethods() {
    }

    private static final PyType FLOAT = BuiltinTypes.FLOAT;

    static void install() {
        NumberDunders.install(FLOAT, NumberDunders.FLOAT_OPS, NumberDunders::isReal);
        NumberDunders.reprs(FLOAT);
        FLOAT.setAttribute("real", new PyGetSetDescriptor("real", FLOAT, v -> v));
        FLOAT.setAttribute("imag", new PyGetSetDescriptor("imag", FLOAT, v -> 0.0));
        for (String same : new String[]{"__float__", "__pos__", "conjugate"}) {
            NumberDunders.unary(FLOAT, same, v -> v);
        }
        NumberDunders.unary(FLOAT, "__neg__", v -> -(Double) v);
        NumberDunders.unary(FLOAT, "__abs__", v -> Math.abs((Double) v));
        NumberDunders.unary(FLOAT, "__bool__", v -> (Double) v != 0);
        NumberDunders.unary(FLOAT, "__hash__", PyHash::hash);
        NumberDunders.unary(FLOAT, "__int__", v -> Floats.toInt((Double) v));
        NumberDunders.unary(FLOAT, "__trunc__", v -> Floats.toInt((Double) v));
        NumberDunders.unary(FLOAT, "__floor__", v -> Floats.toInt(Math.floor((Double) v)));
        NumberDunders.unary(FLOAT, "__ceil__", v -> Floats.toInt(Math.ceil((Double) v)));
        NumberDunders.unary(FLOAT, "is_integer", v -> {
            double d = (Double) v;
            return !Double.isInfinite(d) && d == Math.floor(d);
        });
        NumberDunders.unary(FLOAT, "as_integer_ratio", v -> FloatHex.asIntegerRatio((Double) v));
        NumberDunders.unary(FLOAT, "hex", v -> FloatHex.hex((Double) v));
        BuiltinMethods.method(FLOAT, "__round__", (args, kwNames, kwValues) -> {
            Args.noKeywords("__round__", kwNames);
            double self = (Double) NumberDunders.self(args, FLOAT, "__round__");
            Args.range("__round__", args, 1, 2);
            return args.length == 1 || args[1] == PyNone.INSTANCE ? Rounding.roundFloat(self) : (Object) Rounding.roundFloat(self, PyNumbers.index(args[1]));
        });
        FLOAT.setAttribute("fromhex", new PyBuiltinClassMethod(new PyBuiltinFunction("fromhex", FLOAT, (args, kwNames, kwValues) -> {
            Args.noKeywords("fromhex", kwNames);
            if (args.length != 2) {
                throw PyErrors.typeError("float.fromhex() takes exactly one argument (" + (args.length - 1) + " given)");
            }
            if (!(args[1] instanceof String s)) {
                throw PyErrors.typeError("bad argument type for built-in operation");
            }
            return FloatHex.fromHex(s);
        })));
    }
}

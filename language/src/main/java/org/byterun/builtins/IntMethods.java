package org.byterun.builtins;

import java.math.BigInteger;

import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.Floats;
import org.byterun.runtime.IntBytes;
import org.byterun.runtime.Ints;
import org.byterun.runtime.PyBuiltinClassMethod;
import org.byterun.runtime.PyBuiltinFunction;
import org.byterun.runtime.PyGetSetDescriptor;
import org.byterun.runtime.PyHash;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.PyNumbers;
import org.byterun.runtime.PyTuple;
import org.byterun.runtime.PyType;
import org.byterun.runtime.Rounding;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Methods and attributes of int and bool. */
final class IntMethods {
    private IntMethods() {
    }

    private static final PyType INT = BuiltinTypes.INT;

    static void install() {
        NumberConstructors.install();
        NumberDunders.install(INT, NumberDunders.INT_OPS, NumberDunders::isInt);
        NumberDunders.reprs(INT);
        NumberDunders.reprs(BuiltinTypes.BOOL);
        getter("real", Ints::unbool);
        getter("numerator", Ints::unbool);
        getter("imag", v -> 0L);
        getter("denominator", v -> 1L);
        for (String same : new String[]{"__index__", "__int__", "__trunc__", "__floor__", "__ceil__", "__pos__", "conjugate"}) {
            NumberDunders.unary(INT, same, Ints::unbool);
        }
        NumberDunders.unary(INT, "__float__", Floats::toDouble);
        NumberDunders.unary(INT, "__neg__", v -> Ints.negate(Ints.unbool(v)));
        NumberDunders.unary(INT, "__abs__", v -> Ints.abs(Ints.unbool(v)));
        NumberDunders.unary(INT, "__invert__", v -> PyNumbers.normalize(PyNumbers.toBig(v).not()));
        NumberDunders.unary(INT, "__bool__", v -> !PyNumbers.toBig(v).equals(BigInteger.ZERO));
        NumberDunders.unary(INT, "__hash__", PyHash::hash);
        NumberDunders.unary(INT, "bit_length", v -> (long) PyNumbers.toBig(v).abs().bitLength());
        NumberDunders.unary(INT, "bit_count", v -> (long) PyNumbers.toBig(v).abs().bitCount());
        NumberDunders.unary(INT, "is_integer", v -> true);
        NumberDunders.unary(INT, "as_integer_ratio", v -> new PyTuple(new Object[]{Ints.unbool(v), 1L}));
        BuiltinMethods.method(INT, "__round__", (args, kwNames, kwValues) -> {
            Args.noKeywords("__round__", kwNames);
            Object self = NumberDunders.self(args, INT, "__round__");
            Args.range("__round__", args, 1, 2);
            return args.length == 1 || args[1] == PyNone.INSTANCE ? Ints.unbool(self) : Rounding.roundInt(self, PyNumbers.index(args[1]));
        });
        BuiltinMethods.method(INT, "to_bytes", IntMethods::toBytes);
        INT.setAttribute("from_bytes", new PyBuiltinClassMethod(new PyBuiltinFunction("from_bytes", INT, IntMethods::fromBytes)));
    }

    private static void getter(String name, PyGetSetDescriptor.Getter g) {
        INT.setAttribute(name, new PyGetSetDescriptor(name, INT, g));
    }

    /** int.to_bytes(length=1, byteorder='big', *, signed=False). */
    @TruffleBoundary
    private static Object toBytes(Object[] args, String[] kwNames, Object[] kwValues) {
        Object self = NumberDunders.self(args, INT, "to_bytes");
        Object[] p = KeywordParams.bind("to_bytes", args, 1, kwNames, kwValues, new String[]{"length", "byteorder", "signed"}, 2,
                        new Object[]{1L, "big", false});
        return IntBytes.toBytes(self, PyNumbers.index(p[0]), p[1], p[2]);
    }

    /** int.from_bytes(bytes, byteorder='big', *, signed=False), a classmethod (args[0] is the class). */
    @TruffleBoundary
    private static Object fromBytes(Object[] args, String[] kwNames, Object[] kwValues) {
        Object[] p = KeywordParams.bind("from_bytes", args, 1, kwNames, kwValues, new String[]{"bytes", "byteorder", "signed"}, 2,
                        new Object[]{null, "big", false});
        return IntBytes.fromBytes(p[0], p[1], p[2]);
    }
}

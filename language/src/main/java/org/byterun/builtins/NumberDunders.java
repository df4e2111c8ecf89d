package org.byterun.builtins;

import static org.byterun.bytecode.Opcodes.*;

import java.util.function.Predicate;

import org.byterun.runtime.Arithmetic;
import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.Comparison;
import org.byterun.runtime.PyBuiltinFunction;
import org.byterun.runtime.PyComplex;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.PyNotImplemented;
import org.byterun.runtime.PyNumbers;
import org.byterun.runtime.PyObjects;
import org.byterun.runtime.PyType;
import org.byterun.runtime.Repr;

/**
 * The operator special methods of int, bool, float and complex ({@code int.__add__(1, 2)}): each
 * runs the operator when the other operand is a number the type handles, else NotImplemented.
 */
final class NumberDunders {
    private NumberDunders() {
    }

    static final String[] INT_OPS = {"add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor"};
    static final String[] FLOAT_OPS = {"add", "sub", "mul", "truediv", "floordiv", "mod", "pow"};
    static final String[] COMPLEX_OPS = {"add", "sub", "mul", "truediv", "pow"};
    private static final String[] COMPARE = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

    static boolean isInt(Object o) {
        return PyNumbers.isInt(o);
    }

    static boolean isReal(Object o) {
        return PyNumbers.isNumber(o);
    }

    static boolean isComplexOperand(Object o) {
        return PyNumbers.isNumber(o) || o instanceof PyComplex;
    }

    /** Registers __op__/__rop__ for each named operator, plus __divmod__ for int and float. */
    static void install(PyType type, String[] ops, Predicate<Object> accepts) {
        for (String op : ops) {
            int code = opcode(op);
            binary(type, "__" + op + "__", accepts, (a, b) -> Arithmetic.binary(code, a, b));
            binary(type, "__r" + op + "__", accepts, (a, b) -> Arithmetic.binary(code, b, a));
        }
        if (ops != COMPLEX_OPS) {
            binary(type, "__divmod__", accepts, NumberBuiltins::divmod);
            binary(type, "__rdivmod__", accepts, (a, b) -> NumberBuiltins.divmod(b, a));
        }
        int first = type == BuiltinTypes.COMPLEX ? Comparison.EQ : Comparison.LT;
        int last = type == BuiltinTypes.COMPLEX ? Comparison.NE : Comparison.GE;
        for (int c = first; c <= last; c++) {
            int cmp = c;
            binary(type, COMPARE[c], accepts, (a, b) -> Comparison.richCompare(cmp, a, b));
        }
    }

    interface BinaryBody {
        Object apply(Object self, Object other);
    }

    static void binary(PyType type, String name, Predicate<Object> accepts, BinaryBody body) {
        boolean isPow = name.equals("__pow__") || name.equals("__rpow__");
        BuiltinMethods.method(type, name, (args, kwNames, kwValues) -> {
            Args.noKeywords(name, kwNames);
            Object self = self(args, type, name);
            int max = isPow ? 3 : 2;
            if (args.length < 2 || args.length > max) {
                throw PyErrors.typeError("expected " + (isPow ? "at least 1 argument" : "1 argument") + ", got " + (args.length - 1));
            }
            if (!accepts.test(args[1])) {
                return PyNotImplemented.INSTANCE;
            }
            if (args.length == 3 && args[2] != PyNone.INSTANCE) {
                if (type != BuiltinTypes.INT || !isInt(args[2])) {
                    if (type == BuiltinTypes.INT && !isReal(args[2])) {
                        return PyNotImplemented.INSTANCE;
                    }
                    if (type == BuiltinTypes.COMPLEX) {
                        throw PyErrors.valueError("complex modulo");
                    }
                    throw PyErrors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
                }
                return name.equals("__pow__") ? NumberBuiltins.powMod(self, args[1], args[2]) : NumberBuiltins.powMod(args[1], self, args[2]);
            }
            return body.apply(self, args[1]);
        });
    }

    /** A unary special method: self is checked, no other arguments. */
    static void unary(PyType type, String name, java.util.function.Function<Object, Object> body) {
        BuiltinMethods.method(type, name, (args, kwNames, kwValues) -> {
            Args.noKeywords(name, kwNames);
            Object self = self(args, type, name);
            if (args.length != 1) {
                throw PyErrors.typeError(PyErrors.typeName(self) + "." + name + "() takes no arguments (" + (args.length - 1) + " given)");
            }
            return body.apply(self);
        });
    }

    /** The slot wrappers' check of self, with CPython's message. */
    static Object self(Object[] args, PyType type, String name) {
        if (args.length == 0) {
            throw PyErrors.typeError("descriptor '" + name + "' of '" + type.getName() + "' object needs an argument");
        }
        if (!PyObjects.typeOf(args[0]).isSubtypeOf(type)) {
            throw PyErrors.typeError("descriptor '" + name + "' requires a '" + type.getName() + "' object but received a '" + PyErrors.typeName(args[0]) + "'");
        }
        return args[0];
    }

    /** __repr__; numbers have no __str__ of their own (object.__str__ calls repr, as in CPython). */
    static void reprs(PyType type) {
        unary(type, "__repr__", Repr::repr);
    }

    private static int opcode(String op) {
        return switch (op) {
            case "add" -> NB_ADD;
            case "sub" -> NB_SUBTRACT;
            case "mul" -> NB_MULTIPLY;
            case "truediv" -> NB_TRUE_DIVIDE;
            case "floordiv" -> NB_FLOOR_DIVIDE;
            case "mod" -> NB_REMAINDER;
            case "pow" -> NB_POWER;
            case "lshift" -> NB_LSHIFT;
            case "rshift" -> NB_RSHIFT;
            case "and" -> NB_AND;
            case "or" -> NB_OR;
            default -> NB_XOR;
        };
    }
}

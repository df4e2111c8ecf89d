package org.byterun.builtins;

import static org.byterun.bytecode.Opcodes.NB_ADD;
import static org.byterun.bytecode.Opcodes.NB_AND;
import static org.byterun.bytecode.Opcodes.NB_INPLACE_ADD;
import static org.byterun.bytecode.Opcodes.NB_INPLACE_MULTIPLY;
import static org.byterun.bytecode.Opcodes.NB_OR;
import static org.byterun.bytecode.Opcodes.NB_SUBTRACT;
import static org.byterun.bytecode.Opcodes.NB_XOR;

import java.util.function.Predicate;

import org.byterun.nodes.SimpleOps;
import org.byterun.runtime.Arithmetic;
import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.BuiltinValues;
import org.byterun.runtime.Comparison;
import org.byterun.runtime.FormatValues;
import org.byterun.runtime.PyBuiltinFunction;
import org.byterun.runtime.Ints;
import org.byterun.runtime.Iteration;
import org.byterun.runtime.PyAbstractSet;
import org.byterun.runtime.PyByteArray;
import org.byterun.runtime.PyBytes;
import org.byterun.runtime.PyDict;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyHash;
import org.byterun.runtime.PyList;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.PyNotImplemented;
import org.byterun.runtime.PyNumbers;
import org.byterun.runtime.PyTuple;
import org.byterun.runtime.PyType;
import org.byterun.runtime.Repr;
import org.byterun.runtime.Sequences;
import org.byterun.runtime.Subscripts;

/**
 * The protocol special methods of the builtin containers ({@code tuple.__eq__}, {@code list.__iter__},
 * {@code dict.__repr__}, ...) that the interpreter's fast paths make unnecessary for the builtin
 * types themselves but that subclasses inherit and explicit calls ({@code list.__eq__(a, b)}) reach.
 * Each runs the builtin operation on self; an operand of another kind gets NotImplemented.
 */
final class ProtocolDunders {
    private ProtocolDunders() {
    }

    private static final String[] COMPARE = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

    static void install() {
        PyType tuple = BuiltinTypes.TUPLE;
        PyType list = BuiltinTypes.LIST;
        PyType dict = BuiltinTypes.DICT;
        PyType bytes = BuiltinTypes.BYTES;
        PyType bytearray = BuiltinTypes.BYTEARRAY;
        Predicate<Object> isTuple = o -> o instanceof PyTuple;
        Predicate<Object> isList = o -> o instanceof PyList;
        Predicate<Object> isSet = o -> o instanceof PyAbstractSet;

        for (PyType t : new PyType[]{tuple, list, dict, BuiltinTypes.SET, BuiltinTypes.FROZENSET, bytes, bytearray}) {
            unary(t, "__iter__", Iteration::iter);
            unary(t, "__repr__", Repr::repr);
        }
        unary(bytes, "__str__", Repr::repr);
        unary(bytearray, "__str__", Repr::repr);
        for (PyType t : new PyType[]{tuple, bytes, BuiltinTypes.FROZENSET}) {
            unary(t, "__hash__", PyHash::hash);
        }
        for (PyType t : new PyType[]{list, dict, BuiltinTypes.SET, bytearray}) {
            t.setAttribute("__hash__", PyNone.INSTANCE);
        }
        compare(tuple, isTuple, Comparison.LT, Comparison.GE);
        compare(list, isList, Comparison.LT, Comparison.GE);
        compare(dict, o -> o instanceof PyDict, Comparison.EQ, Comparison.NE);
        compare(BuiltinTypes.SET, isSet, Comparison.EQ, Comparison.NE);
        compare(BuiltinTypes.FROZENSET, isSet, Comparison.EQ, Comparison.NE);

        operator(tuple, "__add__", isTuple, (a, b) -> Arithmetic.binary(NB_ADD, a, b));
        for (PyType t : new PyType[]{tuple, list}) {
            operator(t, "__mul__", PyNumbers::hasIndex, ProtocolDunders::repeat);
            operator(t, "__rmul__", PyNumbers::hasIndex, ProtocolDunders::repeat);
        }
        operator(list, "__iadd__", o -> true, (a, b) -> Arithmetic.binary(NB_INPLACE_ADD, a, b));
        operator(list, "__imul__", PyNumbers::hasIndex, (a, b) -> Arithmetic.binary(NB_INPLACE_MULTIPLY, a, b));
        operator(bytearray, "__imul__", PyNumbers::hasIndex, (a, b) -> Arithmetic.binary(NB_INPLACE_MULTIPLY, a, b));
        operator(dict, "__ror__", o -> o instanceof PyDict, (a, b) -> Arithmetic.binary(NB_OR, b, a));
        for (PyType t : new PyType[]{BuiltinTypes.SET, BuiltinTypes.FROZENSET}) {
            operator(t, "__rand__", isSet, (a, b) -> Arithmetic.binary(NB_AND, b, a));
            operator(t, "__ror__", isSet, (a, b) -> Arithmetic.binary(NB_OR, b, a));
            operator(t, "__rsub__", isSet, (a, b) -> Arithmetic.binary(NB_SUBTRACT, b, a));
            operator(t, "__rxor__", isSet, (a, b) -> Arithmetic.binary(NB_XOR, b, a));
        }
        for (PyType t : new PyType[]{BuiltinTypes.INT, BuiltinTypes.FLOAT, BuiltinTypes.COMPLEX, BuiltinTypes.STR}) {
            format(t);
        }
        BuiltinMethods.method(tuple, "__contains__", (args, kwNames, kwValues) -> {
            Object self = checked(tuple, "__contains__", args, kwNames, 2);
            return SimpleOps.contains(self, args[1]);
        });
        for (PyType t : new PyType[]{tuple, bytes}) {
            BuiltinMethods.method(t, "__getitem__", (args, kwNames, kwValues) -> {
                Object self = checked(t, "__getitem__", args, kwNames, 2);
                return Subscripts.getItem(self, args[1]);
            });
        }
    }

    /**
     * T.__format__(self, spec). It receives a subclass instance as itself: an empty spec formats
     * such an instance as str(self), which may be overridden (CPython's format_obj).
     */
    private static void format(PyType t) {
        t.setAttribute("__format__", new PyBuiltinFunction("__format__", t, (args, kwNames, kwValues) -> {
            Object self = checked(t, "__format__", args, kwNames, 2);
            if (!(BuiltinValues.unwrap(args[1]) instanceof String spec)) {
                throw PyErrors.typeError("__format__() argument must be str, not " + PyErrors.typeName(args[1]));
            }
            Object value = BuiltinValues.unwrap(self);
            return spec.isEmpty() && value != self ? Repr.str(self) : FormatValues.format(value, spec);
        }).receivingSubclassSelf());
    }

    interface Unary {
        Object apply(Object self);
    }

    private static void unary(PyType t, String name, Unary body) {
        BuiltinMethods.method(t, name, (args, kwNames, kwValues) -> body.apply(checked(t, name, args, kwNames, 1)));
    }

    /** Comparisons {@code first..last} (Comparison.LT..GE or EQ..NE) against operands {@code accepts} takes. */
    private static void compare(PyType t, Predicate<Object> accepts, int first, int last) {
        for (int c = first; c <= last; c++) {
            int op = c;
            String name = COMPARE[c];
            BuiltinMethods.method(t, name, (args, kwNames, kwValues) -> {
                Object self = checked(t, name, args, kwNames, 2);
                return accepts.test(args[1]) ? Comparison.richCompare(op, self, args[1]) : PyNotImplemented.INSTANCE;
            });
        }
    }

    interface Binary {
        Object apply(Object self, Object other);
    }

    /** A binary operator on operands {@code accepts} takes; others get NotImplemented. */
    private static void operator(PyType t, String name, Predicate<Object> accepts, Binary body) {
        BuiltinMethods.method(t, name, (args, kwNames, kwValues) -> {
            Object self = checked(t, name, args, kwNames, 2);
            return accepts.test(args[1]) ? body.apply(self, args[1]) : PyNotImplemented.INSTANCE;
        });
    }

    private static Object repeat(Object seq, Object n) {
        return Sequences.repeat(seq, Ints.toLongIndex(PyNumbers.index(n)));
    }

    /** Self checked to be a {@code t} and the argument count to be {@code n} (self included). */
    private static Object checked(PyType t, String name, Object[] args, String[] kwNames, int n) {
        Args.noKeywords(name, kwNames);
        Object self = BuiltinMethods.self(args, t, name);
        if (args.length != n) {
            throw PyErrors.typeError(n == 1 ? t.getName() + "." + name + "() takes no arguments (" + (args.length - 1) + " given)"
                            : "expected 1 argument, got " + (args.length - 1));
        }
        return self;
    }
}

package org.byterun.runtime;

import java.util.Set;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Instances of Python subclasses of builtin value types ({@code class X(int)}, {@code X(str)},
 * {@code X(list)}, ...) are {@link PyInstance}s carrying the builtin value they extend. The builtin
 * types' methods run on that value, as CPython's C code works on the int or list part of such an
 * object: a method of int called with an X as self receives the Long. Everything else (the type,
 * attributes, overridden special methods) belongs to the instance.
 */
public final class BuiltinValues {
    private BuiltinValues() {
    }

    /** Operator methods whose operand is accepted when it is an instance of a subclass (PyLong_Check, PyList_Check, ...). */
    private static final Set<String> OPERATORS = Set.of("__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__add__", "__radd__", "__sub__", "__rsub__",
                    "__mul__", "__rmul__", "__truediv__", "__rtruediv__", "__floordiv__", "__rfloordiv__", "__mod__", "__rmod__", "__divmod__", "__rdivmod__",
                    "__pow__", "__rpow__", "__lshift__", "__rlshift__", "__rshift__", "__rrshift__", "__and__", "__rand__", "__or__", "__ror__", "__xor__",
                    "__rxor__", "__iadd__", "__isub__", "__imul__", "__iand__", "__ior__", "__ixor__");

    /** Methods of str and bytes whose arguments are not text to work on, so a subclass instance keeps its identity there. */
    private static final Set<String> TEXT_ARGUMENTS_KEPT = Set.of("format", "format_map", "__mod__", "__rmod__");

    /** Whether Python classes may derive from {@code t} with instances carrying a value of it. */
    public static boolean isValueType(PyType t) {
        // compared one by one (no static set) because builtin methods are made while BuiltinTypes initializes
        return t == BuiltinTypes.INT || t == BuiltinTypes.FLOAT || t == BuiltinTypes.COMPLEX || t == BuiltinTypes.STR || t == BuiltinTypes.BYTES
                        || t == BuiltinTypes.BYTEARRAY || t == BuiltinTypes.TUPLE || t == BuiltinTypes.LIST || t == BuiltinTypes.DICT || t == BuiltinTypes.SET
                        || t == BuiltinTypes.FROZENSET;
    }

    /** {@code v}'s builtin value if it is an instance of such a subclass, else {@code v}. */
    public static Object unwrap(Object v) {
        if (v instanceof PyInstance i && i.getBuiltinValue() != null) {
            return i.getBuiltinValue();
        }
        return v;
    }

    /** What a builtin method's arguments other than self get unwrapped for. */
    public enum Operands {
        /** none: the method takes arbitrary objects (list.append, dict.__setitem__, ...) */
        KEPT,
        /** all: an operator, or a str/bytes method whose arguments are text */
        UNWRAPPED
    }

    /** The operand policy of a method {@code name} of builtin type {@code owner}. */
    static Operands operandsOf(PyType owner, String name) {
        if (owner == null || !isValueType(owner)) {
            return Operands.KEPT;
        }
        boolean text = owner == BuiltinTypes.STR || owner == BuiltinTypes.BYTES || owner == BuiltinTypes.BYTEARRAY;
        if (text) {
            return TEXT_ARGUMENTS_KEPT.contains(name) ? Operands.KEPT : Operands.UNWRAPPED;
        }
        return OPERATORS.contains(name) ? Operands.UNWRAPPED : Operands.KEPT;
    }

    /**
     * The arguments the body of {@code fn} (a method of a builtin value type) receives: self as its
     * builtin value, and the operands too where the method works on their values. Returns
     * {@code args} itself when nothing needs unwrapping.
     */
    @TruffleBoundary
    public static Object[] argumentsFor(PyBuiltinFunction fn, Object[] args) {
        Object[] result = args;
        if (fn.unwrapsSelf() && args[0] instanceof PyInstance self && self.getBuiltinValue() != null && self.getPyType().isSubtypeOf(fn.getOwner())) {
            result = args.clone();
            result[0] = self.getBuiltinValue();
        }
        if (fn.getOperands() == Operands.UNWRAPPED) {
            for (int i = 1; i < args.length; i++) {
                if (args[i] instanceof PyInstance inst && inst.getBuiltinValue() != null) {
                    if (result == args) {
                        result = args.clone();
                    }
                    result[i] = inst.getBuiltinValue();
                }
            }
        }
        return result;
    }

    /** A mutating method that returns its self (list.__iadd__, set.__ior__) returns the subclass instance, not its value. */
    public static Object resultFor(Object result, Object[] original, Object[] passed) {
        if (passed != original && result == passed[0] && result != original[0] && isMutable(result)) {
            return original[0];
        }
        return result;
    }

    private static boolean isMutable(Object v) {
        return v instanceof PyList || v instanceof PyDict || v instanceof PySet || v instanceof PyByteArray;
    }
}

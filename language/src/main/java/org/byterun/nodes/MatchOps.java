package org.byterun.nodes;

import org.byterun.runtime.Attributes;
import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.BuiltinValues;
import org.byterun.runtime.PyInstance;
import org.byterun.runtime.InstanceChecks;
import org.byterun.runtime.PyDict;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyList;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.PyRange;
import org.byterun.runtime.PyTuple;
import org.byterun.runtime.PyType;
import org.byterun.runtime.Repr;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The structural pattern matching instructions (MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS, MATCH_CLASS, GET_LEN). */
public final class MatchOps {
    private MatchOps() {
    }

    /** Sequences for {@code case [a, b]}: not str, bytes or bytearray (CPython's Py_TPFLAGS_SEQUENCE). */
    public static boolean isSequence(Object subject) {
        Object v = BuiltinValues.unwrap(subject); // subclasses inherit the flag
        return v instanceof PyList || v instanceof PyTuple || v instanceof PyRange;
    }

    /** Mappings for {@code case {"k": v}}: dict and its subclasses (CPython's Py_TPFLAGS_MAPPING). */
    public static boolean isMapping(Object subject) {
        return BuiltinValues.unwrap(subject) instanceof PyDict;
    }

    /** GET_LEN: len(subject), through the one implementation of the builtin. */
    @TruffleBoundary
    public static Object length(org.byterun.ByteRunContext context, Object subject) {
        return Calls.call(context.getBuiltins().getAttribute("len"), subject);
    }

    /** MATCH_KEYS: the values for {@code keys} in the mapping, as a tuple, or None if one is missing. */
    @TruffleBoundary
    public static Object matchKeys(Object subject, Object keys) {
        // a dict subclass is read through its get method, as CPython does
        Object get = subject instanceof PyDict ? null : Attributes.getAttribute(subject, "get");
        Object missing = new PyInstance(BuiltinTypes.OBJECT);
        Object[] ks = ((PyTuple) keys).items();
        Object[] values = new Object[ks.length];
        for (int i = 0; i < ks.length; i++) {
            for (int j = 0; j < i; j++) {
                if (org.byterun.runtime.PyHash.eq(ks[i], ks[j])) {
                    throw PyErrors.valueError("mapping pattern checks duplicate key (" + Repr.repr(ks[i]) + ")");
                }
            }
            Object v = get == null ? ((PyDict) subject).get(ks[i]) : Calls.call(get, ks[i], missing);
            if (v == null || v == missing) {
                return PyNone.INSTANCE;
            }
            values[i] = v;
        }
        return PyTuple.of(values);
    }

    /** Types whose single positional sub-pattern matches the subject itself ({@code case int(x)}). */
    private static boolean matchesSelf(PyType cls) {
        PyType type = org.byterun.runtime.Layouts.solidBase(cls); // subclasses inherit the behaviour
        return type == BuiltinTypes.BOOL || type == BuiltinTypes.BYTEARRAY || type == BuiltinTypes.BYTES || type == BuiltinTypes.DICT || type == BuiltinTypes.FLOAT
                        || type == BuiltinTypes.FROZENSET || type == BuiltinTypes.INT || type == BuiltinTypes.LIST || type == BuiltinTypes.SET
                        || type == BuiltinTypes.STR || type == BuiltinTypes.TUPLE;
    }

    /**
     * MATCH_CLASS count: if {@code subject} is an instance of {@code cls}, the tuple of the {@code count}
     * positional attributes followed by the keyword attributes {@code names}; else None.
     */
    @TruffleBoundary
    public static Object matchClass(Object subject, Object cls, int count, Object names) {
        if (!(cls instanceof PyType type)) {
            throw PyErrors.typeError("called match pattern must be a class");
        }
        if (!InstanceChecks.isInstance(subject, type)) {
            return PyNone.INSTANCE;
        }
        Object[] kwNames = ((PyTuple) names).items();
        Object[] result = new Object[count + kwNames.length];
        if (count > 0) {
            Object matchArgs = Attributes.findAttribute(type, "__match_args__");
            if (matchArgs == null) {
                if (!matchesSelf(type) || count > 1) {
                    throw PyErrors.typeError(type.getName() + "() accepts " + (matchesSelf(type) ? 1 : 0) + " positional sub-pattern" + (matchesSelf(type) ? "" : "s") + " (" + count + " given)");
                }
                result[0] = subject;
            } else {
                Object[] argNames = ((PyTuple) matchArgs).items();
                if (count > argNames.length) {
                    throw PyErrors.typeError(type.getName() + "() accepts " + argNames.length + " positional sub-pattern" + (argNames.length == 1 ? "" : "s") + " (" + count + " given)");
                }
                for (int i = 0; i < count; i++) {
                    Object v = Attributes.findAttribute(subject, (String) argNames[i]);
                    if (v == null) {
                        return PyNone.INSTANCE;
                    }
                    result[i] = v;
                }
            }
        }
        for (int i = 0; i < kwNames.length; i++) {
            Object v = Attributes.findAttribute(subject, (String) kwNames[i]);
            if (v == null) {
                return PyNone.INSTANCE;
            }
            result[count + i] = v;
        }
        return PyTuple.of(result);
    }
}

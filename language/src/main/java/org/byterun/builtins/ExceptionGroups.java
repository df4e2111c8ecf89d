package org.byterun.builtins;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

import org.byterun.nodes.Calls;
import org.byterun.nodes.ExceptionOps;
import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.PyBaseException;
import org.byterun.runtime.PyBuiltinClassMethod;
import org.byterun.runtime.PyBuiltinFunction;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyGenericAlias;
import org.byterun.runtime.PyList;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.PyObjects;
import org.byterun.runtime.PyTuple;
import org.byterun.runtime.PyType;
import org.byterun.runtime.Truthiness;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * BaseExceptionGroup and ExceptionGroup (PEP 654): construction with CPython's checks, message,
 * exceptions, derive, split and subgroup, and what except* needs (CHECK_EG_MATCH,
 * PREP_RERAISE_STAR).
 */
public final class ExceptionGroups {
    private ExceptionGroups() {
    }

    private static final PyType BASE_GROUP = BuiltinTypes.BASE_EXCEPTION_GROUP;

    static void install() {
        BuiltinMethods.method(BASE_GROUP, "__str__", (args, kwNames, kwValues) -> org.byterun.runtime.Repr.exceptionStr(group(args, "__str__")));
        BuiltinMethods.method(BASE_GROUP, "derive", (args, kwNames, kwValues) -> {
            Args.exactly("derive", java.util.Arrays.copyOfRange(args, 1, args.length), 1);
            return derive(group(args, "derive"), args[1]);
        });
        BuiltinMethods.method(BASE_GROUP, "split", (args, kwNames, kwValues) -> {
            Args.exactly("split", java.util.Arrays.copyOfRange(args, 1, args.length), 1);
            PyBaseException[] parts = split(group(args, "split"), matcher(args[1]), true);
            return PyTuple.of(orNone(parts[0]), orNone(parts[1]));
        });
        BuiltinMethods.method(BASE_GROUP, "subgroup", (args, kwNames, kwValues) -> {
            Args.exactly("subgroup", java.util.Arrays.copyOfRange(args, 1, args.length), 1);
            return orNone(split(group(args, "subgroup"), matcher(args[1]), false)[0]);
        });
        BASE_GROUP.setAttribute("__class_getitem__", new PyBuiltinClassMethod(new PyBuiltinFunction("__class_getitem__", BASE_GROUP,
                        (args, kwNames, kwValues) -> new PyGenericAlias(args[0], args[1]))));
    }

    private static Object orNone(Object o) {
        return o == null ? PyNone.INSTANCE : o;
    }

    private static PyBaseException group(Object[] args, String name) {
        return (PyBaseException) BuiltinMethods.self(args, BASE_GROUP, name);
    }

    /** BaseExceptionGroup(message, exceptions), as BaseExceptionGroup_new checks and picks the class. */
    @TruffleBoundary
    static PyBaseException construct(PyType type, Object[] args, String[] kwNames, Object[] kwValues) {
        Args.noKeywords(type.getName(), kwNames);
        if (args.length != 2) {
            throw PyErrors.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + args.length + " given)");
        }
        if (!(args[0] instanceof String message)) {
            throw PyErrors.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not " + PyErrors.typeName(args[0]));
        }
        Object seq = args[1];
        if (!(seq instanceof PyList || seq instanceof PyTuple) && (PyObjects.typeOf(seq).lookup("__getitem__") == null || PyObjects.typeOf(seq).lookup("__len__") == null
                        || seq instanceof org.byterun.runtime.PyDict)) {
            throw PyErrors.typeError("second argument (exceptions) must be a sequence");
        }
        Object[] excs = org.byterun.runtime.Sequences.toArray(seq);
        if (excs.length == 0) {
            throw PyErrors.valueError("second argument (exceptions) must be a non-empty sequence");
        }
        boolean nestedBase = false;
        for (int i = 0; i < excs.length; i++) {
            if (!(excs[i] instanceof PyBaseException e)) {
                throw PyErrors.valueError("Item " + i + " of second argument (exceptions) is not an exception");
            }
            nestedBase |= !e.getType().isSubtypeOf(BuiltinTypes.EXCEPTION);
        }
        PyType cls = type;
        if (cls == BASE_GROUP) {
            if (!nestedBase) {
                cls = BuiltinTypes.EXCEPTION_GROUP;
            }
        } else if (cls == BuiltinTypes.EXCEPTION_GROUP) {
            if (nestedBase) {
                throw PyErrors.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
            }
        } else if (nestedBase && cls.isSubtypeOf(BuiltinTypes.EXCEPTION)) {
            throw PyErrors.typeError("Cannot nest BaseExceptions in '" + cls.getName() + "'");
        }
        PyBaseException e = new PyBaseException(cls, PyTuple.of(args.clone()));
        e.setAttribute("message", message);
        e.setAttribute("exceptions", new PyTuple(excs));
        return e;
    }

    /** A group made in Java (the "" groups of except*), with {@code excs} as its second argument. */
    static PyBaseException create(String message, Object excs) {
        return construct(BASE_GROUP, new Object[]{message, excs}, new String[0], new Object[0]);
    }

    private static Object[] exceptions(PyBaseException g) {
        return ((PyTuple) g.getAttribute("exceptions")).items();
    }

    /** Whether {@code e} is an exception group (its exceptions are in its attributes). */
    public static boolean isGroup(Object e) {
        return e instanceof PyBaseException b && b.getType().isSubtypeOf(BASE_GROUP);
    }

    private static PyBaseException derive(PyBaseException g, Object excs) {
        Object made = Calls.call(BASE_GROUP, g.getAttribute("message"), excs);
        return (PyBaseException) made;
    }

    /** What split/subgroup test each exception with: a type (or tuple of types), a predicate, or leaf identities. */
    private interface Matcher {
        boolean matches(PyBaseException e);
    }

    private static Matcher matcher(Object condition) {
        if (condition instanceof PyType t && t.isSubtypeOf(BuiltinTypes.BASE_EXCEPTION) || condition instanceof PyTuple tuple && allExceptionTypes(tuple)) {
            return e -> ExceptionOps.matches(e, condition);
        }
        if (!(condition instanceof PyType) && PyObjects.typeOf(condition).lookup("__call__") != null || condition instanceof org.byterun.runtime.PyFunction) {
            return e -> Truthiness.isTrue(Calls.call(condition, e));
        }
        throw PyErrors.typeError("expected an exception type, a tuple of exception types, or a callable (other than a class)");
    }

    private static boolean allExceptionTypes(PyTuple tuple) {
        for (Object o : tuple.items()) {
            if (!(o instanceof PyType t && t.isSubtypeOf(BuiltinTypes.BASE_EXCEPTION))) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code [match, rest]} of a split (null for an empty part); the rest is only made when asked.
     * Parts are derived from the group and carry its traceback, cause, context and notes.
     */
    @TruffleBoundary
    private static PyBaseException[] split(PyBaseException exc, Matcher matcher, boolean constructRest) {
        if (matcher.matches(exc)) {
            return new PyBaseException[]{exc, null};
        }
        if (!isGroup(exc)) {
            return new PyBaseException[]{null, constructRest ? exc : null};
        }
        List<Object> matched = new ArrayList<>();
        List<Object> rest = new ArrayList<>();
        for (Object sub : exceptions(exc)) {
            PyBaseException[] parts = split((PyBaseException) sub, matcher, constructRest);
            if (parts[0] != null) {
                matched.add(parts[0]);
            }
            if (parts[1] != null) {
                rest.add(parts[1]);
            }
        }
        return new PyBaseException[]{subset(exc, matched), constructRest ? subset(exc, rest) : null};
    }

    private static PyBaseException subset(PyBaseException orig, List<Object> excs) {
        if (excs.isEmpty()) {
            return null;
        }
        Object made = Calls.call(org.byterun.runtime.Attributes.getAttribute(orig, "derive"), new PyList(excs.toArray()));
        if (!isGroup(made)) {
            throw PyErrors.typeError("derive must return an instance of BaseExceptionGroup");
        }
        PyBaseException eg = (PyBaseException) made;
        eg.setTracebackObject(orig.getTracebackObject());
        eg.setContext(orig.getContext());
        eg.setCause(orig.getCause());
        if (orig.getAttribute("__notes__") instanceof PyList notes) {
            eg.setAttribute("__notes__", new PyList(notes.toArray()));
        }
        return eg;
    }

    /** The except* clause's types, checked as CPython's _PyEval_CheckExceptStarTypeValid does. */
    private static void checkExceptStarType(Object type) {
        Object[] types = type instanceof PyTuple t ? t.items() : new Object[]{type};
        for (Object t : types) {
            if (!(t instanceof PyType pt) || !pt.isSubtypeOf(BuiltinTypes.BASE_EXCEPTION)) {
                throw PyErrors.typeError("catching classes that do not inherit from BaseException is not allowed");
            }
            if (pt.isSubtypeOf(BASE_GROUP)) {
                throw PyErrors.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
            }
        }
    }

    /** CHECK_EG_MATCH: {@code [rest, match]} of the exception against an except* clause (None for no part). */
    @TruffleBoundary
    public static Object[] exceptStarMatch(Object excValue, Object type) {
        checkExceptStarType(type);
        if (excValue == PyNone.INSTANCE) {
            return new Object[]{PyNone.INSTANCE, PyNone.INSTANCE};
        }
        PyBaseException exc = (PyBaseException) excValue;
        if (ExceptionOps.matches(exc, type)) {
            if (isGroup(exc)) {
                return new Object[]{PyNone.INSTANCE, exc};
            }
            // a naked exception is wrapped in a group (with its traceback)
            PyBaseException wrapped = create("", PyTuple.of(exc));
            wrapped.setTracebackObject(exc.getTracebackObject());
            return new Object[]{PyNone.INSTANCE, wrapped};
        }
        if (isGroup(exc)) {
            PyBaseException[] parts = split(exc, e -> ExceptionOps.matches(e, type), true);
            return new Object[]{orNone(parts[1]), orNone(parts[0])};
        }
        return new Object[]{exc, PyNone.INSTANCE};
    }

    /**
     * CALL_INTRINSIC_2 PREP_RERAISE_STAR: what leaves a try/except* statement: the exceptions the
     * clauses raised anew, plus the unhandled and re-raised parts of the original group.
     */
    @TruffleBoundary
    public static Object prepReraiseStar(Object origValue, Object excsValue) {
        PyList excs = (PyList) excsValue;
        if (excs.size() == 0) {
            return PyNone.INSTANCE;
        }
        if (!isGroup(origValue)) {
            // a naked exception was caught and wrapped: at most one clause ran
            return excs.get(0);
        }
        PyBaseException orig = (PyBaseException) origValue;
        List<Object> raised = new ArrayList<>();
        List<Object> reraised = new ArrayList<>();
        for (int i = 0; i < excs.size(); i++) {
            Object e = excs.get(i);
            if (e == PyNone.INSTANCE) {
                continue;
            }
            (sameMetadata((PyBaseException) e, orig) ? reraised : raised).add(e);
        }
        PyBaseException reraisedGroup = projection(orig, reraised);
        if (reraisedGroup != null) {
            raised.add(reraisedGroup);
        }
        if (raised.isEmpty()) {
            return PyNone.INSTANCE;
        }
        if (raised.size() == 1) {
            return raised.get(0);
        }
        return create("", new PyList(raised.toArray()));
    }

    /** A re-raised part of the group keeps the group's traceback, cause and context (split copied them). */
    private static boolean sameMetadata(PyBaseException a, PyBaseException b) {
        return a.getTracebackObject() == b.getTracebackObject() && a.getCause() == b.getCause() && a.getContext() == b.getContext();
    }

    /** The part of {@code group} whose leaf exceptions are (by identity) leaves of {@code keep}; null if none. */
    private static PyBaseException projection(PyBaseException group, List<Object> keep) {
        if (keep.isEmpty()) {
            return null;
        }
        IdentityHashMap<Object, Boolean> leaves = new IdentityHashMap<>();
        for (Object e : keep) {
            collectLeaves((PyBaseException) e, leaves);
        }
        return split(group, e -> !isGroup(e) && leaves.containsKey(e), false)[0];
    }

    private static void collectLeaves(PyBaseException e, IdentityHashMap<Object, Boolean> leaves) {
        if (isGroup(e)) {
            for (Object sub : exceptions(e)) {
                collectLeaves((PyBaseException) sub, leaves);
            }
        } else {
            leaves.put(e, Boolean.TRUE);
        }
    }
}

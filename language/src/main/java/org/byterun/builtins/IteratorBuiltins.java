package org.byterun.builtins;

import static org.byterun.builtins.BuiltinFunctions.add;

import org.byterun.runtime.BuiltinIterators;
import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.Iteration;
import org.byterun.runtime.PyBaseException;
import org.byterun.runtime.PyBytes;
import org.byterun.runtime.PyDict;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.PyException;
import org.byterun.runtime.PyIterators;
import org.byterun.runtime.PyList;
import org.byterun.runtime.PyModule;
import org.byterun.runtime.PyRange;
import org.byterun.runtime.PyTuple;
import org.byterun.runtime.PyType;
import org.byterun.runtime.SpecialMethods;
import org.byterun.runtime.Truthiness;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The iterator types enumerate, zip, map, filter and reversed, and the functions iter() and next(). */
final class IteratorBuiltins {
    private IteratorBuiltins() {
    }

    static {
        BuiltinTypes.ENUMERATE.setConstructor(IteratorBuiltins::enumerate);
        BuiltinTypes.ZIP.setConstructor(IteratorBuiltins::zip);
        BuiltinTypes.MAP.setConstructor(IteratorBuiltins::map);
        BuiltinTypes.FILTER.setConstructor(IteratorBuiltins::filter);
        BuiltinTypes.REVERSED.setConstructor(IteratorBuiltins::reversed);
    }

    static void install(PyModule m) {
        for (PyType t : new PyType[]{BuiltinTypes.ENUMERATE, BuiltinTypes.ZIP, BuiltinTypes.MAP, BuiltinTypes.FILTER, BuiltinTypes.REVERSED}) {
            m.setAttribute(t.getName(), t);
        }
        add(m, "iter", IteratorBuiltins::iter);
        add(m, "next", IteratorBuiltins::next);
    }

    /** enumerate(iterable, start=0), with the argument checks of CPython's enumerate_vectorcall. */
    @TruffleBoundary
    private static Object enumerate(Object[] args, String[] kwNames, Object[] kwValues) {
        int total = args.length + kwNames.length;
        Object[] all = java.util.Arrays.copyOf(args, total);
        System.arraycopy(kwValues, 0, all, args.length, kwNames.length);
        if (total == 2) {
            if (kwNames.length == 1) {
                checkKeyword(kwNames[0], "start");
            } else if (kwNames.length == 2) {
                if (kwNames[0].equals("start")) {
                    checkKeyword(kwNames[1], "iterable");
                    return makeEnumerate(all[1], all[0]);
                }
                checkKeyword(kwNames[0], "iterable");
                checkKeyword(kwNames[1], "start");
            }
            return makeEnumerate(all[0], all[1]);
        }
        if (total == 1) {
            if (kwNames.length == 1) {
                checkKeyword(kwNames[0], "iterable");
            }
            return makeEnumerate(all[0], 0L);
        }
        if (args.length == 0) {
            throw PyErrors.typeError("enumerate() missing required argument 'iterable'");
        }
        throw PyErrors.typeError("enumerate() takes at most 2 arguments (" + total + " given)");
    }

    private static void checkKeyword(String given, String expected) {
        if (!given.equals(expected)) {
            throw PyErrors.typeError("'" + given + "' is an invalid keyword argument for enumerate()");
        }
    }

    private static Object makeEnumerate(Object iterable, Object start) {
        Object first = KeywordArgs.index(start); // CPython checks start before iterating
        return new BuiltinIterators.EnumerateIterator(Iteration.getIterator(iterable), first);
    }

    @TruffleBoundary
    private static Object zip(Object[] args, String[] kwNames, Object[] kwValues) {
        if (kwNames.length > 1) {
            throw PyErrors.typeError("zip() takes at most 1 keyword argument (" + kwNames.length + " given)");
        }
        Object strict = KeywordArgs.parse("zip", kwNames, kwValues, "strict")[0];
        return new BuiltinIterators.ZipIterator(iterators(args, 0), strict != null && Truthiness.isTrue(strict));
    }

    @TruffleBoundary
    private static Object map(Object[] args, String[] kwNames, Object[] kwValues) {
        Args.noKeywords("map", kwNames);
        if (args.length < 2) {
            throw PyErrors.typeError("map() must have at least two arguments.");
        }
        return new BuiltinIterators.MapIterator(args[0], iterators(args, 1));
    }

    @TruffleBoundary
    private static Object filter(Object[] args, String[] kwNames, Object[] kwValues) {
        Args.noKeywords("filter", kwNames);
        Args.exactly("filter", args, 2);
        return new BuiltinIterators.FilterIterator(args[0], Iteration.getIterator(args[1]));
    }

    private static PyIterators.PyIterator[] iterators(Object[] args, int from) {
        PyIterators.PyIterator[] its = new PyIterators.PyIterator[args.length - from];
        for (int i = 0; i < its.length; i++) {
            its[i] = Iteration.getIterator(args[from + i]);
        }
        return its;
    }

    @TruffleBoundary
    private static Object reversed(Object[] args, String[] kwNames, Object[] kwValues) {
        Args.noKeywords("reversed", kwNames);
        if (args.length != 1) {
            throw PyErrors.typeError("reversed expected 1 argument, got " + args.length);
        }
        Object seq = args[0];
        if (seq instanceof PyList l) {
            return new BuiltinIterators.ListReverseIterator(l);
        } else if (seq instanceof PyRange r) {
            long n = r.length();
            return new PyIterators.RangeIterator(r.start + (n - 1) * r.step, n, -r.step);
        } else if (seq instanceof PyDict d) {
            Object[] keys = d.storage().keysArray();
            java.util.Collections.reverse(java.util.Arrays.asList(keys));
            return new PyIterators.ArrayIterator(keys, keys.length, BuiltinTypes.DICT_REVERSE_KEY_ITERATOR);
        } else if (seq instanceof PyTuple t) {
            return new BuiltinIterators.ReversedIterator(t, t.size());
        } else if (seq instanceof String s) {
            return new BuiltinIterators.ReversedIterator(s, s.codePointCount(0, s.length()));
        } else if (seq instanceof PyBytes b) {
            return new BuiltinIterators.ReversedIterator(b, b.size());
        }
        // the sequence protocol of other objects: __reversed__, else __len__ with __getitem__
        if (org.byterun.runtime.PyObjects.typeOf(seq).lookup("__reversed__") == org.byterun.runtime.PyNone.INSTANCE) {
            throw PyErrors.typeError("'" + PyErrors.typeName(seq) + "' object is not reversible");
        }
        Object own = SpecialMethods.call(seq, "__reversed__");
        if (own != null) {
            return own;
        }
        PyType type = org.byterun.runtime.PyObjects.typeOf(seq);
        if (type.lookup("__getitem__") != null && type.lookup("__len__") != null) {
            long n = org.byterun.runtime.Ints.toLongIndex(KeywordArgs.index(SpecialMethods.call(seq, "__len__")));
            return new BuiltinIterators.ReversedIterator(seq, n);
        }
        throw PyErrors.typeError("'" + PyErrors.typeName(seq) + "' object is not reversible");
    }

    @TruffleBoundary
    private static Object iter(Object[] args, String[] kwNames, Object[] kwValues) {
        Args.noKeywords("iter", kwNames);
        Args.range("iter", args, 1, 2);
        if (args.length == 1) {
            return Iteration.iter(args[0]);
        }
        if (!ConversionBuiltins.isCallable(args[0])) {
            throw PyErrors.typeError("iter(v, w): v must be callable");
        }
        return new BuiltinIterators.CallableIterator(args[0], args[1]);
    }

    /** next(it[, default]) of a Python-level iterator: its own StopIteration propagates unless a default is given. */
    private static Object nextOfProtocolIterator(Object[] args) {
        Object method = org.byterun.runtime.PyObjects.typeOf(args[0]).lookup("__next__");
        if (method == null) {
            throw PyErrors.typeError("'" + PyErrors.typeName(args[0]) + "' object is not an iterator");
        }
        try {
            return org.byterun.nodes.Calls.call(method, args[0]);
        } catch (org.byterun.runtime.PyException e) {
            if (args.length == 2 && e.isInstanceOf(org.byterun.runtime.BuiltinTypes.STOP_ITERATION)) {
                return args[1];
            }
            throw e;
        }
    }

    @TruffleBoundary
    private static Object next(Object[] args, String[] kwNames, Object[] kwValues) {
        Args.noKeywords("next", kwNames);
        Args.range("next", args, 1, 2);
        if (args[0] instanceof org.byterun.runtime.PyGenerator g && g.getKind() != org.byterun.runtime.PyGenerator.Kind.GENERATOR) {
            throw PyErrors.typeError("'" + PyErrors.typeName(g) + "' object is not an iterator");
        }
        if (!(args[0] instanceof PyIterators.PyIterator it)) {
            return nextOfProtocolIterator(args);
        }
        Object v = it.next();
        if (v != null) {
            return v;
        }
        if (args.length == 2) {
            return args[1];
        }
        // a generator's StopIteration carries what it returned
        throw PyErrors.stopIteration(it.stopValue());
    }
}

package org.byterun.builtins;

import static org.byterun.bytecode.Opcodes.NB_ADD;
import static org.byterun.builtins.BuiltinFunctions.add;

import org.byterun.nodes.Calls;
import org.byterun.runtime.Arithmetic;
import org.byterun.runtime.Comparison;
import org.byterun.runtime.Iteration;
import org.byterun.runtime.PyBytes;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyIterators;
import org.byterun.runtime.PyList;
import org.byterun.runtime.PyModule;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.PyTuple;
import org.byterun.runtime.Sequences;
import org.byterun.runtime.Sorting;
import org.byterun.runtime.Truthiness;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Builtins that consume a whole iterable: sorted, min, max, sum, all, any. */
final class AggregateBuiltins {
    private AggregateBuiltins() {
    }

    static void install(PyModule m) {
        add(m, "sorted", AggregateBuiltins::sorted);
        add(m, "min", (args, kwNames, kwValues) -> minMax("min", Comparison.LT, args, kwNames, kwValues));
        add(m, "max", (args, kwNames, kwValues) -> minMax("max", Comparison.GT, args, kwNames, kwValues));
        add(m, "sum", AggregateBuiltins::sum);
        add(m, "all", (args, kwNames, kwValues) -> allAny("all", false, args, kwNames));
        add(m, "any", (args, kwNames, kwValues) -> allAny("any", true, args, kwNames));
    }

    @TruffleBoundary
    private static Object sorted(Object[] args, String[] kwNames, Object[] kwValues) {
        if (args.length != 1) {
            throw PyErrors.typeError("sorted expected 1 argument, got " + args.length);
        }
        Object[] options = KeywordArgs.parse("sort", kwNames, kwValues, "key", "reverse");
        Object[] items = Sequences.toArray(args[0]);
        Object key = options[0] == null ? PyNone.INSTANCE : options[0];
        boolean reverse = options[1] != null && Truthiness.isTrue(options[1]);
        Sorting.sort(items, items.length, key, reverse);
        return new PyList(items);
    }

    /** min()/max(): one iterable or several arguments; key= and default=. */
    @TruffleBoundary
    private static Object minMax(String name, int op, Object[] args, String[] kwNames, Object[] kwValues) {
        if (args.length == 0) {
            throw PyErrors.typeError(name + " expected at least 1 argument, got 0");
        }
        Object[] options = KeywordArgs.parse(name, kwNames, kwValues, "key", "default");
        Object key = options[0];
        Object dflt = options[1];
        if (args.length > 1 && dflt != null) {
            throw PyErrors.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
        }
        PyIterators.PyIterator it = Iteration.getIterator(args.length == 1 ? args[0] : new PyTuple(args));
        Object best = null;
        Object bestKey = null;
        for (Object v = it.next(); v != null; v = it.next()) {
            Object k = key == null || key == PyNone.INSTANCE ? v : Calls.call(key, v);
            if (best == null || Comparison.compare(op, k, bestKey)) {
                best = v;
                bestKey = k;
            }
        }
        if (best == null) {
            if (dflt != null) {
                return dflt;
            }
            throw PyErrors.valueError(name + "() iterable argument is empty");
        }
        return best;
    }

    /**
     * sum(iterable, /, start=0) with CPython's three phases: exact ints in a long, then floats with
     * Neumaier's compensated summation (so sum([0.1] * 10) == 1.0), then generic addition.
     */
    @TruffleBoundary
    private static Object sum(Object[] args, String[] kwNames, Object[] kwValues) {
        if (args.length == 0) {
            throw PyErrors.typeError("sum() takes at least 1 positional argument (0 given)");
        }
        if (args.length + kwNames.length > 2) {
            throw PyErrors.typeError("sum() takes at most 2 arguments (" + (args.length + kwNames.length) + " given)");
        }
        Object start = KeywordArgs.parse("sum", kwNames, kwValues, "start")[0];
        Object result = args.length == 2 ? args[1] : start == null ? (Object) 0L : start;
        if (result instanceof String) {
            throw PyErrors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        } else if (result instanceof PyBytes) {
            throw PyErrors.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
        }
        PyIterators.PyIterator it = Iteration.getIterator(args[0]);
        Object item = null;
        if (result instanceof Long l) {
            long total = l;
            for (item = it.next(); item != null; item = it.next()) {
                long v;
                if (item instanceof Long x) {
                    v = x;
                } else if (item instanceof Boolean b) {
                    v = b ? 1 : 0;
                } else {
                    break;
                }
                long r = total + v;
                if (((total ^ r) & (v ^ r)) < 0) {
                    break;
                }
                total = r;
            }
            result = total;
            if (item == null) {
                return result;
            }
            result = Arithmetic.binary(NB_ADD, result, item);
        }
        if (result instanceof Double d) {
            double f = d;
            double c = 0.0;
            for (item = it.next(); item != null; item = it.next()) {
                if (item instanceof Double x) {
                    double t = f + x;
                    c += Math.abs(f) >= Math.abs(x) ? (f - t) + x : (x - t) + f;
                    f = t;
                } else if (item instanceof Long x) {
                    f += (double) x;
                } else if (item instanceof Boolean b) {
                    f += b ? 1.0 : 0.0;
                } else {
                    break;
                }
            }
            // don't let the compensation turn an infinite or overflowed sum into a NaN
            if (c != 0.0 && Double.isFinite(c)) {
                f += c;
            }
            result = f;
            if (item == null) {
                return result;
            }
            result = Arithmetic.binary(NB_ADD, result, item);
        }
        for (item = it.next(); item != null; item = it.next()) {
            result = Arithmetic.binary(NB_ADD, result, item);
        }
        return result;
    }

    @TruffleBoundary
    private static Object allAny(String name, boolean stopWhen, Object[] args, String[] kwNames) {
        Args.noKeywords(name, kwNames);
        Args.exactly(name, args, 1);
        PyIterators.PyIterator it = Iteration.getIterator(args[0]);
        for (Object v = it.next(); v != null; v = it.next()) {
            if (Truthiness.isTrue(v) == stopWhen) {
                return stopWhen;
            }
        }
        return !stopWhen;
    }
}

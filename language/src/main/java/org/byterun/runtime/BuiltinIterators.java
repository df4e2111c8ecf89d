package org.byterun.runtime;

import java.math.BigInteger;

import org.byterun.nodes.Calls;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The iterator objects made by the builtins enumerate, zip, map, filter, reversed and iter(f, sentinel).
 * Each is a Python object of its CPython type; like every {@link PyIterators.PyIterator}, next() returns
 * null at the end.
 */
public final class BuiltinIterators {
    private BuiltinIterators() {
    }

    public static final class EnumerateIterator extends PyIterators.PyIterator {
        private final PyIterators.PyIterator source;
        /** The next index: a Long, or a BigInteger once past the long range. */
        private Object count;

        public EnumerateIterator(PyIterators.PyIterator source, Object start) {
            this.source = source;
            this.count = start;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            Object v = source.next();
            if (v == null) {
                return null;
            }
            Object index = count;
            if (index instanceof Long l && l != Long.MAX_VALUE) {
                count = l + 1;
            } else {
                count = PyNumbers.normalize(PyNumbers.toBig(index).add(BigInteger.ONE));
            }
            return new PyTuple(new Object[]{index, v});
        }

        @Override
        public PyType getPyType() {
            return BuiltinTypes.ENUMERATE;
        }
    }

    public static final class ZipIterator extends PyIterators.PyIterator {
        private final PyIterators.PyIterator[] sources;
        private final boolean strict;

        public ZipIterator(PyIterators.PyIterator[] sources, boolean strict) {
            this.sources = sources;
            this.strict = strict;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            if (sources.length == 0) {
                return null;
            }
            Object[] items = new Object[sources.length];
            for (int i = 0; i < sources.length; i++) {
                items[i] = sources[i].next();
                if (items[i] == null) {
                    if (strict) {
                        checkAllExhausted(i);
                    }
                    return null;
                }
            }
            return new PyTuple(items);
        }

        /** zip(strict=True): source {@code i} ended; every other one must end here too (CPython's messages). */
        private void checkAllExhausted(int i) {
            if (i > 0) {
                throw PyErrors.valueError("zip() argument " + (i + 1) + " is shorter than argument" + (i == 1 ? " " : "s 1-") + i);
            }
            for (int j = 1; j < sources.length; j++) {
                if (sources[j].next() != null) {
                    throw PyErrors.valueError("zip() argument " + (j + 1) + " is longer than argument" + (j == 1 ? " " : "s 1-") + j);
                }
            }
        }

        @Override
        public PyType getPyType() {
            return BuiltinTypes.ZIP;
        }
    }

    public static final class MapIterator extends PyIterators.PyIterator {
        private final Object function;
        private final PyIterators.PyIterator[] sources;

        public MapIterator(Object function, PyIterators.PyIterator[] sources) {
            this.function = function;
            this.sources = sources;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            Object[] args = new Object[sources.length];
            for (int i = 0; i < sources.length; i++) {
                args[i] = sources[i].next();
                if (args[i] == null) {
                    return null;
                }
            }
            return Calls.call(function, args);
        }

        @Override
        public PyType getPyType() {
            return BuiltinTypes.MAP;
        }
    }

    public static final class FilterIterator extends PyIterators.PyIterator {
        /** The predicate, or None to keep the true items. */
        private final Object predicate;
        private final PyIterators.PyIterator source;

        public FilterIterator(Object predicate, PyIterators.PyIterator source) {
            this.predicate = predicate;
            this.source = source;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            for (Object v = source.next(); v != null; v = source.next()) {
                Object test = predicate == PyNone.INSTANCE ? v : Calls.call(predicate, v);
                if (Truthiness.isTrue(test)) {
                    return v;
                }
            }
            return null;
        }

        @Override
        public PyType getPyType() {
            return BuiltinTypes.FILTER;
        }
    }

    /** reversed() of a sequence without its own reverse iterator: seq[len-1], ..., seq[0]. */
    public static final class ReversedIterator extends PyIterators.PyIterator {
        private Object sequence;
        private long index;

        public ReversedIterator(Object sequence, long length) {
            this.sequence = sequence;
            this.index = length - 1;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            if (index < 0) {
                return null;
            }
            try {
                return Subscripts.getItem(sequence, index--);
            } catch (PyException e) {
                // like CPython, an IndexError or StopIteration from __getitem__ ends the iteration
                PyType t = e.getPyException().getType();
                if (t.isSubtypeOf(BuiltinTypes.INDEX_ERROR) || t.isSubtypeOf(BuiltinTypes.STOP_ITERATION)) {
                    index = -1;
                    sequence = null;
                    return null;
                }
                throw e;
            }
        }

        @Override
        @TruffleBoundary
        public Object lengthHint() {
            if (sequence == null || index < 0) {
                return 0L;
            }
            long size = SpecialMethods.len(sequence);
            return size < index + 1 ? 0L : index + 1;
        }

        @Override
        public PyType getPyType() {
            return BuiltinTypes.REVERSED;
        }
    }

    /** reversed(list) and list.__reversed__: walks from the end, stops early if the list shrinks. */
    public static final class ListReverseIterator extends PyIterators.PyIterator {
        private final PyList list;
        private int index;

        public ListReverseIterator(PyList list) {
            this.list = list;
            this.index = list.size() - 1;
        }

        @Override
        public Object next() {
            // the list may shrink while it is iterated: then the iteration ends
            if (index >= 0 && index < list.size()) {
                return list.get(index--);
            }
            index = -1;
            return null;
        }

        @Override
        public Object lengthHint() {
            return (long) (index >= 0 && index < list.size() ? index + 1 : 0);
        }

        @Override
        public PyType getPyType() {
            return BuiltinTypes.LIST_REVERSE_ITERATOR;
        }
    }

    /** iter(callable, sentinel): calls until the result equals the sentinel. */
    public static final class CallableIterator extends PyIterators.PyIterator {
        private Object callable;
        private final Object sentinel;

        public CallableIterator(Object callable, Object sentinel) {
            this.callable = callable;
            this.sentinel = sentinel;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            if (callable == null) {
                return null;
            }
            Object v;
            try {
                v = Calls.call(callable);
            } catch (PyException e) {
                if (e.isInstanceOf(BuiltinTypes.STOP_ITERATION)) {
                    callable = null;
                    return null;
                }
                throw e;
            }
            if (PyHash.eq(sentinel, v)) {
                callable = null;
                return null;
            }
            return v;
        }

        @Override
        public PyType getPyType() {
            return BuiltinTypes.CALLABLE_ITERATOR;
        }
    }

    /** iter(obj) of an object with __getitem__ but no __iter__: obj[0], obj[1], ... until IndexError. */
    public static final class SequenceIterator extends PyIterators.PyIterator {
        private Object sequence;
        private long index;

        public SequenceIterator(Object sequence) {
            this.sequence = sequence;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            if (sequence == null) {
                return null;
            }
            try {
                return Subscripts.getItem(sequence, index++);
            } catch (PyException e) {
                PyType t = e.getPyException().getType();
                if (t.isSubtypeOf(BuiltinTypes.INDEX_ERROR) || t.isSubtypeOf(BuiltinTypes.STOP_ITERATION)) {
                    sequence = null;
                    return null;
                }
                throw e;
            }
        }

        @Override
        @TruffleBoundary
        public Object lengthHint() {
            if (sequence == null) {
                return 0L;
            }
            if (PyObjects.typeOf(sequence).lookup("__len__") == null) {
                return PyNotImplemented.INSTANCE;
            }
            return Math.max(SpecialMethods.len(sequence) - index, 0L);
        }

        @Override
        public PyType getPyType() {
            return BuiltinTypes.SEQUENCE_ITERATOR;
        }
    }

    /** A Python-level iterator (an object with __next__) seen through the Java iterator interface. */
    public static final class ProtocolIterator extends PyIterators.PyIterator {
        private final Object iterator;

        public ProtocolIterator(Object iterator) {
            this.iterator = iterator;
        }

        public Object getIterator() {
            return iterator;
        }

        @Override
        public Object next() {
            return SpecialMethods.next(iterator);
        }

        @Override
        public PyType getPyType() {
            return PyObjects.typeOf(iterator);
        }
    }
}

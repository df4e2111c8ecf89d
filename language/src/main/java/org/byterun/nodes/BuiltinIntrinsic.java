package org.byterun.nodes;

import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.PyAbstractSet;
import org.byterun.runtime.PyBuiltinFunction;
import org.byterun.runtime.PyDict;
import org.byterun.runtime.PyList;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.PyObjects;
import org.byterun.runtime.PySet;
import org.byterun.runtime.PyTuple;
import org.byterun.runtime.PyType;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * The hottest builtins done inline at the call site (list.append, list.pop(), set.add,
 * set.discard, dict.get, len, isinstance) instead of through their Java bodies: no argument checking, no
 * boundary for the common case, and the argument array stays virtual. Anything unusual (a
 * subclass instance, a wrong argument count, an empty list) answers null, and the call takes the
 * builtin's own body, which raises CPython's errors.
 */
public abstract class BuiltinIntrinsic extends Node {
    /** The result, or null when the builtin's own body must run. */
    public abstract Object execute(Object[] args);

    /** The intrinsic for {@code fn}, or null when it has none. */
    static BuiltinIntrinsic forBuiltin(PyBuiltinFunction fn) {
        String name = fn.getName();
        if (fn.getOwner() == null) {
            Object builtin = org.byterun.ByteRunContext.get(null).getBuiltins().getDict().get(name);
            if (fn != builtin) {
                return null;
            }
            return switch (name) {
                case "len" -> new Len();
                case "isinstance" -> new IsInstance();
                default -> null;
            };
        }
        if (fn.getOwner() == BuiltinTypes.LIST) {
            return switch (name) {
                case "append" -> new ListAppend();
                case "pop" -> new ListPop();
                default -> null;
            };
        }
        if (fn.getOwner() == BuiltinTypes.SET) {
            return switch (name) {
                case "add" -> new SetAdd();
                case "discard" -> new SetDiscard();
                default -> null;
            };
        }
        if (fn.getOwner() == BuiltinTypes.DICT && name.equals("get")) {
            return new DictGet();
        }
        return null;
    }

    static final class ListAppend extends BuiltinIntrinsic {
        @Override
        public Object execute(Object[] args) {
            if (args.length == 2 && args[0] instanceof PyList l) {
                l.append(args[1]);
                return PyNone.INSTANCE;
            }
            return null;
        }
    }

    /** {@code list.pop()} of the last item. */
    static final class ListPop extends BuiltinIntrinsic {
        @Override
        public Object execute(Object[] args) {
            if (args.length == 1 && args[0] instanceof PyList l && l.size() > 0) {
                return l.removeLast();
            }
            return null;
        }
    }

    static final class SetAdd extends BuiltinIntrinsic {
        @Override
        public Object execute(Object[] args) {
            if (args.length == 2 && args[0] instanceof PySet s) {
                if (!(args[1] instanceof Long v) || !s.storage().addLong(v)) {
                    add(s, args[1]);
                }
                return PyNone.INSTANCE;
            }
            return null;
        }

        @TruffleBoundary
        private static void add(PySet s, Object key) {
            s.storage().add(key);
        }
    }

    /** {@code set.discard(x)} of a key that is not itself a set (that one is looked up as a frozenset). */
    static final class SetDiscard extends BuiltinIntrinsic {
        @Override
        public Object execute(Object[] args) {
            if (args.length == 2 && args[0] instanceof PySet s && !(args[1] instanceof PySet)) {
                if (!(args[1] instanceof Long v) || s.storage().discardLong(v) < 0) {
                    discard(s, args[1]);
                }
                return PyNone.INSTANCE;
            }
            return null;
        }

        @TruffleBoundary
        private static void discard(PySet s, Object key) {
            s.storage().discard(key);
        }
    }

    static final class DictGet extends BuiltinIntrinsic {
        @Override
        public Object execute(Object[] args) {
            if ((args.length == 2 || args.length == 3) && args[0] instanceof PyDict d) {
                Object v = get(d, args[1]);
                return v != null ? v : args.length == 3 ? args[2] : PyNone.INSTANCE;
            }
            return null;
        }

        @TruffleBoundary
        private static Object get(PyDict d, Object key) {
            return d.get(key);
        }
    }

    /**
     * {@code isinstance(x, C)} answered from x's own type when C is a plain class (its metaclass is
     * type, so no __instancecheck__): True when the type is C or derives from it; False when, in
     * addition, x cannot claim another class through {@code __class__}. Otherwise the builtin's
     * body decides.
     */
    static final class IsInstance extends BuiltinIntrinsic {
        @Override
        public Object execute(Object[] args) {
            if (args.length == 2 && args[1] instanceof PyType cls && cls.getMetatype() == BuiltinTypes.TYPE) {
                PyType type = PyObjects.typeOf(args[0]);
                if (type == cls || type.isSubtypeOf(cls)) {
                    return Boolean.TRUE;
                }
                if (type.instancesReportOwnClass()) {
                    return Boolean.FALSE;
                }
            }
            return null;
        }
    }

    /** {@code len(x)} of a list, tuple, dict or set (a str needs its code points counted: the body does that). */
    static final class Len extends BuiltinIntrinsic {
        @Override
        public Object execute(Object[] args) {
            if (args.length == 1) {
                Object o = args[0];
                if (o instanceof PyList l) {
                    return (long) l.size();
                } else if (o instanceof PyTuple t) {
                    return (long) t.size();
                } else if (o instanceof PyDict d) {
                    return (long) d.size();
                } else if (o instanceof PyAbstractSet s) {
                    return (long) s.size();
                }
            }
            return null;
        }
    }
}

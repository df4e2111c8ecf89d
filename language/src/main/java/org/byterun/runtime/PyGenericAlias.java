package org.byterun.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * types.GenericAlias: what {@code list[int]} or {@code Box[str]} (through an inherited builtin
 * {@code __class_getitem__}) evaluates to. It remembers the origin and the arguments, prints as
 * {@code list[int]}, makes origin instances when called, and forwards other attributes to the
 * origin.
 */
public final class PyGenericAlias implements PyObjectLike {
    private final Object origin;
    private final PyTuple args;

    public PyGenericAlias(Object origin, Object index) {
        this.origin = origin;
        this.args = index instanceof PyTuple t ? t : PyTuple.of(index);
    }

    public Object getOrigin() {
        return origin;
    }

    public PyTuple getArgs() {
        return args;
    }

    @Override
    public PyType getPyType() {
        return BuiltinTypes.GENERIC_ALIAS;
    }

    @Override
    @TruffleBoundary
    public String repr() {
        StringBuilder sb = new StringBuilder(itemRepr(origin)).append('[');
        if (args.size() == 0) {
            sb.append("()");
        }
        for (int i = 0; i < args.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(itemRepr(args.get(i)));
        }
        return sb.append(']').toString();
    }

    /** A type argument as CPython prints it: int, mod.Name, ..., or its repr. */
    private static String itemRepr(Object item) {
        if (item instanceof PyEllipsis) {
            return "...";
        }
        if (item instanceof PyType t) {
            Object module = Attributes.findAttribute(t, "__module__");
            return "builtins".equals(module) || !(module instanceof String m) ? t.getQualname() : m + "." + t.getQualname();
        }
        return Repr.repr(item);
    }

    /** Names looked up on the alias itself; all others are the origin's (CPython's attr_exceptions). */
    public static boolean isOwnAttribute(String name) {
        return switch (name) {
            case "__class__", "__bases__", "__origin__", "__args__", "__unpacked__", "__parameters__", "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__",
                            "__reduce__", "__copy__", "__deepcopy__" -> true;
            default -> false;
        };
    }
}

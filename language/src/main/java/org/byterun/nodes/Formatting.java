package org.byterun.nodes;

import org.byterun.runtime.FormatValues;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.Repr;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** f-string instructions: FORMAT_SIMPLE, FORMAT_WITH_SPEC, CONVERT_VALUE. */
public final class Formatting {
    private Formatting() {
    }

    @TruffleBoundary
    public static Object formatSimple(Object value) {
        return value instanceof String ? value : FormatValues.format(value, "");
    }

    @TruffleBoundary
    public static Object formatWithSpec(Object value, Object spec) {
        return FormatValues.format(value, (String) spec);
    }

    /** oparg 1 = str (!s), 2 = repr (!r), 3 = ascii (!a). */
    @TruffleBoundary
    public static Object convert(Object value, int which) {
        return switch (which) {
            case 1 -> Repr.str(value);
            case 2 -> Repr.repr(value);
            case 3 -> Repr.ascii(Repr.repr(value));
            default -> throw PyErrors.systemError("bad CONVERT_VALUE " + which);
        };
    }
}

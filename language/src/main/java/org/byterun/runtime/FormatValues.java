package org.byterun.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** format(value, spec): the __format__ of the builtin types, and the protocol for other objects. */
public final class FormatValues {
    private FormatValues() {
    }

    @TruffleBoundary
    public static String format(Object value, String spec) {
        if (value instanceof String s) {
            return spec.isEmpty() ? s : formatStr(s, spec);
        } else if (value instanceof Boolean b) {
            return spec.isEmpty() ? (b ? "True" : "False") : NumberFormat.formatInt(value, FormatSpec.parse(spec, "bool", '>', 'd'));
        } else if (value instanceof Long || value instanceof BigInteger) {
            return spec.isEmpty() ? value.toString() : NumberFormat.formatInt(value, FormatSpec.parse(spec, "int", '>', 'd'));
        } else if (value instanceof Double d) {
            return spec.isEmpty() ? FloatFormatter.repr(d) : NumberFormat.formatFloat(d, FormatSpec.parse(spec, "float", '>', (char) 0));
        } else if (value instanceof PyComplex c) {
            return spec.isEmpty() ? Repr.complexRepr(c) : NumberFormat.formatComplex(c, FormatSpec.parse(spec, "complex", '>', (char) 0));
        }
        Object r = SpecialMethods.call(value, "__format__", spec);
        if (r != null) {
            if (!(r instanceof String s)) {
                throw PyErrors.typeError("__format__ must return a str, not " + PyErrors.typeName(r));
            }
            return s;
        }
        // object.__format__
        if (!spec.isEmpty()) {
            throw PyErrors.typeError("unsupported format string passed to " + PyErrors.typeName(value) + ".__format__");
        }
        return Repr.str(value);
    }

    private static String formatStr(String s, String spec) {
        FormatSpec f = FormatSpec.parse(spec, "str", '<', 's');
        if (f.type != 's') {
            throw f.unknownType("str");
        }
        if (f.sign == ' ') {
            throw PyErrors.valueError("Space not allowed in string format specifier");
        }
        if (f.sign != 0) {
            throw PyErrors.valueError("Sign not allowed in string format specifier");
        }
        if (f.noNegativeZero) {
            throw PyErrors.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (f.alternate) {
            throw PyErrors.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (f.align == '=') {
            throw PyErrors.valueError("'=' alignment not allowed in string format specifier");
        }
        String text = s;
        if (f.precision >= 0 && f.precision < s.codePointCount(0, s.length())) {
            text = s.substring(0, s.offsetByCodePoints(0, (int) f.precision));
        }
        return f.pad(text, '<');
    }
}

package org.byterun.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** str.format and str.format_map: replacement fields, conversions, nested specs, field access. */
public final class StrFormat {
    /** The positional arguments (null for format_map), the keyword mapping, and the auto-numbering state. */
    private final Object[] args;
    private final Object kwargs;
    private int autoIndex;
    /** 0 unknown, 1 automatic numbering, 2 manual numbering. */
    private int numbering;

    private StrFormat(Object[] args, Object kwargs) {
        this.args = args;
        this.kwargs = kwargs;
    }

    @TruffleBoundary
    public static String format(String template, Object[] args, Object kwargs) {
        return new StrFormat(args, kwargs).render(template, 2);
    }

    private String render(String s, int depth) {
        if (depth <= 0) {
            throw PyErrors.valueError("Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '}') {
                if (i + 1 < n && s.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw PyErrors.valueError("Single '}' encountered in format string");
            }
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 >= n) {
                throw PyErrors.valueError("Single '{' encountered in format string");
            }
            if (s.charAt(i + 1) == '{') {
                out.append('{');
                i += 2;
                continue;
            }
            int end = fieldEnd(s, i + 1);
            out.append(field(s.substring(i + 1, end), depth));
            i = end + 1;
        }
        return out.toString();
    }

    /** The index of the '}' closing the field that starts at {@code from}. */
    private static int fieldEnd(String s, int from) {
        int count = 1;
        boolean inName = true;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inName && c == '[') {
                while (i < s.length() && s.charAt(i) != ']') {
                    i++;
                }
                continue;
            }
            if (inName && c == '{') {
                throw PyErrors.valueError("unexpected '{' in field name");
            }
            if (c == ':' || c == '!') {
                inName = false;
            } else if (c == '{') {
                count++;
            } else if (c == '}' && --count == 0) {
                return i;
            }
        }
        throw PyErrors.valueError("expected '}' before end of string");
    }

    private String field(String f, int depth) {
        int i = 0;
        while (i < f.length()) {
            char c = f.charAt(i);
            if (c == '{') {
                throw PyErrors.valueError("unexpected '{' in field name");
            }
            if (c == '[') {
                while (i < f.length() && f.charAt(i) != ']') {
                    i++;
                }
                if (i < f.length()) {
                    i++;
                }
                continue;
            }
            if (c == ':' || c == '!') {
                break;
            }
            i++;
        }
        String name = f.substring(0, i);
        char conversion = 0;
        String spec = "";
        if (i < f.length() && f.charAt(i) == '!') {
            if (i + 1 >= f.length()) {
                throw PyErrors.valueError("unmatched '{' in format spec");
            }
            conversion = f.charAt(i + 1);
            i += 2;
            if (i < f.length() && f.charAt(i) != ':') {
                throw PyErrors.valueError("expected ':' after conversion specifier");
            }
        }
        if (i < f.length()) {
            spec = f.substring(i + 1);
        }
        Object value = lookup(name);
        value = switch (conversion) {
            case 0 -> value;
            case 'r' -> Repr.repr(value);
            case 's' -> Repr.str(value);
            case 'a' -> Repr.ascii(Repr.repr(value));
            default -> throw PyErrors.valueError("Unknown conversion specifier " + (conversion > 32 && conversion < 127 ? String.valueOf(conversion) : String.format("\\x%x", (int) conversion)));
        };
        if (spec.indexOf('{') >= 0) {
            spec = render(spec, depth - 1);
        }
        return FormatValues.format(value, spec);
    }

    private Object lookup(String name) {
        int i = 0;
        while (i < name.length() && name.charAt(i) != '.' && name.charAt(i) != '[') {
            i++;
        }
        String first = name.substring(0, i);
        Object obj;
        if (first.isEmpty()) {
            if (numbering == 2) {
                throw PyErrors.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            numbering = 1;
            obj = positional(autoIndex++);
        } else if (isDigits(first)) {
            if (numbering == 1) {
                throw PyErrors.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            numbering = 2;
            obj = positional(Integer.parseInt(first));
        } else {
            if (kwargs instanceof PyDict d) {
                obj = d.get(first);
                if (obj == null) {
                    throw new PyException(new PyBaseException(BuiltinTypes.KEY_ERROR, PyTuple.of(first)));
                }
            } else {
                obj = Subscripts.getItem(kwargs, first);
            }
        }
        while (i < name.length()) {
            char c = name.charAt(i);
            if (c == '.') {
                int j = i + 1;
                while (j < name.length() && name.charAt(j) != '.' && name.charAt(j) != '[') {
                    j++;
                }
                if (j == i + 1) {
                    throw PyErrors.valueError("Empty attribute in format string");
                }
                obj = Attributes.getAttribute(obj, name.substring(i + 1, j));
                i = j;
            } else if (c == '[') {
                int j = name.indexOf(']', i);
                if (j < 0) {
                    throw PyErrors.valueError("Missing ']' in format string");
                }
                String key = name.substring(i + 1, j);
                if (key.isEmpty()) {
                    throw PyErrors.valueError("Empty attribute in format string");
                }
                obj = Subscripts.getItem(obj, isDigits(key) ? (Object) Long.parseLong(key) : key);
                i = j + 1;
                if (i < name.length() && name.charAt(i) != '.' && name.charAt(i) != '[') {
                    throw PyErrors.valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
            } else {
                throw PyErrors.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return obj;
    }

    private Object positional(int index) {
        if (args == null) {
            throw PyErrors.valueError("Format string contains positional fields");
        }
        if (index >= args.length) {
            throw PyErrors.create(BuiltinTypes.INDEX_ERROR, "Replacement index " + index + " out of range for positional args tuple");
        }
        return args[index];
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty() || s.length() > 18) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}

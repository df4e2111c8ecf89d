package org.byterun.runtime;

import java.math.BigInteger;
import java.util.IdentityHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** repr() and str() of builtin values, with CPython's layouts. */
public final class Repr {
    private Repr() {
    }

    /** Containers currently being printed on this thread, so that a self-containing list prints [...]. */
    private static final ThreadLocal<IdentityHashMap<Object, Boolean>> IN_PROGRESS = ThreadLocal.withInitial(IdentityHashMap::new);

    @TruffleBoundary
    public static String str(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (SpecialMethods.hasHeapType(value)) {
            return SpecialMethods.str(value);
        }
        if (value instanceof PyBaseException e) {
            return exceptionStr(e);
        }
        if (value instanceof PyMappingProxy p) {
            // mappingproxy's __str__ is str() of the mapping
            return str(p.mapping());
        }
        return repr(value);
    }

    @TruffleBoundary
    public static String repr(Object value) {
        if (SpecialMethods.hasHeapType(value)) {
            return SpecialMethods.repr(value);
        }
        return builtinRepr(value);
    }

    /** repr() as the builtin types define it (object.__repr__ and the builtin types' __repr__). */
    @TruffleBoundary
    public static String builtinRepr(Object value) {
        if (value instanceof String s) {
            return stringRepr(s);
        } else if (value instanceof Long || value instanceof BigInteger) {
            return value.toString();
        } else if (value instanceof Boolean b) {
            return b ? "True" : "False";
        } else if (value instanceof Double d) {
            return FloatFormatter.repr(d);
        } else if (value instanceof PyNone) {
            return "None";
        } else if (value instanceof PyTuple t) {
            return containerRepr(t, t.items(), t.size(), "(", t.size() == 1 ? ",)" : ")");
        } else if (value instanceof PyList l) {
            return containerRepr(l, l.getArray(), l.size(), "[", "]");
        } else if (value instanceof PyDict d) {
            return dictRepr(d);
        } else if (value instanceof PySet s) {
            return s.size() == 0 ? "set()" : containerRepr(s, s.storage().keysArray(), s.size(), "{", "}");
        } else if (value instanceof PyFrozenSet s) {
            return s.size() == 0 ? "frozenset()" : containerRepr(s, s.storage().keysArray(), s.size(), "frozenset({", "})");
        } else if (value instanceof PyBytes b) {
            return bytesRepr(b.bytes());
        } else if (value instanceof PyComplex c) {
            return complexRepr(c);
        } else if (value instanceof PyType t) {
            return t.repr();
        } else if (value instanceof PyBaseException e) {
            PyTuple args = e.getArgs();
            String inner = args.size() == 1 ? repr(args.get(0)) : repr(args);
            if (args.size() != 1) {
                inner = inner.substring(1, inner.length() - 1);
                if (args.size() == 0) {
                    inner = "";
                }
            }
            return e.getType().getName() + "(" + inner + ")";
        } else if (value instanceof PyEllipsis) {
            return "Ellipsis";
        } else if (value instanceof PyNotImplemented) {
            return "NotImplemented";
        } else if (value instanceof PyObjectLike o) {
            return o.repr();
        } else if (value instanceof org.byterun.loader.CodeObject c) {
            return "<code object " + c.name + " at 0x" + Integer.toHexString(System.identityHashCode(c)) + ", file \"" + c.filename + "\", line " + c.firstLineNo + ">";
        }
        return "<foreign object " + value + ">";
    }

    /** str() of an exception: '' for no args, str(arg) for one, the args tuple's repr otherwise. */
    @TruffleBoundary
    public static String exceptionStr(PyBaseException e) {
        PyTuple args = e.getArgs();
        if (e.getType().isSubtypeOf(BuiltinTypes.BASE_EXCEPTION_GROUP) && e.getAttribute("exceptions") instanceof PyTuple members) {
            int n = members.size();
            return e.getAttribute("message") + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")";
        }
        if (e.getType().isSubtypeOf(BuiltinTypes.SYNTAX_ERROR) && e.getAttribute("msg") != null) {
            return syntaxErrorStr(e);
        }
        if (e.getType().isSubtypeOf(BuiltinTypes.OS_ERROR) && e.getAttribute("strerror") != null && e.getAttribute("strerror") != PyNone.INSTANCE) {
            return osErrorStr(e);
        }
        if (args.size() == 0) {
            return "";
        }
        if (args.size() == 1) {
            // KeyError shows the key's repr, so that KeyError('') is visibly the empty string
            if (e.getType().isSubtypeOf(BuiltinTypes.KEY_ERROR)) {
                return repr(args.get(0));
            }
            return str(args.get(0));
        }
        return repr(args);
    }

    /** str(OSError): "[Errno 2] No such file or directory: 'x.txt'" (and " -> 'y'" for a second file). */
    private static String osErrorStr(PyBaseException e) {
        StringBuilder sb = new StringBuilder("[Errno ").append(str(e.getAttribute("errno"))).append("] ").append(str(e.getAttribute("strerror")));
        Object filename = e.getAttribute("filename");
        if (filename != null && filename != PyNone.INSTANCE) {
            sb.append(": ").append(repr(filename));
            Object filename2 = e.getAttribute("filename2");
            if (filename2 != null && filename2 != PyNone.INSTANCE) {
                sb.append(" -> ").append(repr(filename2));
            }
        }
        return sb.toString();
    }

    /** str(SyntaxError): "msg (file.py, line N)". */
    private static String syntaxErrorStr(PyBaseException e) {
        String msg = str(e.getAttribute("msg"));
        Object filename = e.getAttribute("filename");
        Object lineno = e.getAttribute("lineno");
        boolean hasFile = filename instanceof String;
        boolean hasLine = lineno instanceof Long;
        if (!hasFile && !hasLine) {
            return msg;
        }
        String base = hasFile ? ((String) filename).substring(((String) filename).lastIndexOf('/') + 1) : null;
        if (hasFile && hasLine) {
            return msg + " (" + base + ", line " + lineno + ")";
        }
        return hasFile ? msg + " (" + base + ")" : msg + " (line " + lineno + ")";
    }

    private static String containerRepr(Object self, Object[] items, int size, String open, String close) {
        IdentityHashMap<Object, Boolean> busy = IN_PROGRESS.get();
        if (busy.containsKey(self)) {
            return open.equals("[") ? "[...]" : open + "...)";
        }
        busy.put(self, Boolean.TRUE);
        try {
            StringBuilder sb = new StringBuilder(open);
            for (int i = 0; i < size; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(repr(items[i]));
            }
            return sb.append(close).toString();
        } finally {
            busy.remove(self);
        }
    }

    private static String dictRepr(PyDict d) {
        IdentityHashMap<Object, Boolean> busy = IN_PROGRESS.get();
        if (busy.containsKey(d)) {
            return "{...}";
        }
        busy.put(d, Boolean.TRUE);
        try {
            StringBuilder sb = new StringBuilder("{");
            HashStorage s = d.storage();
            boolean first = true;
            for (int i = 0; i < s.capacityUsed(); i++) {
                Object k = s.keyAt(i);
                if (k != null) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    sb.append(repr(k)).append(": ").append(repr(s.valueAt(i)));
                }
            }
            return sb.append('}').toString();
        } finally {
            busy.remove(d);
        }
    }

    /** CPython's str repr: single quotes unless the text has ' and no ", escapes for unprintables. */
    public static String stringRepr(String s) {
        char quote = (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp < 0x20 || cp == 0x7f) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7f || isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        return sb.append(quote).toString();
    }

    /** Python's str.isprintable for one code point (Unicode categories other than C* and Z* except space). */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        int type = Character.getType(cp);
        switch (type) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.SPACE_SEPARATOR:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    public static String bytesRepr(byte[] bytes) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte b : bytes) {
            hasSingle |= b == '\'';
            hasDouble |= b == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(quote);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).toString();
    }

    private static String complexPart(double d) {
        String r = FloatFormatter.repr(d);
        return r.endsWith(".0") ? r.substring(0, r.length() - 2) : r;
    }

    public static String complexRepr(PyComplex c) {
        if (c.real == 0 && 1 / c.real > 0) {
            return complexPart(c.imag) + "j";
        }
        String imag = complexPart(c.imag);
        String sign = (c.imag >= 0 || Double.isNaN(c.imag)) && !imag.startsWith("-") ? "+" : "";
        return "(" + complexPart(c.real) + sign + imag + "j)";
    }

    /** ascii(): the repr with every non-ASCII code point escaped. */
    public static String ascii(String repr) {
        StringBuilder sb = new StringBuilder(repr.length());
        for (int i = 0; i < repr.length(); ) {
            int cp = repr.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                sb.append((char) cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        return sb.toString();
    }
}

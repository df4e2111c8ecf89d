package org.byterun.loader;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Locale;
import java.util.regex.Pattern;

import org.byterun.loader.PycFormatException.Kind;
import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.PyBytes;
import org.byterun.runtime.PyComplex;
import org.byterun.runtime.PyDict;
import org.byterun.runtime.PyEllipsis;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyException;
import org.byterun.runtime.PyFrozenSet;
import org.byterun.runtime.PyList;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.PyNumbers;
import org.byterun.runtime.PySet;
import org.byterun.runtime.PyTuple;

/**
 * Reads the marshal format of CPython 3.13 (r_object in Python/marshal.c). Objects written with
 * FLAG_REF get the next back-reference index at the moment CPython gives it to them: containers
 * before their items, frozensets and code objects reserved before their contents and filled after,
 * so that TYPE_REF indices resolve to the same objects as in CPython.
 */
public final class Marshal {
    private static final int FLAG_REF = 0x80;
    /** Fills a reference slot reserved for a frozenset or code object that is still being read. */
    private static final Object RESERVED = new Object();
    /** What each type code reads, for messages; null for codes that do not exist. */
    private static final String[] LABELS = new String[128];
    /** The text floats CPython's PyOS_string_to_double accepts, besides inf and nan. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)(e[+-]?\\d+)?");
    /**
     * How deep the reader may nest on the caller's stack, which may itself be deep already. Real
     * .pyc files stay far below (the 3.13 stdlib reaches 17 levels); deeper data is read again on a
     * thread whose stack fits MAX_DEPTH levels.
     */
    private static final int CALLER_STACK_DEPTH = 64;

    static {
        label("0NFTS.", "a singleton");
        label("iIl", "an int");
        label("fg", "a float");
        label("xy", "a complex");
        label("s", "a bytes object");
        label("tuaAzZ", "a str");
        label("()", "a tuple");
        label("[", "a list");
        label("{", "a dict");
        label("<", "a set");
        label(">", "a frozenset");
        label("c", "a code object");
        label("r", "a reference");
    }

    private static void label(String codes, String what) {
        for (char c : codes.toCharArray()) {
            LABELS[c] = what;
        }
    }

    private final MarshalInput in;
    private final ArrayList<Object> refs = new ArrayList<>();
    /** The tuple being filled at each nesting level, if any, to reject tuples that contain themselves. */
    private final PyTuple[] filling;
    /**
     * Code units the code objects may still have. Each one's line table is expanded to one entry per
     * unit, so co_code shared through references must not multiply memory: a stream cannot
     * honestly hold more units than it has bytes.
     */
    private long codeUnitsLeft;

    private Marshal(MarshalInput in) {
        this.in = in;
        this.filling = new PyTuple[in.maxDepth()];
        this.codeUnitsLeft = in.length();
    }

    /** The object marshalled at {@code data[offset]}; {@code sourceName} names the data in errors. */
    public static Object load(byte[] data, int offset, String sourceName) {
        try {
            return read(new MarshalInput(data, offset, sourceName, CALLER_STACK_DEPTH));
        } catch (MarshalInput.NeedsLargerStack e) {
            return LargeStack.call(() -> read(new MarshalInput(data, offset, sourceName, MarshalInput.MAX_DEPTH)));
        }
    }

    private static Object read(MarshalInput in) {
        int offset = in.position();
        Object v = new Marshal(in).readObject();
        if (v == null) {
            throw in.badData("NULL object at top level", offset);
        }
        return v;
    }

    /** Like {@link #load}, for data that must hold a code object. */
    public static CodeObject loadCode(byte[] data, int offset, String sourceName) {
        Object v = load(data, offset, sourceName);
        if (v instanceof CodeObject code) {
            return code;
        }
        throw new PycFormatException(Kind.BAD_DATA, sourceName,
                        "bad marshal data: the object at byte " + offset + " is of type " + typeName(v) + ", not a code object");
    }

    static String typeName(Object v) {
        return v == null ? "NULL" : PyErrors.typeName(v);
    }

    /** One object, or null for TYPE_NULL, which only ends a dict. */
    private Object readObject() {
        int start = in.position();
        in.enter();
        int code = in.u8();
        int type = code & ~FLAG_REF;
        boolean flag = (code & FLAG_REF) != 0;
        if (LABELS[type] == null) {
            throw in.badData(String.format("unknown type code 0x%02x", code), start);
        }
        in.describe(LABELS[type]);
        Object v = switch (type) {
            case '0' -> null;
            case 'N' -> PyNone.INSTANCE;
            case 'F' -> Boolean.FALSE;
            case 'T' -> Boolean.TRUE;
            case 'S' -> BuiltinTypes.STOP_ITERATION;
            case '.' -> PyEllipsis.INSTANCE;
            case 'i' -> ref(flag, (long) in.i32());
            case 'I' -> ref(flag, in.i64());
            case 'l' -> ref(flag, readLong(start));
            case 'f' -> ref(flag, readTextFloat());
            case 'g' -> ref(flag, in.f64());
            case 'x' -> ref(flag, new PyComplex(readTextFloat(), readTextFloat()));
            case 'y' -> ref(flag, new PyComplex(in.f64(), in.f64()));
            case 's' -> ref(flag, new PyBytes(in.bytes(in.size("bytes"))));
            case 'u' -> ref(flag, in.utf8(in.size("bytes")));
            case 't' -> ref(flag, in.utf8(in.size("bytes")).intern());
            case 'a' -> ref(flag, in.latin1(in.size("bytes")));
            case 'A' -> ref(flag, in.latin1(in.size("bytes")).intern());
            case 'z' -> ref(flag, in.latin1(in.u8()));
            case 'Z' -> ref(flag, in.latin1(in.u8()).intern());
            case '(' -> readTuple(flag, in.size("items"));
            case ')' -> readTuple(flag, in.u8());
            case '[' -> readList(flag, in.size("items"));
            case '{' -> readDict(flag);
            case '<' -> readSet(flag, in.size("items"));
            case '>' -> readFrozenSet(flag, in.size("items"));
            case 'c' -> readCode(flag, start);
            case 'r' -> readRef(start);
            default -> throw new AssertionError(type);
        };
        in.exit();
        return v;
    }

    private Object ref(boolean flag, Object v) {
        if (flag) {
            refs.add(v);
        }
        return v;
    }

    private int reserveRef(boolean flag) {
        if (!flag) {
            return -1;
        }
        refs.add(RESERVED);
        return refs.size() - 1;
    }

    private <T> T fillRef(int index, T v) {
        if (index >= 0) {
            refs.set(index, v);
        }
        return v;
    }

    /** An item of a container, where NULL is not allowed. */
    private Object readItem(String container) {
        int at = in.position();
        Object v = readObject();
        if (v == null) {
            throw in.badData("NULL object in " + container, at);
        }
        return v;
    }

    /** TYPE_LONG: a signed count of 15-bit digits, least significant first. */
    private Object readLong(int start) {
        int n = in.i32();
        if (n == Integer.MIN_VALUE) {
            throw in.badData("int size out of range", start);
        }
        int digits = Math.abs(n);
        in.claim(2L * digits, digits + " digits");
        if (digits <= 4) {
            // at most 60 bits: the common case, without BigInteger
            long value = 0;
            for (int i = 0; i < digits; i++) {
                value |= (long) readDigit(i == digits - 1) << (15 * i);
            }
            return n < 0 ? -value : value;
        }
        // BigInteger wants big-endian bytes: fill them from the end, 8 bits at a time
        byte[] magnitude = new byte[(15 * digits + 7) / 8];
        int byteIndex = magnitude.length;
        long bits = 0;
        int bitCount = 0;
        for (int i = 0; i < digits; i++) {
            bits |= (long) readDigit(i == digits - 1) << bitCount;
            for (bitCount += 15; bitCount >= 8; bitCount -= 8) {
                magnitude[--byteIndex] = (byte) bits;
                bits >>>= 8;
            }
        }
        if (bitCount > 0) {
            magnitude[--byteIndex] = (byte) bits;
        }
        return PyNumbers.normalize(new BigInteger(Integer.signum(n), magnitude));
    }

    private int readDigit(boolean top) {
        int at = in.position();
        int d = in.u16();
        if (d > 0x7FFF) {
            throw in.badData("int digit out of range", at);
        }
        if (top && d == 0) {
            throw in.badData("unnormalized int (top digit is zero)", at);
        }
        return d;
    }

    /** TYPE_FLOAT, the text form of marshal versions 0 and 1: a length byte, then repr-like text. */
    private double readTextFloat() {
        int at = in.position();
        String text = in.latin1(in.u8()).toLowerCase(Locale.ROOT);
        boolean negative = text.startsWith("-");
        String unsigned = negative || text.startsWith("+") ? text.substring(1) : text;
        if (unsigned.equals("inf") || unsigned.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        } else if (unsigned.equals("nan")) {
            return Math.copySign(Double.NaN, negative ? -1.0 : 1.0);
        } else if (DECIMAL.matcher(text).matches()) {
            return Double.parseDouble(text);
        }
        throw in.badData("float text of " + text.length() + " bytes is not a number", at);
    }

    private PyTuple readTuple(boolean flag, int n) {
        if (n == 0) {
            return (PyTuple) ref(flag, PyTuple.EMPTY);
        }
        // CPython registers the tuple before reading its items, so an item may refer back to it
        Object[] items = new Object[n];
        PyTuple tuple = new PyTuple(items);
        ref(flag, tuple);
        int level = in.depth() - 1;
        filling[level] = tuple;
        for (int i = 0; i < n; i++) {
            items[i] = readItem("a tuple");
        }
        filling[level] = null;
        return tuple;
    }

    private PyList readList(boolean flag, int n) {
        Object[] items = new Object[n];
        PyList list = new PyList(items);
        ref(flag, list);
        for (int i = 0; i < n; i++) {
            items[i] = readItem("a list");
        }
        return list;
    }

    /** Key/value pairs up to a NULL key. A NULL value also ends the dict, dropping its key, as in CPython. */
    private PyDict readDict(boolean flag) {
        PyDict dict = new PyDict();
        ref(flag, dict);
        while (true) {
            int at = in.position();
            Object key = readObject();
            if (key == null) {
                return dict;
            }
            Object value = readObject();
            if (value == null) {
                return dict;
            }
            try {
                dict.put(key, value);
            } catch (PyException e) {
                throw in.badData("unhashable dict key of type " + typeName(key), at, e);
            }
        }
    }

    private PySet readSet(boolean flag, int n) {
        PySet set = new PySet();
        ref(flag, set);
        for (int i = 0; i < n; i++) {
            int at = in.position();
            Object item = readItem("a set");
            try {
                set.add(item);
            } catch (PyException e) {
                throw in.badData("unhashable set item of type " + typeName(item), at, e);
            }
        }
        return set;
    }

    private PyFrozenSet readFrozenSet(boolean flag, int n) {
        if (n == 0) {
            return (PyFrozenSet) ref(flag, PyFrozenSet.EMPTY);
        }
        int at = in.position();
        int index = reserveRef(flag);
        Object[] items = new Object[n];
        for (int i = 0; i < n; i++) {
            items[i] = readItem("a frozenset");
        }
        try {
            return fillRef(index, PyFrozenSet.of(items));
        } catch (PyException e) {
            throw in.badData("unhashable item in the frozenset", at, e);
        }
    }

    private CodeObject readCode(boolean flag, int start) {
        int index = reserveRef(flag);
        CodeFields f = new CodeFields(in, start);
        f.argCount = in.i32();
        f.posOnlyArgCount = in.i32();
        f.kwOnlyArgCount = in.i32();
        f.stackSize = in.i32();
        f.flags = in.i32();
        f.code = readObject();
        f.consts = readObject();
        f.names = readObject();
        f.localsPlusNames = readObject();
        f.localsPlusKinds = readObject();
        f.filename = readObject();
        f.name = readObject();
        f.qualname = readObject();
        f.firstLineNo = in.i32();
        f.lineTable = readObject();
        f.exceptionTable = readObject();
        if (f.code instanceof PyBytes b) {
            codeUnitsLeft -= b.size() / 2;
            if (codeUnitsLeft < 0) {
                throw in.badData("code objects share more bytecode than the data holds", start);
            }
        }
        return fillRef(index, f.build());
    }

    private Object readRef(int start) {
        int n = in.i32();
        if (n < 0 || n >= refs.size()) {
            throw in.badData("invalid reference " + n + " (" + refs.size() + " objects registered so far)", start);
        }
        Object v = refs.get(n);
        if (v == RESERVED) {
            throw in.badData("reference " + n + " to an object that is still being read", start);
        }
        if (v instanceof PyTuple t && closesTupleCycle(t)) {
            // CPython would build it, but hashing or comparing such a tuple never ends
            throw in.badData("reference " + n + " makes a tuple contain itself", start);
        }
        return v;
    }

    /** Whether {@code t} is being filled with only tuples between it and the reference being read. */
    private boolean closesTupleCycle(PyTuple t) {
        for (int level = in.depth() - 2; level >= 0 && filling[level] != null; level--) {
            if (filling[level] == t) {
                return true;
            }
        }
        return false;
    }
}

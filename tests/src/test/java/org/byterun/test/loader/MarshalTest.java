package org.byterun.test.loader;

import org.byterun.test.CPython;
import static java.util.stream.Collectors.joining;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.stream.Stream;

import org.byterun.loader.CodeObject;
import org.byterun.loader.Marshal;
import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.HashStorage;
import org.byterun.runtime.PyBytes;
import org.byterun.runtime.PyComplex;
import org.byterun.runtime.PyDict;
import org.byterun.runtime.PyEllipsis;
import org.byterun.runtime.PyFrozenSet;
import org.byterun.runtime.PyList;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.PySet;
import org.byterun.runtime.PyTuple;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Marshal.load against CPython: marshal_values.py dumps values in every marshal version (plus
 * handmade data for what CPython reads but no longer writes) and says what marshal.loads makes of
 * each; {@link #describe} must say the same of what we load. Descriptions name shared objects
 * ("@2" is the third object visited), so back-references are checked as well as values.
 */
class MarshalTest {
    @TestFactory
    Stream<DynamicTest> loadsWhatCPythonLoads() {
        List<String> cases = CPython.runScript("loader/marshal_values.py").lines().toList();
        assertTrue(cases.size() > 300, "too few cases: " + cases.size());
        return cases.stream().map(line -> {
            String[] fields = line.split("\t", 2);
            String expected = fields[1];
            byte[] data = HexFormat.of().parseHex(fields[0]);
            String name = expected.length() > 70 ? expected.substring(0, 70) + "..." : expected;
            return dynamicTest(name, () -> assertEquals(expected, describe(Marshal.load(data, 0, "case"), new IdentityHashMap<>()),
                            "data " + fields[0]));
        });
    }

    /** The Java side of marshal_values.py's describe(). */
    private static String describe(Object x, IdentityHashMap<Object, Integer> seen) {
        if (reffable(x)) {
            Integer first = seen.get(x);
            if (first != null) {
                return "@" + first;
            }
            seen.put(x, seen.size());
        }
        if (x == PyNone.INSTANCE) {
            return "None";
        } else if (x == PyEllipsis.INSTANCE) {
            return "Ellipsis";
        } else if (x == BuiltinTypes.STOP_ITERATION) {
            return "<class 'StopIteration'>";
        } else if (x instanceof Boolean b) {
            return b ? "True" : "False";
        } else if (x instanceof Long l) {
            return "int:" + l;
        } else if (x instanceof BigInteger b) {
            return (b.bitLength() < 64 ? "unnormalized int:" : "int:") + b;
        } else if (x instanceof Double d) {
            return "float:" + bits(d);
        } else if (x instanceof PyComplex c) {
            return "complex:" + bits(c.real) + "," + bits(c.imag);
        } else if (x instanceof PyBytes b) {
            return "bytes:" + HexFormat.of().formatHex(b.bytes());
        } else if (x instanceof String s) {
            return "str:" + s.codePoints().mapToObj(Integer::toHexString).collect(joining(","));
        } else if (x instanceof PyTuple t) {
            return "(" + describeAll(t.items(), seen) + ")";
        } else if (x instanceof PyList l) {
            return "[" + describeAll(l.toArray(), seen) + "]";
        } else if (x instanceof PyDict d) {
            StringBuilder sb = new StringBuilder("{");
            HashStorage s = d.storage();
            for (int i = 0; i < s.capacityUsed(); i++) {
                if (s.keyAt(i) != null) {
                    sb.append(sb.length() > 1 ? " " : "").append(describe(s.keyAt(i), seen)).append(':').append(describe(s.valueAt(i), seen));
                }
            }
            return sb.append('}').toString();
        } else if (x instanceof PySet s) {
            return "set{" + describeSorted(s.storage().keysArray()) + "}";
        } else if (x instanceof PyFrozenSet s) {
            return "frozenset{" + describeSorted(s.storage().keysArray()) + "}";
        } else if (x instanceof CodeObject c) {
            Object[] nameAndConsts = new Object[c.consts.length + 1];
            nameAndConsts[0] = c.name;
            System.arraycopy(c.consts, 0, nameAndConsts, 1, c.consts.length);
            return "code<" + describeAll(nameAndConsts, seen) + ">";
        }
        throw new AssertionError("unexpected " + x.getClass());
    }

    /** Objects whose identity only marshal references decide: Java and CPython cache neither. */
    private static boolean reffable(Object x) {
        if (x instanceof Long l) {
            return l < -128 || l > 256;
        } else if (x instanceof PyBytes b) {
            return b.size() > 1;
        } else if (x instanceof PyTuple t) {
            return t.size() > 0;
        } else if (x instanceof PyFrozenSet s) {
            return s.size() > 0;
        }
        return x instanceof BigInteger || x instanceof Double || x instanceof PyComplex || x instanceof PyList || x instanceof PyDict ||
                        x instanceof PySet || x instanceof CodeObject;
    }

    private static String describeAll(Object[] items, IdentityHashMap<Object, Integer> seen) {
        return Arrays.stream(items).map(i -> describe(i, seen)).collect(joining(" "));
    }

    /** Set items in sorted order, each described on its own, as CPython's iteration order is its hash table's. */
    private static String describeSorted(Object[] items) {
        return Arrays.stream(items).map(i -> describe(i, new IdentityHashMap<>())).sorted().collect(joining(" "));
    }

    /** The float's bytes, little-endian, as struct.pack('<d', x).hex() prints them. */
    private static String bits(double d) {
        return String.format("%016x", Long.reverseBytes(Double.doubleToRawLongBits(d)));
    }
}

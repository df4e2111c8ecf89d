package org.byterun.builtins;

import java.math.BigInteger;

import org.byterun.ByteRunContext;
import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.PyAbstractSet;
import org.byterun.runtime.PyBuiltinFunction;
import org.byterun.runtime.PyBytes;
import org.byterun.runtime.PyComplex;
import org.byterun.runtime.PyDict;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyList;
import org.byterun.runtime.PyModule;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.PyNumbers;
import org.byterun.runtime.PyRange;
import org.byterun.runtime.PyTuple;
import org.byterun.runtime.PyType;
import org.byterun.runtime.Repr;

/** The {@code builtins} module: builtin functions, types and exception classes. */
public final class BuiltinsModule {
    private BuiltinsModule() {
    }

    public static PyModule create() {
        BuiltinMethods.install();
        PyModule m = new PyModule("builtins");
        for (PyType t : new PyType[]{BuiltinTypes.OBJECT, BuiltinTypes.TYPE, BuiltinTypes.INT, BuiltinTypes.BOOL, BuiltinTypes.FLOAT,
                        BuiltinTypes.COMPLEX, BuiltinTypes.STR, BuiltinTypes.BYTES, BuiltinTypes.BYTEARRAY, BuiltinTypes.TUPLE, BuiltinTypes.LIST, BuiltinTypes.DICT,
                        BuiltinTypes.SET, BuiltinTypes.FROZENSET, BuiltinTypes.RANGE, BuiltinTypes.SLICE, BuiltinTypes.PROPERTY,
                        BuiltinTypes.CLASSMETHOD, BuiltinTypes.STATICMETHOD, BuiltinTypes.SUPER}) {
            m.setAttribute(t.getName(), t);
        }
        for (PyType t : BuiltinTypes.EXCEPTION_TYPES) {
            m.setAttribute(t.getName(), t);
        }
        m.setAttribute("None", PyNone.INSTANCE);
        m.setAttribute("Ellipsis", org.byterun.runtime.PyEllipsis.INSTANCE);
        m.setAttribute("NotImplemented", org.byterun.runtime.PyNotImplemented.INSTANCE);
        m.setAttribute("__debug__", Boolean.TRUE);
        add(m, "print", BuiltinsModule::print);
        add(m, "__build_class__", BuildClass::buildClass);
        add(m, "len", (args, kwNames, kwValues) -> {
            Args.noKeywords("len", kwNames);
            Args.exactly("len", args, 1);
            return len(args[0]);
        });
        add(m, "repr", (args, kwNames, kwValues) -> {
            Args.noKeywords("repr", kwNames);
            Args.exactly("repr", args, 1);
            return Repr.repr(args[0]);
        });
        add(m, "abs", (args, kwNames, kwValues) -> {
            Args.noKeywords("abs", kwNames);
            Args.exactly("abs", args, 1);
            return abs(args[0]);
        });
        add(m, "isinstance", (args, kwNames, kwValues) -> {
            Args.noKeywords("isinstance", kwNames);
            Args.exactly("isinstance", args, 2);
            return org.byterun.runtime.InstanceChecks.isInstance(args[0], args[1]);
        });
        CompileBuiltins.install(m);
        NumberBuiltins.install(m);
        BuiltinFunctions.install(m);
        FormatBuiltin.install(m);
        AsyncBuiltins.install(m);
        return m;
    }

    private static void add(PyModule m, String name, PyBuiltinFunction.Body body) {
        m.setAttribute(name, new PyBuiltinFunction(name, null, body));
    }

    private static Object print(Object[] args, String[] kwNames, Object[] kwValues) {
        String sep = " ";
        String end = "\n";
        boolean flush = false;
        Object file = PyNone.INSTANCE;
        for (int i = 0; i < kwNames.length; i++) {
            Object v = kwValues[i];
            switch (kwNames[i]) {
                case "sep" -> sep = v == PyNone.INSTANCE ? " " : stringArg("sep", v);
                case "end" -> end = v == PyNone.INSTANCE ? "\n" : stringArg("end", v);
                case "flush" -> flush = org.byterun.runtime.Truthiness.isTrue(v);
                case "file" -> file = v;
                default -> throw PyErrors.typeError("print() got an unexpected keyword argument '" + kwNames[i] + "'");
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(Repr.str(args[i]));
        }
        sb.append(end);
        if (file == PyNone.INSTANCE) {
            // print writes to whatever sys.stdout is now
            file = ByteRunContext.get(null).getModule("sys").getAttribute("stdout");
        }
        StdStreams.writeTo(file, sb.toString());
        if (flush) {
            Object flushMethod = org.byterun.runtime.Attributes.findAttribute(file, "flush");
            if (flushMethod != null) {
                org.byterun.nodes.Calls.call(flushMethod);
            }
        }
        return PyNone.INSTANCE;
    }

    private static String stringArg(String name, Object v) {
        if (v instanceof String s) {
            return s;
        }
        throw PyErrors.typeError(name + " must be None or a string, not " + PyErrors.typeName(v));
    }

    static long len(Object o) {
        if (o instanceof String s) {
            return s.codePointCount(0, s.length());
        } else if (o instanceof PyList l) {
            return l.size();
        } else if (o instanceof PyTuple t) {
            return t.size();
        } else if (o instanceof PyDict d) {
            return d.size();
        } else if (o instanceof PyAbstractSet s) {
            return s.size();
        } else if (o instanceof PyBytes b) {
            return b.size();
        } else if (o instanceof PyRange r) {
            return r.length();
        } else if (o instanceof org.byterun.runtime.PyByteArray b) {
            return b.size();
        } else if (o instanceof org.byterun.runtime.PyDictView v) {
            return v.size();
        } else if (o instanceof org.byterun.runtime.PyMappingProxy p) {
            return p.mapping().size();
        }
        return org.byterun.runtime.SpecialMethods.len(o);
    }

    private static Object abs(Object o) {
        if (o instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (o instanceof Long l) {
            return l == Long.MIN_VALUE ? BigInteger.valueOf(l).negate() : (Object) Math.abs(l);
        } else if (o instanceof BigInteger b) {
            return PyNumbers.normalize(b.abs());
        } else if (o instanceof Double d) {
            return Math.abs(d);
        } else if (o instanceof PyComplex c) {
            return Math.hypot(c.real, c.imag);
        }
        Object r = org.byterun.runtime.SpecialMethods.call(o, "__abs__");
        if (r != null) {
            return r;
        }
        throw PyErrors.typeError("bad operand type for abs(): '" + PyErrors.typeName(o) + "'");
    }
}

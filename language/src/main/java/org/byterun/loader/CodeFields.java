package org.byterun.loader;

import org.byterun.loader.PycFormatException.Kind;
import org.byterun.runtime.PyBytes;
import org.byterun.runtime.PyTuple;

/**
 * A code object's fields as unmarshalled, turned into a {@link CodeObject} after the checks CPython
 * makes (_PyCode_Validate, and intern_strings for the name tuples) plus a range check of the
 * exception table, so that the interpreter can trust every code object it is given.
 */
final class CodeFields {
    int argCount;
    int posOnlyArgCount;
    int kwOnlyArgCount;
    int stackSize;
    int flags;
    Object code;
    Object consts;
    Object names;
    Object localsPlusNames;
    Object localsPlusKinds;
    Object filename;
    Object name;
    Object qualname;
    int firstLineNo;
    Object lineTable;
    Object exceptionTable;

    private final MarshalInput in;
    /** Where the code object starts, for messages. */
    private final int start;

    CodeFields(MarshalInput in, int start) {
        this.in = in;
        this.start = start;
    }

    CodeObject build() {
        byte[] codeBytes = bytes(code, "co_code").bytes();
        if (codeBytes.length % 2 != 0) {
            throw fail("co_code has an odd length " + codeBytes.length, null);
        }
        Object[] constArray = tuple(consts, "co_consts").items();
        String[] nameArray = strings(names, "co_names");
        String[] plusNames = strings(localsPlusNames, "co_localsplusnames");
        byte[] kinds = bytes(localsPlusKinds, "co_localspluskinds").bytes();
        if (kinds.length != plusNames.length) {
            throw fail("co_localspluskinds has " + kinds.length + " kinds for " + plusNames.length + " names", null);
        }
        String file = str(filename, "co_filename");
        String codeName = str(name, "co_name");
        String qualifiedName = str(qualname, "co_qualname");
        PyBytes lines = bytes(lineTable, "co_linetable");
        PyBytes handlers = bytes(exceptionTable, "co_exceptiontable");
        if (posOnlyArgCount < 0 || argCount < posOnlyArgCount || kwOnlyArgCount < 0 || stackSize < 0 || flags < 0) {
            throw fail(String.format("bad header: argcount %d, posonlyargcount %d, kwonlyargcount %d, stacksize %d, flags 0x%x",
                            argCount, posOnlyArgCount, kwOnlyArgCount, stackSize, flags), null);
        }
        checkArgumentsHaveNames(kinds);
        CodeObject result;
        try {
            result = new CodeObject(argCount, posOnlyArgCount, kwOnlyArgCount, stackSize, flags, codeBytes, constArray,
                            nameArray, plusNames, kinds, file, codeName, qualifiedName, firstLineNo, lines, handlers);
        } catch (IllegalArgumentException e) {
            throw fail(e.getMessage(), e);
        }
        checkHandlersInCode(result);
        return result;
    }

    /** CPython's "co_varnames is too small": every argument needs a local slot. */
    private void checkArgumentsHaveNames(byte[] kinds) {
        int locals = 0;
        for (byte kind : kinds) {
            if ((kind & CodeObject.CO_FAST_LOCAL) != 0) {
                locals++;
            }
        }
        long args = (long) argCount + kwOnlyArgCount + ((flags & CodeObject.CO_VARARGS) != 0 ? 1 : 0) +
                        ((flags & CodeObject.CO_VARKEYWORDS) != 0 ? 1 : 0);
        if (locals < args) {
            throw fail("co_varnames is too small: " + locals + " locals for " + args + " arguments", null);
        }
    }

    /** CPython trusts the exception table; we check it so that a handler jump cannot leave the code. */
    private void checkHandlersInCode(CodeObject c) {
        ExceptionTable t = c.exceptionTable;
        int units = c.codeUnits();
        for (int i = 0; i < t.size(); i++) {
            if (t.start(i) < 0 || t.start(i) > t.end(i) || t.end(i) > units || t.target(i) < 0 || t.target(i) >= units) {
                throw fail("exception table entry " + i + " (units " + t.start(i) + " to " + t.end(i) + ", target " + t.target(i) +
                                ") does not fit in " + units + " code units", null);
            }
        }
    }

    private PyBytes bytes(Object v, String field) {
        if (v instanceof PyBytes b) {
            return b;
        }
        throw fail(field + " should be bytes, not " + Marshal.typeName(v), null);
    }

    private PyTuple tuple(Object v, String field) {
        if (v instanceof PyTuple t) {
            return t;
        }
        throw fail(field + " should be a tuple, not " + Marshal.typeName(v), null);
    }

    private String str(Object v, String field) {
        if (v instanceof String s) {
            return s;
        }
        throw fail(field + " should be a str, not " + Marshal.typeName(v), null);
    }

    private String[] strings(Object v, String field) {
        Object[] items = tuple(v, field).items();
        String[] out = new String[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof String s)) {
                throw fail(field + " should hold only str, not " + Marshal.typeName(items[i]), null);
            }
            out[i] = s;
        }
        return out;
    }

    private PycFormatException fail(String problem, Throwable cause) {
        String which = name instanceof String s ? "code object '" + s + "'" : "code object";
        return new PycFormatException(Kind.BAD_DATA, in.fileName(),
                        "bad marshal data: " + which + " at byte " + start + ": " + problem, cause);
    }
}

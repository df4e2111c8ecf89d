package org.byterun;

import org.byterun.loader.FrontendSyntaxError;
import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.PyBaseException;
import org.byterun.runtime.PyException;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.PyTuple;
import org.byterun.runtime.PyType;

/** Turns a compile error reported by CPython's front end into the Python exception CPython raises. */
public final class CompileErrors {
    private CompileErrors() {
    }

    public static PyException toPython(FrontendSyntaxError e) {
        PyType type = switch (e.typeName) {
            case "IndentationError" -> BuiltinTypes.INDENTATION_ERROR;
            case "TabError" -> BuiltinTypes.TAB_ERROR;
            case "ValueError" -> BuiltinTypes.VALUE_ERROR;
            default -> BuiltinTypes.SYNTAX_ERROR;
        };
        PyBaseException exc;
        if (type.isSubtypeOf(BuiltinTypes.SYNTAX_ERROR)) {
            Object details = PyTuple.of(orNone(e.filename), orNone(e.lineno), orNone(e.offset), orNone(e.text), orNone(e.endLineno), orNone(e.endOffset));
            exc = new PyBaseException(type, PyTuple.of(e.msg, details));
            exc.setAttribute("msg", e.msg);
            exc.setAttribute("filename", orNone(e.filename));
            exc.setAttribute("lineno", orNone(e.lineno));
            exc.setAttribute("offset", orNone(e.offset));
            exc.setAttribute("text", orNone(e.text));
            exc.setAttribute("end_lineno", orNone(e.endLineno));
            exc.setAttribute("end_offset", orNone(e.endOffset));
            // CPython prints SyntaxError as its own caret block, which the front end rendered
            exc.setPrintedForm(e.formatted);
        } else {
            exc = new PyBaseException(type, PyTuple.of(e.msg));
        }
        return new PyException(exc);
    }

    private static Object orNone(Object v) {
        if (v == null) {
            return PyNone.INSTANCE;
        }
        return v instanceof Integer i ? (Object) (long) i : v;
    }
}

package org.byterun.builtins;

import static org.byterun.builtins.BuiltinMethods.method;
import static org.byterun.builtins.BuiltinMethods.self;

import java.util.Arrays;

import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.PyBaseException;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyGetSetDescriptor;
import org.byterun.runtime.PyList;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.PyTraceback;
import org.byterun.runtime.PyTuple;
import org.byterun.runtime.PyType;

/** Creating exceptions as CPython's BaseException.__init__ and its subclasses do, and their methods. */
public final class ExceptionInit {
    private ExceptionInit() {
    }

    static void install() {
        BuiltinTypes.BASE_EXCEPTION.setAttribute("args",
                        new org.byterun.runtime.PyGetSetDescriptor("args", BuiltinTypes.BASE_EXCEPTION, self -> ((PyBaseException) self).getArgs()));
        method(BuiltinTypes.BASE_EXCEPTION, "add_note", (args, kwNames, kwValues) -> {
            Args.noKeywords("add_note", kwNames);
            Args.exactly("add_note", args, 2);
            addNote((PyBaseException) self(args, BuiltinTypes.BASE_EXCEPTION, "add_note"), args[1]);
            return PyNone.INSTANCE;
        });
        method(BuiltinTypes.BASE_EXCEPTION, "with_traceback", (args, kwNames, kwValues) -> {
            Args.noKeywords("with_traceback", kwNames);
            Args.exactly("with_traceback", args, 2);
            PyBaseException e = (PyBaseException) self(args, BuiltinTypes.BASE_EXCEPTION, "with_traceback");
            e.setTracebackObject(args[1]);
            return e;
        });
        installTraceback();
    }

    /** BaseException.add_note: appends to __notes__, which it creates if absent. */
    public static void addNote(PyBaseException e, Object note) {
        if (!(note instanceof String)) {
            throw PyErrors.typeError("note must be a str, not '" + PyErrors.typeName(note) + "'");
        }
        Object notes = e.getAttribute("__notes__");
        if (notes == null) {
            notes = new PyList();
            e.setAttribute("__notes__", notes);
        } else if (!(notes instanceof PyList)) {
            throw PyErrors.typeError("Cannot add note: __notes__ is not a list");
        }
        ((PyList) notes).append(note);
    }

    /** The attributes of traceback objects (tb_frame needs frame objects, which ByteRun does not have). */
    private static void installTraceback() {
        PyType t = PyTraceback.TYPE;
        t.setAttribute("tb_next", new PyGetSetDescriptor("tb_next", t, self -> ((PyTraceback) self).getNextOrNone()).withSetter((self, value) -> {
            if (value == null) {
                throw PyErrors.typeError("can't delete tb_next attribute");
            }
            ((PyTraceback) self).setNext(value);
        }));
        t.setAttribute("tb_lineno", new PyGetSetDescriptor("tb_lineno", t, self -> (long) ((PyTraceback) self).getEntry().line(), "member"));
        t.setAttribute("tb_lasti", new PyGetSetDescriptor("tb_lasti", t, self -> (long) ((PyTraceback) self).getLasti(), "member"));
        t.setAttribute("tb_frame", new PyGetSetDescriptor("tb_frame", t, self -> {
            throw PyErrors.notImplemented("frame objects (tb_frame)");
        }, "member"));
    }

    /** {@code type(*args, **kwargs)} for an exception class. */
    public static PyBaseException construct(PyType type, Object[] args, String[] kwNames, Object[] kwValues) {
        if (type.isSubtypeOf(BuiltinTypes.OS_ERROR)) {
            Args.noKeywords(type.getName(), kwNames);
            return osError(type, args);
        }
        if (type.isSubtypeOf(BuiltinTypes.BASE_EXCEPTION_GROUP)) {
            return ExceptionGroups.construct(type, args, kwNames, kwValues);
        }
        PyBaseException e = new PyBaseException(type, PyTuple.of(args.clone()));
        if (type.isSubtypeOf(BuiltinTypes.IMPORT_ERROR)) {
            e.setAttribute("name", keyword(type, kwNames, kwValues, "name", "path"));
            e.setAttribute("path", keyword(type, kwNames, kwValues, "path", "name"));
            e.setAttribute("msg", args.length == 1 ? args[0] : PyNone.INSTANCE);
        } else if (type.isSubtypeOf(BuiltinTypes.ATTRIBUTE_ERROR)) {
            e.setAttribute("name", keyword(type, kwNames, kwValues, "name", "obj"));
            e.setAttribute("obj", keyword(type, kwNames, kwValues, "obj", "name"));
        } else if (type.isSubtypeOf(BuiltinTypes.NAME_ERROR)) {
            e.setAttribute("name", keyword(type, kwNames, kwValues, "name"));
        } else {
            Args.noKeywords(type.getName(), kwNames);
        }
        if (type.isSubtypeOf(BuiltinTypes.SYSTEM_EXIT)) {
            e.setAttribute("code", args.length == 0 ? PyNone.INSTANCE : args.length == 1 ? args[0] : e.getArgs());
        } else if (type.isSubtypeOf(BuiltinTypes.STOP_ITERATION)) {
            e.setAttribute("value", args.length == 0 ? PyNone.INSTANCE : args[0]);
        } else if (type.isSubtypeOf(BuiltinTypes.SYNTAX_ERROR)) {
            e.setAttribute("msg", args.length >= 1 ? args[0] : PyNone.INSTANCE);
            String[] fields = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
            Object[] details = args.length == 2 && args[1] instanceof PyTuple t ? t.items() : new Object[0];
            for (int i = 0; i < fields.length; i++) {
                e.setAttribute(fields[i], i < details.length ? details[i] : PyNone.INSTANCE);
            }
        }
        return e;
    }

    private static Object keyword(PyType type, String[] kwNames, Object[] kwValues, String name, String... others) {
        Object v = Args.keyword(type.getName(), kwNames, kwValues, name, others);
        return v == null ? PyNone.INSTANCE : v;
    }

    /** OSError(errno, strerror[, filename[, winerror[, filename2]]]), picking the subclass for errno as CPython does. */
    private static PyBaseException osError(PyType type, Object[] args) {
        PyType actual = type;
        if (type == BuiltinTypes.OS_ERROR && args.length >= 2 && args[0] instanceof Long errno) {
            actual = subclassFor(errno);
        }
        Object[] shown = args.length >= 3 && args.length <= 5 ? Arrays.copyOf(args, 2) : args.clone();
        PyBaseException e = new PyBaseException(actual, PyTuple.of(shown));
        boolean structured = args.length >= 2 && args.length <= 5;
        e.setAttribute("errno", structured ? args[0] : PyNone.INSTANCE);
        e.setAttribute("strerror", structured ? args[1] : PyNone.INSTANCE);
        e.setAttribute("filename", structured && args.length >= 3 ? args[2] : PyNone.INSTANCE);
        e.setAttribute("filename2", structured && args.length >= 5 ? args[4] : PyNone.INSTANCE);
        return e;
    }

    private static PyType subclassFor(long errno) {
        return switch ((int) errno) {
            case 1, 13 -> BuiltinTypes.PERMISSION_ERROR;
            case 2 -> BuiltinTypes.FILE_NOT_FOUND_ERROR;
            case 3 -> BuiltinTypes.PROCESS_LOOKUP_ERROR;
            case 4 -> BuiltinTypes.INTERRUPTED_ERROR;
            case 10 -> BuiltinTypes.CHILD_PROCESS_ERROR;
            case 11, 114, 115 -> BuiltinTypes.BLOCKING_IO_ERROR;
            case 17 -> BuiltinTypes.FILE_EXISTS_ERROR;
            case 20 -> BuiltinTypes.NOT_A_DIRECTORY_ERROR;
            case 21 -> BuiltinTypes.IS_A_DIRECTORY_ERROR;
            case 32, 108 -> BuiltinTypes.BROKEN_PIPE_ERROR;
            case 103 -> BuiltinTypes.CONNECTION_ABORTED_ERROR;
            case 104 -> BuiltinTypes.CONNECTION_RESET_ERROR;
            case 110 -> BuiltinTypes.TIMEOUT_ERROR;
            case 111 -> BuiltinTypes.CONNECTION_REFUSED_ERROR;
            default -> BuiltinTypes.OS_ERROR;
        };
    }
}

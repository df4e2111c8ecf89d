package org.byterun.builtins;

import static org.byterun.builtins.BuiltinFunctions.add;

import java.util.TreeSet;

import org.byterun.loader.CodeObject;
import org.byterun.nodes.CallerFrames;
import org.byterun.nodes.FrameArgs;
import org.byterun.runtime.Comparison;
import org.byterun.runtime.PyBaseException;
import org.byterun.runtime.PyCell;
import org.byterun.runtime.PyDict;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyFunction;
import org.byterun.runtime.PyList;
import org.byterun.runtime.PyModule;
import org.byterun.runtime.PyObjects;
import org.byterun.runtime.PyType;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Builtins that look at namespaces: globals, locals, vars and dir. */
final class ScopeBuiltins {
    private ScopeBuiltins() {
    }

    static void install(PyModule m) {
        add(m, "globals", (args, kwNames, kwValues) -> {
            noArguments("globals", args, kwNames);
            return FrameArgs.globals(CallerFrames.caller().frame().getArguments());
        });
        add(m, "locals", (args, kwNames, kwValues) -> {
            noArguments("locals", args, kwNames);
            return callerLocals();
        });
        add(m, "vars", (args, kwNames, kwValues) -> {
            Args.noKeywords("vars", kwNames);
            Args.range("vars", args, 0, 1);
            return args.length == 0 ? callerLocals() : vars(args[0]);
        });
        add(m, "dir", (args, kwNames, kwValues) -> {
            Args.noKeywords("dir", kwNames);
            Args.range("dir", args, 0, 1);
            return args.length == 0 ? sortedNames(callerLocals()) : dir(args[0]);
        });
    }

    private static void noArguments(String name, Object[] args, String[] kwNames) {
        Args.noKeywords(name, kwNames);
        if (args.length != 0) {
            throw PyErrors.typeError(name + "() takes no arguments (" + args.length + " given)");
        }
    }

    private static Object vars(Object o) {
        if (o instanceof PyModule mod) {
            return mod.getDict();
        } else if (o instanceof PyBaseException && !org.byterun.runtime.SpecialMethods.hasHeapType(o)) {
            throw PyErrors.notImplemented("vars() of a " + PyErrors.typeName(o) + " (its __dict__)");
        }
        Object dict = org.byterun.runtime.Attributes.findAttribute(o, "__dict__");
        if (dict == null) {
            throw PyErrors.typeError("vars() argument must have __dict__ attribute");
        }
        return dict;
    }

    /** dir(o): the object's own __dir__ if its class defines one, sorted; else the default. */
    @TruffleBoundary
    private static PyList dir(Object o) {
        if (org.byterun.runtime.SpecialMethods.hasHeapType(o)) {
            Object own = org.byterun.runtime.SpecialMethods.call(o, "__dir__");
            PyList list = new PyList();
            org.byterun.runtime.PyIterators.PyIterator it = org.byterun.runtime.Iteration.getIterator(own);
            for (Object v = it.next(); v != null; v = it.next()) {
                list.append(v);
            }
            org.byterun.runtime.Sorting.sort(list.getArray(), list.size(), org.byterun.runtime.PyNone.INSTANCE, false);
            return list;
        }
        return defaultDir(o);
    }

    /**
     * object.__dir__ and type.__dir__: a module's names; a class's names along its MRO; an instance's
     * own attributes plus its class's.
     */
    @TruffleBoundary
    static PyList defaultDir(Object o) {
        if (o instanceof PyModule mod) {
            return sortedNames(mod.getDict());
        }
        PyType type = o instanceof PyType t ? t : PyObjects.typeOf(o);
        TreeSet<String> names = new TreeSet<>(Comparison::compareCodePoints);
        for (PyType t : type.getMro()) {
            names.addAll(java.util.Arrays.asList(t.getOwnAttributeNames()));
        }
        if (o instanceof org.byterun.runtime.PyInstance inst && type.instancesHaveDict()) {
            for (Object k : inst.getDict().storage().keysArray()) {
                if (k instanceof String s) {
                    names.add(s);
                }
            }
        }
        // object's __class__ descriptor, which every MRO ends with
        names.add("__class__");
        return new PyList(names.toArray());
    }

    @TruffleBoundary
    private static PyList sortedNames(PyDict namespace) {
        TreeSet<String> names = new TreeSet<>(Comparison::compareCodePoints);
        for (Object k : namespace.storage().keysArray()) {
            if (k instanceof String s) {
                names.add(s);
            }
        }
        return new PyList(names.toArray());
    }

    /**
     * locals(): in a function, a fresh dict of the bound local variables (cells read through), as
     * CPython 3.13 returns a snapshot; in a module or class body its namespace, except inside an
     * inlined comprehension, where CPython shows only the comprehension's live variables.
     */
    @TruffleBoundary
    private static PyDict callerLocals() {
        CallerFrames.Caller caller = CallerFrames.caller();
        Object[] arguments = caller.frame().getArguments();
        PyDict fast = CallerFrames.localsSnapshot(caller.frame(), caller.code());
        if (arguments[FrameArgs.FUNCTION] != null || fast.size() > 0) {
            return fast;
        }
        return arguments[FrameArgs.LOCALS] instanceof PyDict d ? d : FrameArgs.globals(arguments);
    }

}

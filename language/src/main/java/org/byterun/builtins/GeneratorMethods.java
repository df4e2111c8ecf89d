package org.byterun.builtins;

import java.util.Arrays;

import org.byterun.nodes.AsyncGenerators;
import org.byterun.nodes.Generators;
import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.PyAsyncGenAwaitable;
import org.byterun.runtime.PyCoroutineWrapper;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyException;
import org.byterun.runtime.PyGenerator;
import org.byterun.runtime.PyGetSetDescriptor;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.PyType;

/** The methods and attributes of generators and coroutines (gi_* and cr_* name the same state). */
final class GeneratorMethods {
    private GeneratorMethods() {
    }

    static void install() {
        PyType gen = BuiltinTypes.GENERATOR;
        PyType coro = BuiltinTypes.COROUTINE;
        PyType agen = BuiltinTypes.ASYNC_GENERATOR;
        methods(gen, "generator");
        methods(coro, "coroutine");
        attributes(gen, "gi_", "generator");
        attributes(coro, "cr_", "coroutine");
        attributes(agen, "ag_", "async generator");
        getter(agen, "ag_running", PyGenerator::isAsyncRunning);
        getter(agen, "ag_await", g -> delegate(g));
        asyncGenerator(agen);
        for (PyType t : new PyType[]{gen, coro, agen}) {
            t.setAttribute("__doc__", PyNone.INSTANCE); // a generator does not show its function's docstring
        }
        BuiltinMethods.method(gen, "__iter__", (args, kwNames, kwValues) -> {
            Args.exactly("__iter__", Arrays.copyOfRange(args, 1, args.length), 0);
            return self(gen, args, "__iter__");
        });
        BuiltinMethods.method(gen, "__next__", (args, kwNames, kwValues) -> {
            Args.noKeywords("__next__", kwNames);
            if (args.length != 1) {
                throw PyErrors.typeError("expected 0 arguments, got " + (args.length - 1));
            }
            return Generators.send(self(gen, args, "__next__"), PyNone.INSTANCE);
        });
        getter(gen, "gi_yieldfrom", g -> delegate(g));
        getter(coro, "cr_await", g -> delegate(g));
        getter(coro, "cr_origin", g -> PyNone.INSTANCE); // origin tracking is off, as by default
        BuiltinMethods.method(coro, "__await__", (args, kwNames, kwValues) -> {
            Args.exactly("__await__", Arrays.copyOfRange(args, 1, args.length), 0);
            return new PyCoroutineWrapper(self(coro, args, "__await__"));
        });
        installWrapper();
        installFrame();
    }

    /** send, throw and close. */
    private static void methods(PyType t, String kind) {
        BuiltinMethods.method(t, "send", (args, kwNames, kwValues) -> {
            Args.noKeywords(kind + ".send", kwNames);
            PyGenerator g = self(t, args, "send");
            if (args.length != 2) {
                throw PyErrors.typeError(kind + ".send() takes exactly one argument (" + (args.length - 1) + " given)");
            }
            return Generators.send(g, args[1]);
        });
        BuiltinMethods.method(t, "throw", (args, kwNames, kwValues) -> {
            Args.noKeywords(kind + ".throw", kwNames);
            PyGenerator g = self(t, args, "throw");
            return throwInto(g, args);
        });
        BuiltinMethods.method(t, "close", (args, kwNames, kwValues) -> {
            Args.noKeywords(kind + ".close", kwNames);
            if (args.length != 1) {
                throw PyErrors.typeError(kind + ".close() takes no arguments (" + (args.length - 1) + " given)");
            }
            return Generators.close(self(t, args, "close"));
        });
    }

    /** The running/suspended/code/frame attributes, __name__ and __qualname__. */
    private static void attributes(PyType t, String prefix, String kind) {
        getter(t, prefix + "running", g -> g.getState() == PyGenerator.State.RUNNING);
        getter(t, prefix + "suspended", g -> g.getState() == PyGenerator.State.SUSPENDED);
        getter(t, prefix + "code", PyGenerator::getCode);
        getter(t, prefix + "frame", g -> g.getState() == PyGenerator.State.CLOSED ? PyNone.INSTANCE : g.getFrameObject());
        t.setAttribute("__name__", new PyGetSetDescriptor("__name__", t, self -> ((PyGenerator) self).getName()).withSetter((self, v) -> {
            if (!(v instanceof String s)) {
                throw PyErrors.typeError("__name__ must be set to a string object");
            }
            ((PyGenerator) self).setName(s);
        }));
        t.setAttribute("__qualname__", new PyGetSetDescriptor("__qualname__", t, self -> ((PyGenerator) self).getQualname()).withSetter((self, v) -> {
            if (!(v instanceof String s)) {
                throw PyErrors.typeError("__qualname__ must be set to a string object");
            }
            ((PyGenerator) self).setQualname(s);
        }));
    }

    /** throw(value) or throw(type[, value[, traceback]]), with CPython's argument count check. */
    private static Object throwInto(PyGenerator g, Object[] args) {
        checkThrowArgs(args);
        return Generators.throwInto(g, args[1], args.length > 2 ? args[2] : null, args.length > 3 ? args[3] : null);
    }

    private static void checkThrowArgs(Object[] args) {
        if (args.length < 2) {
            throw PyErrors.typeError("throw expected at least 1 argument, got " + (args.length - 1));
        }
        if (args.length > 4) {
            throw PyErrors.typeError("throw expected at most 3 arguments, got " + (args.length - 1));
        }
    }

    /** The async generator protocol: __aiter__, __anext__, asend, athrow, aclose, and the awaitables they return. */
    private static void asyncGenerator(PyType agen) {
        BuiltinMethods.method(agen, "__aiter__", (args, kwNames, kwValues) -> self(agen, args, "__aiter__"));
        BuiltinMethods.method(agen, "__anext__", (args, kwNames, kwValues) -> PyAsyncGenAwaitable.asend(self(agen, args, "__anext__"), PyNone.INSTANCE));
        BuiltinMethods.method(agen, "asend", (args, kwNames, kwValues) -> {
            PyGenerator g = self(agen, args, "asend");
            if (args.length != 2) {
                throw PyErrors.typeError("async_generator.asend() takes exactly one argument (" + (args.length - 1) + " given)");
            }
            return PyAsyncGenAwaitable.asend(g, args[1]);
        });
        BuiltinMethods.method(agen, "athrow", (args, kwNames, kwValues) -> {
            PyGenerator g = self(agen, args, "athrow");
            return PyAsyncGenAwaitable.athrow(g, Arrays.copyOfRange(args, 1, args.length));
        });
        BuiltinMethods.method(agen, "aclose", (args, kwNames, kwValues) -> {
            Args.exactly("aclose", Arrays.copyOfRange(args, 1, args.length), 0);
            return PyAsyncGenAwaitable.athrow(self(agen, args, "aclose"), null);
        });
        for (PyType t : new PyType[]{BuiltinTypes.ASYNC_GENERATOR_ASEND, BuiltinTypes.ASYNC_GENERATOR_ATHROW}) {
            BuiltinMethods.method(t, "__await__", (args, kwNames, kwValues) -> BuiltinMethods.self(args, t, "__await__"));
            BuiltinMethods.method(t, "__iter__", (args, kwNames, kwValues) -> BuiltinMethods.self(args, t, "__iter__"));
            BuiltinMethods.method(t, "__next__", (args, kwNames, kwValues) -> AsyncGenerators.send(awaitable(t, args, "__next__"), PyNone.INSTANCE));
            BuiltinMethods.method(t, "send", (args, kwNames, kwValues) -> {
                Args.exactly("send", Arrays.copyOfRange(args, 1, args.length), 1);
                return AsyncGenerators.send(awaitable(t, args, "send"), args[1]);
            });
            BuiltinMethods.method(t, "throw", (args, kwNames, kwValues) -> {
                PyAsyncGenAwaitable a = awaitable(t, args, "throw");
                checkThrowArgs(args);
                return AsyncGenerators.throwInto(a, new PyException(Generators.makeException(args[1], args.length > 2 ? args[2] : null, args.length > 3 ? args[3] : null)));
            });
            BuiltinMethods.method(t, "close", (args, kwNames, kwValues) -> AsyncGenerators.close(awaitable(t, args, "close")));
        }
    }

    private static PyAsyncGenAwaitable awaitable(PyType t, Object[] args, String name) {
        return (PyAsyncGenAwaitable) BuiltinMethods.self(args, t, name);
    }

    /** The coroutine_wrapper __await__ returns: an iterator over the coroutine with the same send/throw/close. */
    private static void installWrapper() {
        PyType w = BuiltinTypes.COROUTINE_WRAPPER;
        BuiltinMethods.method(w, "__iter__", (args, kwNames, kwValues) -> BuiltinMethods.self(args, w, "__iter__"));
        BuiltinMethods.method(w, "__next__", (args, kwNames, kwValues) -> Generators.send(wrapped(args, "__next__"), PyNone.INSTANCE));
        BuiltinMethods.method(w, "send", (args, kwNames, kwValues) -> {
            Args.exactly("send", Arrays.copyOfRange(args, 1, args.length), 1);
            return Generators.send(wrapped(args, "send"), args[1]);
        });
        BuiltinMethods.method(w, "throw", (args, kwNames, kwValues) -> throwInto(wrapped(args, "throw"), args));
        BuiltinMethods.method(w, "close", (args, kwNames, kwValues) -> Generators.close(wrapped(args, "close")));
    }

    private static PyGenerator wrapped(Object[] args, String name) {
        return ((PyCoroutineWrapper) BuiltinMethods.self(args, BuiltinTypes.COROUTINE_WRAPPER, name)).getCoroutine();
    }

    private static Object delegate(PyGenerator g) {
        return g.getYieldFrom() == null || g.getState() != PyGenerator.State.SUSPENDED ? PyNone.INSTANCE : g.getYieldFrom();
    }

    private interface Getter {
        Object get(PyGenerator g);
    }

    private static void getter(PyType t, String name, Getter g) {
        t.setAttribute(name, new PyGetSetDescriptor(name, t, self -> g.get((PyGenerator) self)));
    }

    private static PyGenerator self(PyType t, Object[] args, String name) {
        return (PyGenerator) BuiltinMethods.self(args, t, name);
    }

    /** The attributes of a generator's frame object: f_code, f_globals, f_locals, f_lineno, f_lasti, f_back. */
    private static void installFrame() {
        PyType f = BuiltinTypes.FRAME;
        frameGetter(f, "f_code", PyGenerator::getCode);
        frameGetter(f, "f_globals", g -> g.getFrame().getArguments()[org.byterun.nodes.FrameArgs.GLOBALS]);
        frameGetter(f, "f_builtins", g -> org.byterun.ByteRunContext.get(null).getBuiltins().getDict());
        frameGetter(f, "f_back", g -> PyNone.INSTANCE);
        frameGetter(f, "f_trace", g -> PyNone.INSTANCE);
        frameGetter(f, "f_locals", g -> org.byterun.nodes.CallerFrames.localsSnapshot(g.getFrame(), g.getCode()));
        frameGetter(f, "f_lineno", g -> (long) g.getCode().lineTable.lineAt(Generators.resumeUnit(g)));
        frameGetter(f, "f_lasti", g -> (long) Generators.resumeUnit(g) * 2);
        BuiltinMethods.method(f, "__repr__", (args, kwNames, kwValues) -> org.byterun.runtime.Repr.builtinRepr(BuiltinMethods.self(args, f, "__repr__")));
    }

    private static void frameGetter(PyType f, String name, Getter getter) {
        f.setAttribute(name, new PyGetSetDescriptor(name, f, self -> getter.get(((org.byterun.runtime.PyFrame) self).getGenerator())));
    }
}

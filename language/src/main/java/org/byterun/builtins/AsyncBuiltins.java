package org.byterun.builtins;

import java.util.Arrays;

import org.byterun.nodes.AsyncGenerators;
import org.byterun.nodes.Calls;
import org.byterun.nodes.Generators;
import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.PyAnextAwaitable;
import org.byterun.runtime.PyBuiltinFunction;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyException;
import org.byterun.runtime.PyModule;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.PyObjects;
import org.byterun.runtime.PyType;

/** aiter() and anext(), and the anext_awaitable that anext(it, default) returns. */
final class AsyncBuiltins {
    private AsyncBuiltins() {
    }

    static void install(PyModule m) {
        m.setAttribute("aiter", new PyBuiltinFunction("aiter", null, (args, kwNames, kwValues) -> {
            Args.noKeywords("aiter", kwNames);
            Args.exactly("aiter", args, 1);
            return AsyncGenerators.aiter(args[0], true);
        }));
        m.setAttribute("anext", new PyBuiltinFunction("anext", null, (args, kwNames, kwValues) -> {
            Args.noKeywords("anext", kwNames);
            Args.range("anext", args, 1, 2);
            Object method = PyObjects.typeOf(args[0]).lookup("__anext__");
            if (method == null) {
                throw PyErrors.typeError("'" + PyErrors.typeName(args[0]) + "' object is not an async iterator");
            }
            Object awaitable = Calls.call(method, args[0]);
            return args.length == 1 ? awaitable : new PyAnextAwaitable(Generators.awaitable(awaitable, 0), args[1]);
        }));
        PyType t = BuiltinTypes.ANEXT_AWAITABLE;
        BuiltinMethods.method(t, "__await__", (args, kwNames, kwValues) -> BuiltinMethods.self(args, t, "__await__"));
        BuiltinMethods.method(t, "__iter__", (args, kwNames, kwValues) -> BuiltinMethods.self(args, t, "__iter__"));
        BuiltinMethods.method(t, "__next__", (args, kwNames, kwValues) -> step(self(args, "__next__"), PyNone.INSTANCE));
        BuiltinMethods.method(t, "send", (args, kwNames, kwValues) -> {
            Args.exactly("send", Arrays.copyOfRange(args, 1, args.length), 1);
            return step(self(args, "send"), args[1]);
        });
        BuiltinMethods.method(t, "throw", (args, kwNames, kwValues) -> {
            PyAnextAwaitable a = self(args, "throw");
            Object method = PyObjects.typeOf(a.getAwaitable()).lookup("throw");
            if (method == null) {
                throw new PyException(Generators.makeException(args[1], args.length > 2 ? args[2] : null, args.length > 3 ? args[3] : null));
            }
            try {
                return Calls.call(method, Calls.prepend(a.getAwaitable(), Arrays.copyOfRange(args, 1, args.length)));
            } catch (PyException e) {
                throw atEnd(a, e);
            }
        });
        BuiltinMethods.method(t, "close", (args, kwNames, kwValues) -> {
            Object method = PyObjects.typeOf(self(args, "close").getAwaitable()).lookup("close");
            return method == null ? PyNone.INSTANCE : Calls.call(method, self(args, "close").getAwaitable());
        });
    }

    /** One step of the awaited __anext__(): its yield passes up; its end or StopAsyncIteration ends this await. */
    private static Object step(PyAnextAwaitable a, Object value) {
        Generators.SendResult r;
        try {
            r = Generators.send(a.getAwaitable(), value);
        } catch (PyException e) {
            throw atEnd(a, e);
        }
        if (r.returned()) {
            throw PyErrors.stopIteration(r.value());
        }
        return r.value();
    }

    private static PyException atEnd(PyAnextAwaitable a, PyException e) {
        return e.isInstanceOf(BuiltinTypes.STOP_ASYNC_ITERATION) ? PyErrors.stopIteration(a.getDefault()) : e;
    }

    private static PyAnextAwaitable self(Object[] args, String name) {
        return (PyAnextAwaitable) BuiltinMethods.self(args, BuiltinTypes.ANEXT_AWAITABLE, name);
    }
}

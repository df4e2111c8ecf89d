package org.byterun.builtins;

import org.byterun.nodes.Generators;
import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyGenerator;
import org.byterun.runtime.PyGetSetDescriptor;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.PyType;

/** The methods and attributes of generator objects. */
final class GeneratorMethods {
    private GeneratorMethods() {
    }

    private static final PyType T = BuiltinTypes.GENERATOR;

    static void install() {
        BuiltinMethods.method(T, "__iter__", (args, kwNames, kwValues) -> {
            Args.exactly("__iter__", java.util.Arrays.copyOfRange(args, 1, args.length), 0);
            return gen(args, "__iter__");
        });
        BuiltinMethods.method(T, "__next__", (args, kwNames, kwValues) -> Generators.send(gen(args, "__next__"), PyNone.INSTANCE));
        BuiltinMethods.method(T, "send", (args, kwNames, kwValues) -> {
            Args.noKeywords("generator.send", kwNames);
            PyGenerator g = gen(args, "send");
            if (args.length != 2) {
                throw PyErrors.typeError("generator.send() takes exactly one argument (" + (args.length - 1) + " given)");
            }
            return Generators.send(g, args[1]);
        });
        BuiltinMethods.method(T, "throw", (args, kwNames, kwValues) -> {
            Args.noKeywords("generator.throw", kwNames);
            PyGenerator g = gen(args, "throw");
            if (args.length < 2 || args.length > 4) {
                throw PyErrors.typeError("throw expected at least 1 argument, got " + (args.length - 1));
            }
            return Generators.throwInto(g, args[1], args.length > 2 ? args[2] : null, args.length > 3 ? args[3] : null);
        });
        BuiltinMethods.method(T, "close", (args, kwNames, kwValues) -> {
            Args.exactly("close", java.util.Arrays.copyOfRange(args, 1, args.length), 0);
            return Generators.close(gen(args, "close"));
        });
        getter("gi_running", g -> g.getState() == PyGenerator.State.RUNNING);
        getter("gi_suspended", g -> g.getState() == PyGenerator.State.SUSPENDED);
        getter("gi_code", PyGenerator::getCode);
        getter("gi_yieldfrom", g -> g.getYieldFrom() == null || g.getState() != PyGenerator.State.SUSPENDED ? PyNone.INSTANCE : g.getYieldFrom());
        getter("gi_frame", g -> {
            if (g.getState() == PyGenerator.State.CLOSED) {
                return PyNone.INSTANCE;
            }
            throw PyErrors.notImplemented("frame objects (gi_frame of a live generator)");
        });
        T.setAttribute("__name__", new PyGetSetDescriptor("__name__", T, self -> ((PyGenerator) self).getName()).withSetter((self, v) -> {
            if (!(v instanceof String s)) {
                throw PyErrors.typeError("__name__ must be set to a string object");
            }
            ((PyGenerator) self).setName(s);
        }));
        T.setAttribute("__qualname__", new PyGetSetDescriptor("__qualname__", T, self -> ((PyGenerator) self).getQualname()).withSetter((self, v) -> {
            if (!(v instanceof String s)) {
                throw PyErrors.typeError("__qualname__ must be set to a string object");
            }
            ((PyGenerator) self).setQualname(s);
        }));
    }

    private interface Getter {
        Object get(PyGenerator g);
    }

    private static void getter(String name, Getter g) {
        T.setAttribute(name, new PyGetSetDescriptor(name, T, self -> g.get((PyGenerator) self)));
    }

    private static PyGenerator gen(Object[] args, String name) {
        return (PyGenerator) BuiltinMethods.self(args, T, name);
    }
}

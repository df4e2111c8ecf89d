package org.byterun.builtins;

import static org.byterun.builtins.BuiltinMethods.method;
import static org.byterun.builtins.BuiltinMethods.self;

import org.byterun.nodes.CallerFrames;
import org.byterun.nodes.Calls;
import org.byterun.runtime.Attributes;
import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.Descriptors;
import org.byterun.runtime.PyClassMethod;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyGetSetDescriptor;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.PyProperty;
import org.byterun.runtime.PyStaticMethod;
import org.byterun.runtime.PyType;
import org.byterun.runtime.SuperLookup;

/** The builtin descriptor types property, classmethod and staticmethod, and super. */
final class DescriptorTypes {
    private DescriptorTypes() {
    }

    private static final String[] PROPERTY_PARAMS = {"fget", "fset", "fdel", "doc"};

    static void install() {
        installProperty();
        installDescriptorMethods();
        // bound methods are equal when they bind the same object to equal functions
        method(BuiltinTypes.METHOD, "__eq__", (args, kwNames, kwValues) -> {
            Args.exactly("__eq__", args, 2);
            if (!(args[0] instanceof org.byterun.runtime.PyMethod a) || !(args[1] instanceof org.byterun.runtime.PyMethod b)) {
                return org.byterun.runtime.PyNotImplemented.INSTANCE;
            }
            return a.getSelf() == b.getSelf() && org.byterun.runtime.PyHash.eq(a.getFunction(), b.getFunction());
        });
        method(BuiltinTypes.METHOD, "__hash__", (args, kwNames, kwValues) -> {
            Args.exactly("__hash__", args, 1);
            return org.byterun.runtime.PyHash.hash(args[0]);
        });
        installWrapper(BuiltinTypes.CLASSMETHOD, "classmethod");
        installWrapper(BuiltinTypes.STATICMETHOD, "staticmethod");
        BuiltinTypes.SUPER.setConstructor((args, kwNames, kwValues) -> {
            Args.noKeywords("super", kwNames);
            if (args.length == 0) {
                Object[] found = CallerFrames.zeroArgSuper();
                return SuperLookup.create(found[0], found[1]);
            }
            Args.range("super", args, 1, 2);
            return SuperLookup.create(args[0], args.length == 2 ? args[1] : null);
        });
    }

    /** __get__ (and for data descriptors __set__/__delete__) of functions and the builtin descriptor types. */
    private static void installDescriptorMethods() {
        for (PyType t : new PyType[]{BuiltinTypes.FUNCTION, BuiltinTypes.MEMBER_DESCRIPTOR, PyGetSetDescriptor.TYPE, BuiltinTypes.PROPERTY,
                        BuiltinTypes.CLASSMETHOD, BuiltinTypes.STATICMETHOD}) {
            method(t, "__get__", (args, kwNames, kwValues) -> {
                Args.range("__get__", args, 2, 3);
                Object obj = args[1] == PyNone.INSTANCE ? null : args[1];
                PyType type = args.length == 3 && args[2] instanceof PyType ty ? ty : org.byterun.runtime.PyObjects.typeOf(args[1]);
                return Descriptors.get(self(args, t, "__get__"), obj, type);
            });
        }
        // functions and methods are callable through __call__ too (hasattr(f, "__call__"), f.__call__(...))
        for (PyType t : new PyType[]{BuiltinTypes.FUNCTION, BuiltinTypes.BUILTIN_FUNCTION, BuiltinTypes.METHOD}) {
            method(t, "__call__", (args, kwNames, kwValues) -> org.byterun.nodes.Calls.call(self(args, t, "__call__"),
                            java.util.Arrays.copyOfRange(args, 1, args.length), kwNames, kwValues));
        }
        for (PyType t : new PyType[]{BuiltinTypes.MEMBER_DESCRIPTOR, PyGetSetDescriptor.TYPE, BuiltinTypes.PROPERTY}) {
            method(t, "__set__", (args, kwNames, kwValues) -> {
                Args.exactly("__set__", args, 3);
                Descriptors.set(self(args, t, "__set__"), args[1], args[2]);
                return PyNone.INSTANCE;
            });
            method(t, "__delete__", (args, kwNames, kwValues) -> {
                Args.exactly("__delete__", args, 2);
                Descriptors.set(self(args, t, "__delete__"), args[1], null);
                return PyNone.INSTANCE;
            });
        }
    }

    private static void installProperty() {
        PyType t = BuiltinTypes.PROPERTY;
        t.setConstructor((args, kwNames, kwValues) -> {
            if (args.length > 4) {
                throw PyErrors.typeError("property() takes at most 4 arguments (" + args.length + " given)");
            }
            Object[] bound = new Object[4];
            System.arraycopy(args, 0, bound, 0, args.length);
            Object[] named = KeywordArgs.parse("property", kwNames, kwValues, PROPERTY_PARAMS);
            for (int i = 0; i < 4; i++) {
                if (named[i] != null) {
                    if (bound[i] != null) {
                        throw PyErrors.typeError("argument for property() given by name ('" + PROPERTY_PARAMS[i] + "') and position (" + (i + 1) + ")");
                    }
                    bound[i] = named[i];
                }
            }
            return makeProperty(orNull(bound[0]), orNull(bound[1]), orNull(bound[2]), orNull(bound[3]), null);
        });
        method(t, "getter", (args, kwNames, kwValues) -> copy(args, 0));
        method(t, "setter", (args, kwNames, kwValues) -> copy(args, 1));
        method(t, "deleter", (args, kwNames, kwValues) -> copy(args, 2));
        method(t, "__set_name__", (args, kwNames, kwValues) -> {
            Args.exactly("__set_name__", args, 3);
            PyProperty p = (PyProperty) self(args, t, "__set_name__");
            if (args[2] instanceof String s) {
                p.setName(s);
            }
            return PyNone.INSTANCE;
        });
        t.setAttribute("fget", new PyGetSetDescriptor("fget", t, self -> orNone(((PyProperty) self).getGetter()), "member"));
        t.setAttribute("fset", new PyGetSetDescriptor("fset", t, self -> orNone(((PyProperty) self).getSetter()), "member"));
        t.setAttribute("fdel", new PyGetSetDescriptor("fdel", t, self -> orNone(((PyProperty) self).getDeleter()), "member"));
        t.setAttribute("__doc__", new PyGetSetDescriptor("__doc__", t, self -> orNone(((PyProperty) self).getDoc())));
        t.setAttribute("__isabstractmethod__", new PyGetSetDescriptor("__isabstractmethod__", t, self -> isAbstract(((PyProperty) self).getGetter())));
    }

    /** A property; its doc defaults to the getter's docstring and its name to the getter's __name__. */
    private static PyProperty makeProperty(Object fget, Object fset, Object fdel, Object doc, String name) {
        if (doc == null && fget != null) {
            Object d = Attributes.findAttribute(fget, "__doc__");
            doc = d == PyNone.INSTANCE ? null : d;
        }
        if (name == null && fget != null && Attributes.findAttribute(fget, "__name__") instanceof String s) {
            name = s;
        }
        return new PyProperty(fget, fset, fdel, doc, name);
    }

    /** property.getter/setter/deleter: a copy with one accessor replaced. */
    private static Object copy(Object[] args, int which) {
        String[] names = {"getter", "setter", "deleter"};
        Args.exactly(names[which], args, 2);
        PyProperty p = (PyProperty) self(args, BuiltinTypes.PROPERTY, names[which]);
        Object f = orNull(args[1]);
        Object fget = which == 0 ? f : p.getGetter();
        Object fset = which == 1 ? f : p.getSetter();
        Object fdel = which == 2 ? f : p.getDeleter();
        // a docstring taken from the old getter follows the new getter
        Object doc = which == 0 ? null : p.getDoc();
        return makeProperty(fget, fset, fdel, doc, which == 0 ? null : p.getName());
    }

    private static void installWrapper(PyType t, String name) {
        boolean isClassMethod = t == BuiltinTypes.CLASSMETHOD;
        t.setConstructor((args, kwNames, kwValues) -> {
            Args.noKeywords(name, kwNames);
            Args.exactly(name, args, 1);
            return isClassMethod ? new PyClassMethod(args[0]) : new PyStaticMethod(args[0]);
        });
        t.setAttribute("__func__", new PyGetSetDescriptor("__func__", t, self -> wrapped(self), "member"));
        t.setAttribute("__wrapped__", new PyGetSetDescriptor("__wrapped__", t, self -> wrapped(self)));
        t.setAttribute("__isabstractmethod__", new PyGetSetDescriptor("__isabstractmethod__", t, self -> isAbstract(wrapped(self))));
        if (!isClassMethod) {
            method(t, "__call__", (args, kwNames, kwValues) -> {
                PyStaticMethod sm = (PyStaticMethod) self(args, t, "__call__");
                return Calls.call(sm.getFunction(), java.util.Arrays.copyOfRange(args, 1, args.length), kwNames, kwValues);
            });
        }
    }

    private static Object wrapped(Object descr) {
        return descr instanceof PyClassMethod cm ? cm.getFunction() : ((PyStaticMethod) descr).getFunction();
    }

    private static Object isAbstract(Object f) {
        if (f == null) {
            return false;
        }
        Object v = Attributes.findAttribute(f, "__isabstractmethod__");
        return v != null && org.byterun.runtime.Truthiness.isTrue(v);
    }

    private static Object orNull(Object v) {
        return v == PyNone.INSTANCE ? null : v;
    }

    private static Object orNone(Object v) {
        return v == null ? PyNone.INSTANCE : v;
    }
}

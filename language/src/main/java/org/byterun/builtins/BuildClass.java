package org.byterun.builtins;

import java.util.Arrays;

import org.byterun.nodes.Calls;
import org.byterun.runtime.Attributes;
import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.PyCell;
import org.byterun.runtime.PyDict;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyFunction;
import org.byterun.runtime.PyObjects;
import org.byterun.runtime.PyTuple;
import org.byterun.runtime.PyType;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * {@code __build_class__(func, name, *bases, metaclass=None, **kwds)}, which a class statement calls:
 * pick the metaclass, prepare the namespace, run the class body in it, call the metaclass.
 */
final class BuildClass {
    private BuildClass() {
    }

    @TruffleBoundary
    static Object buildClass(Object[] args, String[] kwNames, Object[] kwValues) {
        if (args.length < 2) {
            throw PyErrors.typeError("__build_class__: not enough arguments");
        }
        if (!(args[0] instanceof PyFunction body)) {
            throw PyErrors.typeError("__build_class__: func must be a function");
        }
        if (!(args[1] instanceof String name)) {
            throw PyErrors.typeError("__build_class__: name is not a string");
        }
        Object[] bases = Arrays.copyOfRange(args, 2, args.length);
        for (Object b : bases) {
            if (!(b instanceof PyType) && PyObjects.typeOf(b).lookup("__mro_entries__") != null) {
                throw PyErrors.notImplemented("__mro_entries__ on class bases");
            }
        }
        Object meta = null;
        int metaIndex = Arrays.asList(kwNames).indexOf("metaclass");
        if (metaIndex >= 0) {
            meta = kwValues[metaIndex];
            kwNames = remove(kwNames, metaIndex);
            kwValues = remove(kwValues, metaIndex);
        }
        boolean isClass = meta == null || meta instanceof PyType;
        if (meta == null) {
            meta = bases.length == 0 ? BuiltinTypes.TYPE : PyObjects.typeOf(bases[0]);
        }
        if (isClass) {
            meta = TypeFactory.calculateMetaclass((PyType) meta, bases);
        }
        PyTuple basesTuple = new PyTuple(bases);
        Object namespace;
        Object prepare = Attributes.findAttribute(meta, "__prepare__");
        if (prepare != null) {
            namespace = Calls.call(prepare, new Object[]{name, basesTuple}, kwNames, kwValues);
        } else {
            namespace = new PyDict();
        }
        if (!(namespace instanceof PyDict ns)) {
            if (PyObjects.typeOf(namespace).lookup("__getitem__") == null) {
                String who = meta instanceof PyType mt ? mt.getName() + ".__prepare__()" : "<metaclass>.__prepare__()";
                throw PyErrors.typeError(who + " must return a mapping, not " + PyErrors.typeName(namespace));
            }
            throw PyErrors.notImplemented("a class namespace that is not a dict (from __prepare__)");
        }
        Object cell = org.byterun.nodes.ClassOps.runClassBody(body, ns);
        Object[] metaArgs = {name, basesTuple, ns};
        Object cls = Calls.call(meta, metaArgs, kwNames, kwValues);
        if (cls instanceof PyType && cell instanceof PyCell c && c.get() != cls) {
            if (c.get() == null) {
                throw PyErrors.create(BuiltinTypes.RUNTIME_ERROR, "__class__ not set defining '" + name + "' as " + ((PyType) cls).repr() + ". Was __classcell__ propagated to type.__new__?");
            }
            throw PyErrors.typeError("__class__ set to " + org.byterun.runtime.Repr.repr(c.get()) + " defining '" + name + "' as " + ((PyType) cls).repr());
        }
        return cls;
    }

    /** A copy of the array without element i. */
    private static <T> T[] remove(T[] a, int i) {
        T[] r = Arrays.copyOf(a, a.length - 1);
        System.arraycopy(a, i + 1, r, i, a.length - i - 1);
        return r;
    }
}

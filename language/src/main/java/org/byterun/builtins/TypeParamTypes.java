package org.byterun.builtins;

import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyGenericAlias;
import org.byterun.runtime.PyGetSetDescriptor;
import org.byterun.runtime.PyNone;
import org.byterun.runtime.PyType;
import org.byterun.runtime.PyTypeAlias;
import org.byterun.runtime.PyTypeParam;

/** The attributes of PEP 695's objects: TypeVar, TypeVarTuple, ParamSpec and TypeAliasType. */
final class TypeParamTypes {
    private TypeParamTypes() {
    }

    static void install() {
        for (PyType t : new PyType[]{BuiltinTypes.TYPE_VAR, BuiltinTypes.TYPE_VAR_TUPLE, BuiltinTypes.PARAM_SPEC}) {
            getter(t, "__name__", self -> ((PyTypeParam) self).getName());
        }
        PyType tv = BuiltinTypes.TYPE_VAR;
        getter(tv, "__bound__", self -> ((PyTypeParam) self).getBound());
        getter(tv, "__constraints__", self -> ((PyTypeParam) self).getConstraints());
        getter(tv, "__covariant__", self -> false);
        getter(tv, "__contravariant__", self -> false);
        getter(tv, "__infer_variance__", self -> true);

        PyType ta = BuiltinTypes.TYPE_ALIAS_TYPE;
        getter(ta, "__name__", self -> ((PyTypeAlias) self).getName());
        getter(ta, "__value__", self -> ((PyTypeAlias) self).getValue());
        getter(ta, "__type_params__", self -> ((PyTypeAlias) self).getTypeParams());
        getter(ta, "__parameters__", self -> ((PyTypeAlias) self).getTypeParams());
        getter(ta, "__module__", self -> {
            Object m = ((PyTypeAlias) self).getModule();
            return m == null ? PyNone.INSTANCE : m;
        });
        BuiltinMethods.method(ta, "__getitem__", (args, kwNames, kwValues) -> {
            Args.noKeywords("__getitem__", kwNames);
            PyTypeAlias self = (PyTypeAlias) BuiltinMethods.self(args, ta, "__getitem__");
            Args.exactly("__getitem__", java.util.Arrays.copyOfRange(args, 1, args.length), 1);
            if (self.getTypeParams().size() == 0) {
                throw PyErrors.typeError("Only generic type aliases are subscriptable");
            }
            return new PyGenericAlias(self, args[1]);
        });
    }

    private static void getter(PyType t, String name, PyGetSetDescriptor.Getter g) {
        t.setAttribute(name, new PyGetSetDescriptor(name, t, g));
    }
}

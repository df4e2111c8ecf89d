package org.byterun.builtins;

import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.PyBuiltinFunction;
import org.byterun.runtime.PyCell;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyGetSetDescriptor;
import org.byterun.runtime.PyObjects;
import org.byterun.runtime.PyType;

/**
 * Installs the methods of the builtin types (one class per type: StrMethods, ListMethods, ...) into
 * the types' attribute tables, once per JVM. A method's first argument is self.
 */
final class BuiltinMethods {
    private BuiltinMethods() {
    }

    static {
        IntMethods.install();
        FloatMethods.install();
        ComplexMethods.install();
        StrMethods.install();
        ListMethods.install();
        TupleMethods.install();
        DictMethods.install();
        SetMethods.install();
        BytesMethods.install();
        RangeMethods.install();
        StdStreams.install();
        ExceptionInit.install();
        ObjectMethods.install();
        ObjectMethods.installExceptionHooks();
        TypeMethods.install();
        DescriptorTypes.install();
        ProtocolDunders.install();
        GenericAliasMethods.install();
        TypeParamTypes.install();
        GeneratorMethods.install();
        ExceptionGroups.install();
        ValueTypeNew.install();
        BuiltinTypes.CELL.setAttribute("cell_contents", new PyGetSetDescriptor("cell_contents", BuiltinTypes.CELL, BuiltinMethods::cellContents));
        method(org.byterun.runtime.BuiltinTypes.TYPE, "mro", (args, kwNames, kwValues) -> {
            Args.noKeywords("mro", kwNames);
            Args.exactly("mro", args, 1);
            PyType t = (PyType) self(args, org.byterun.runtime.BuiltinTypes.TYPE, "mro");
            return new org.byterun.runtime.PyList(t.getMro().clone());
        });
    }

    private static Object cellContents(Object cell) {
        Object v = ((PyCell) cell).get();
        if (v == null) {
            throw PyErrors.valueError("Cell is empty");
        }
        return v;
    }

    /** Makes sure the static initializer ran. */
    static void install() {
    }

    static void method(PyType type, String name, PyBuiltinFunction.Body body) {
        type.setAttribute(name, new PyBuiltinFunction(name, type, body));
    }

    /** args[0] checked to be an instance of {@code type}, with CPython's descriptor error otherwise. */
    static Object self(Object[] args, PyType type, String name) {
        if (args.length == 0 || !PyObjects.typeOf(args[0]).isSubtypeOf(type)) {
            String got = args.length == 0 ? "nothing" : "a '" + PyErrors.typeName(args[0]) + "' object";
            throw PyErrors.typeError("descriptor '" + name + "' for '" + type.getName() + "' objects doesn't apply to " + got);
        }
        return args[0];
    }
}

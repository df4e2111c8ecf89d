package org.byterun.nodes;

import org.byterun.runtime.Attributes;
import org.byterun.runtime.PyInstance;
import org.byterun.runtime.PyBytes;
import org.byterun.runtime.PyDict;
import org.byterun.runtime.PyFrozenSet;
import org.byterun.runtime.PyList;
import org.byterun.runtime.PyObjects;
import org.byterun.runtime.PySet;
import org.byterun.runtime.PyTuple;
import org.byterun.runtime.PyType;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

/**
 * The method half of LOAD_ATTR's method form: the unbound function to call with the receiver as
 * self, or null when the attribute is not a plain method (then the caller reads it normally).
 */
@ImportStatic(ClassAttribute.class)
public abstract class MethodLookupNode extends Node {
    final String name;

    MethodLookupNode(String name) {
        this.name = name;
    }

    public static MethodLookupNode create(String name) {
        return MethodLookupNodeGen.create(name);
    }

    public abstract Object execute(Object owner);

    @Specialization(guards = "owner.getPyType() == cachedType", assumptions = "unchanged", limit = "4")
    Object instance(PyInstance owner,
                    @Cached("owner.getPyType()") PyType cachedType,
                    @Cached("cachedType.getUnchangedAssumption()") @SuppressWarnings("unused") Assumption unchanged,
                    @Cached("ofClass(cachedType, name)") ClassAttribute attr,
                    @CachedLibrary(limit = "3") DynamicObjectLibrary lib) {
        if (attr.kind() != ClassAttribute.Kind.METHOD || owner.getDictIfMaterialized() != null || lib.containsKey(owner, name)) {
            return null;
        }
        return attr.value();
    }

    /**
     * A receiver whose Java class fixes its Python type (list, dict, str, int, ...): builtin types
     * cannot be changed, so the method found is a constant.
     */
    @Specialization(guards = {"owner.getClass() == cachedClass", "cachedType != null"}, limit = "4")
    static Object builtinValue(Object owner,
                    @Cached("owner.getClass()") @SuppressWarnings("unused") Class<?> cachedClass,
                    @Cached("fixedType(owner)") @SuppressWarnings("unused") PyType cachedType,
                    @Cached("lookup(owner, name)") Object method) {
        return method;
    }

    /** The type of a value whose Java class has one Python type, else null. */
    static PyType fixedType(Object owner) {
        if (owner instanceof Long || owner instanceof Double || owner instanceof String || owner instanceof Boolean || owner instanceof PyList
                        || owner instanceof PyTuple || owner instanceof PyDict || owner instanceof PySet || owner instanceof PyFrozenSet
                        || owner instanceof PyBytes) {
            return PyObjects.typeOf(owner);
        }
        return null;
    }

    @Specialization(replaces = {"instance", "builtinValue"})
    Object generic(Object owner) {
        return lookup(owner, name);
    }

    @TruffleBoundary
    static Object lookup(Object owner, String name) {
        return Attributes.lookupMethod(owner, name);
    }
}

package org.byterun.nodes;

import org.byterun.runtime.Attributes;
import org.byterun.runtime.PyInstance;
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

    @Specialization(replaces = "instance")
    Object generic(Object owner) {
        return lookup(owner, name);
    }

    @TruffleBoundary
    private static Object lookup(Object owner, String name) {
        return Attributes.lookupMethod(owner, name);
    }
}

package org.byterun.nodes;

import org.byterun.runtime.Attributes;
import org.byterun.runtime.PyInstance;
import org.byterun.runtime.PyMethod;
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
 * {@code obj.name}. On an instance of a class seen before, the class side is a constant (behind the
 * class's assumption) and the instance side a shape-checked field read.
 */
@ImportStatic(ClassAttribute.class)
public abstract class GetAttrNode extends Node {
    private static final Object[] NO_ARGS = new Object[0];
    private static final String[] NO_NAMES = new String[0];

    final String name;

    GetAttrNode(String name) {
        this.name = name;
    }

    public static GetAttrNode create(String name) {
        return GetAttrNodeGen.create(name);
    }

    public abstract Object execute(Object owner);

    @Specialization(guards = "owner.getPyType() == cachedType", assumptions = "unchanged", limit = "4")
    Object instance(PyInstance owner,
                    @Cached("owner.getPyType()") PyType cachedType,
                    @Cached("cachedType.getUnchangedAssumption()") @SuppressWarnings("unused") Assumption unchanged,
                    @Cached("ofClass(cachedType, name)") ClassAttribute attr,
                    @CachedLibrary(limit = "3") DynamicObjectLibrary lib,
                    @Cached DispatchNode getter) {
        if (attr.kind() == ClassAttribute.Kind.PROPERTY) {
            return getter.execute(attr.value(), new Object[]{owner}, NO_NAMES, NO_ARGS);
        }
        if (attr.instanceFirst() && owner.getDictIfMaterialized() == null) {
            Object own = lib.getOrDefault(owner, name, null);
            if (own != null) {
                return own;
            }
            switch (attr.kind()) {
                case METHOD:
                    return new PyMethod(owner, attr.value());
                case CONSTANT:
                    return attr.value();
                default:
                    break;
            }
        }
        return slowPath(owner, name);
    }

    @Specialization(replaces = "instance")
    Object generic(Object owner) {
        return slowPath(owner, name);
    }

    @TruffleBoundary
    static Object slowPath(Object owner, String name) {
        return Attributes.getAttribute(owner, name);
    }
}

package org.byterun.nodes;

import org.byterun.runtime.Attributes;
import org.byterun.runtime.Descriptors;
import org.byterun.runtime.ObjectAttributes;
import org.byterun.runtime.PyInstance;
import org.byterun.runtime.PyType;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

/** STORE_ATTR: {@code obj.name = value}; on a plain instance attribute, a shape-checked field write. */
public abstract class SetAttrNode extends Node {
    final String name;

    SetAttrNode(String name) {
        this.name = name;
    }

    public static SetAttrNode create(String name) {
        return SetAttrNodeGen.create(name);
    }

    public abstract void execute(Object owner, Object value);

    @Specialization(guards = {"owner.getPyType() == cachedType", "plain"}, assumptions = "unchanged", limit = "4")
    void instance(PyInstance owner, Object value,
                    @Cached("owner.getPyType()") PyType cachedType,
                    @Cached("cachedType.getUnchangedAssumption()") @SuppressWarnings("unused") Assumption unchanged,
                    @Cached("isPlainStore(cachedType, name)") @SuppressWarnings("unused") boolean plain,
                    @CachedLibrary(limit = "3") DynamicObjectLibrary lib) {
        if (owner.getDictIfMaterialized() == null) {
            lib.put(owner, name, value);
        } else {
            slowPath(owner, name, value);
        }
    }

    /** Default __setattr__, instances with a __dict__, and no data descriptor of that name on the class. */
    @TruffleBoundary
    static boolean isPlainStore(PyType type, String name) {
        if (type.lookup("__setattr__") != ObjectAttributes.objectSetAttr || !type.instancesHaveDict()) {
            return false;
        }
        if (name.equals("__class__") || name.equals("__dict__")) {
            return false;
        }
        Object descr = type.lookup(name);
        return descr == null || !Descriptors.isDataDescriptor(descr);
    }

    @Specialization(replaces = "instance")
    void generic(Object owner, Object value) {
        slowPath(owner, name, value);
    }

    @TruffleBoundary
    static void slowPath(Object owner, String name, Object value) {
        Attributes.setAttribute(owner, name, value);
    }
}

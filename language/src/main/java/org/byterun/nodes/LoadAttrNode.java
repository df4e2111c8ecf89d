package org.byterun.nodes;

import org.byterun.runtime.Attributes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

/**
 * LOAD_ATTR. The plain form replaces the owner with the attribute; the method form ({@code oparg & 1})
 * pushes {@code [method, self]} for a method found on the type, else {@code [attribute, NULL]}.
 */
public final class LoadAttrNode extends Node {
    private final String name;
    private final boolean methodForm;

    LoadAttrNode(String name, boolean methodForm) {
        this.name = name;
        this.methodForm = methodForm;
    }

    public int executeLoad(VirtualFrame frame, int sp) {
        Object owner = frame.getObject(sp - 1);
        if (!methodForm) {
            frame.setObject(sp - 1, Attributes.getAttribute(owner, name));
            return sp;
        }
        Object method = Attributes.lookupMethod(owner, name);
        if (method != null) {
            frame.setObject(sp - 1, method);
            frame.setObject(sp, owner);
        } else {
            frame.setObject(sp - 1, Attributes.getAttribute(owner, name));
            frame.setObject(sp, null);
        }
        return sp + 1;
    }
}

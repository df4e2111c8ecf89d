package org.byterun.nodes;

import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.nodes.Node;

/**
 * LOAD_ATTR. The plain form replaces the owner with the attribute; the method form ({@code oparg & 1})
 * pushes {@code [function, self]} for a plain method found on the type, else {@code [attribute, NULL]}.
 */
public final class LoadAttrNode extends Node {
    @Child private GetAttrNode get;
    @Child private MethodLookupNode method;

    LoadAttrNode(String name, boolean methodForm) {
        this.get = GetAttrNode.create(name);
        this.method = methodForm ? MethodLookupNode.create(name) : null;
    }

    public int executeLoad(Frame frame, int sp) {
        Object owner = frame.getObject(sp - 1);
        if (method == null) {
            frame.setObject(sp - 1, get.execute(owner));
            return sp;
        }
        Object m = method.execute(owner);
        if (m != null) {
            frame.setObject(sp - 1, m);
            frame.setObject(sp, owner);
        } else {
            frame.setObject(sp - 1, get.execute(owner));
            frame.setObject(sp, null);
        }
        return sp + 1;
    }
}

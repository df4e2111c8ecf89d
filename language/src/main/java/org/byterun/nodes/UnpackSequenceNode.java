package org.byterun.nodes;

import org.byterun.runtime.PyList;
import org.byterun.runtime.PyTuple;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

/**
 * UNPACK_SEQUENCE n: replaces the sequence at stack slot {@code at} by its n items, the first on
 * top. A tuple or list of the right length is unpacked inline, a float list's items read unboxed
 * (each specialization pushes only its own kind of value, so a site that unpacks float lists
 * allocates no boxes in compiled code); anything else is iterated.
 */
public abstract class UnpackSequenceNode extends Node {
    final int n;

    UnpackSequenceNode(int n) {
        this.n = n;
    }

    public static UnpackSequenceNode create(int n) {
        return UnpackSequenceNodeGen.create(n);
    }

    public abstract void execute(Frame frame, Object seq, int at);

    @Specialization(guards = "tuple.size() == n")
    @ExplodeLoop
    void tuple(Frame frame, PyTuple tuple, int at) {
        Object[] items = tuple.items();
        for (int i = 0; i < n; i++) {
            frame.setObject(at + i, items[n - 1 - i]);
        }
    }

    @Specialization(guards = {"list.hasDoubleStorage()", "list.size() == n"})
    @ExplodeLoop
    void listDouble(Frame frame, PyList list, int at) {
        for (int i = 0; i < n; i++) {
            frame.setObject(at + i, list.getDouble(n - 1 - i));
        }
    }

    @Specialization(guards = {"!list.hasDoubleStorage()", "list.size() == n"})
    @ExplodeLoop
    void listObject(Frame frame, PyList list, int at) {
        for (int i = 0; i < n; i++) {
            frame.setObject(at + i, list.getObject(n - 1 - i));
        }
    }

    @Fallback
    void generic(Frame frame, Object seq, int at) {
        BuildOps.pushReversed(frame, at, BuildOps.unpackExactly(seq, n), n);
    }
}

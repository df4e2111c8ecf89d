package org.byterun.nodes;

import org.byterun.runtime.Iteration;
import org.byterun.runtime.PyGenerator;
import org.byterun.runtime.PyIterators;
import org.byterun.runtime.PyNone;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.Node;

/**
 * FOR_ITER: pushes the iterator's next value into stack slot {@code slot} and answers true, or
 * answers false when the iterator is exhausted. The value is written here, on the path that has
 * it, rather than returned with null for "exhausted": merging a fresh int or float box with null
 * would force compiled code to allocate the box, where now the loop variable stays unboxed.
 */
public abstract class ForIterNode extends Node {
    public abstract boolean execute(Frame frame, Object iterator, int slot);

    @Specialization
    static boolean range(Frame frame, PyIterators.RangeIterator it, int slot) {
        if (!it.hasNext()) {
            return false;
        }
        frame.setObject(slot, it.nextLong());
        return true;
    }

    @Specialization(guards = "it.list().hasDoubleStorage()")
    static boolean listDouble(Frame frame, PyIterators.ListIterator it, int slot) {
        int i = it.nextIndex();
        if (i < 0) {
            return false;
        }
        frame.setObject(slot, it.list().getDouble(i));
        return true;
    }

    @Specialization(guards = "!it.list().hasDoubleStorage()")
    static boolean listObject(Frame frame, PyIterators.ListIterator it, int slot) {
        int i = it.nextIndex();
        if (i < 0) {
            return false;
        }
        frame.setObject(slot, it.list().getObject(i));
        return true;
    }

    /** A generator: its body is called directly, so a hot pipeline compiles as one piece. */
    @Specialization(guards = "gen.getBody() == cachedBody", limit = "2")
    static boolean generator(Frame frame, PyGenerator gen, int slot,
                    @Cached("gen.getBody()") CallTarget cachedBody,
                    @Cached("create(cachedBody)") DirectCallNode body,
                    @Bind Node node) {
        return push(frame, slot, Generators.resumeDirect(gen, PyNone.INSTANCE, body, node));
    }

    @Specialization(replaces = {"range", "listDouble", "listObject", "generator"})
    static boolean generic(Frame frame, PyIterators.PyIterator it, int slot) {
        return push(frame, slot, nextBoundary(it));
    }

    @Specialization(replaces = "generic")
    static boolean protocol(Frame frame, Object it, int slot) {
        return push(frame, slot, protocolBoundary(it));
    }

    private static boolean push(Frame frame, int slot, Object next) {
        if (next == null) {
            return false;
        }
        frame.setObject(slot, next);
        return true;
    }

    @TruffleBoundary
    private static Object nextBoundary(PyIterators.PyIterator it) {
        return it.next();
    }

    @TruffleBoundary
    private static Object protocolBoundary(Object it) {
        return Iteration.next(it);
    }
}

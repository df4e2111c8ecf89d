package org.byterun.nodes;

import org.byterun.runtime.Iteration;
import org.byterun.runtime.PyGenerator;
import org.byterun.runtime.PyIterators;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.nodes.DirectCallNode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/** FOR_ITER: the next value of an iterator, or null when it is exhausted. */
public abstract class ForIterNode extends Node {
    public abstract Object execute(Object iterator);

    @Specialization
    static Object range(PyIterators.RangeIterator it) {
        return it.hasNext() ? (Object) it.nextLong() : null;
    }

    @Specialization
    static Object list(PyIterators.ListIterator it) {
        return it.next();
    }

    /** A generator: its body is called directly, so a hot pipeline compiles as one piece. */
    @Specialization(guards = "gen.getBody() == cachedBody", limit = "2")
    static Object generator(PyGenerator gen,
                    @Cached("gen.getBody()") CallTarget cachedBody,
                    @Cached("create(cachedBody)") DirectCallNode body,
                    @Bind Node node) {
        return Generators.resumeDirect(gen, org.byterun.runtime.PyNone.INSTANCE, body, node);
    }

    @Specialization(replaces = {"range", "list", "generator"})
    static Object generic(PyIterators.PyIterator it) {
        return nextBoundary(it);
    }

    @Specialization(replaces = "generic")
    static Object protocol(Object it) {
        return protocolBoundary(it);
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

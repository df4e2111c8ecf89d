package org.byterun.nodes;

import org.byterun.runtime.PyGenerator;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.Node;

/** SEND: one step of yield from / await; a generator receiver's body is called directly, so delegation chains compile. */
public abstract class SendNode extends Node {
    public abstract Generators.SendResult execute(Object receiver, Object value);

    @Specialization(guards = "gen.getBody() == cachedBody", limit = "2")
    static Generators.SendResult generator(PyGenerator gen, Object value,
                    @Cached("gen.getBody()") @SuppressWarnings("unused") CallTarget cachedBody,
                    @Cached("create(cachedBody)") DirectCallNode body,
                    @Bind Node node) {
        Object r = Generators.resumeDirect(gen, value, body, node);
        return r == null ? new Generators.SendResult(gen.getReturnValue(), true) : new Generators.SendResult(r, false);
    }

    @Specialization(replaces = "generator")
    static Generators.SendResult generic(Object receiver, Object value) {
        return Generators.send(receiver, value);
    }
}

package org.byterun.nodes;

import java.util.BitSet;
import java.util.Set;
import java.util.TreeSet;

import org.byterun.bytecode.Opcodes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Which opcodes have executed in this JVM, recorded only under --byterun.OpcodeCoverage (the test
 * corpus uses it to prove every opcode is exercised). CALL_INTRINSIC_1 is recorded per intrinsic.
 */
public final class OpcodeCoverage {
    private OpcodeCoverage() {
    }

    private static final BitSet OPCODES = new BitSet(256);
    private static final BitSet INTRINSICS = new BitSet(16);
    private static final BitSet INTRINSICS_2 = new BitSet(16);

    @TruffleBoundary
    static synchronized void record(int op, int arg) {
        OPCODES.set(op);
        if (op == Opcodes.CALL_INTRINSIC_1) {
            INTRINSICS.set(arg);
        } else if (op == Opcodes.CALL_INTRINSIC_2) {
            INTRINSICS_2.set(arg);
        }
    }

    /** Names of the opcodes executed so far, with "CALL_INTRINSIC_1 N" / "CALL_INTRINSIC_2 N" entries for each intrinsic. */
    public static synchronized Set<String> executed() {
        Set<String> names = new TreeSet<>();
        OPCODES.stream().forEach(op -> names.add(Opcodes.name(op)));
        INTRINSICS.stream().forEach(i -> names.add("CALL_INTRINSIC_1 " + i));
        INTRINSICS_2.stream().forEach(i -> names.add("CALL_INTRINSIC_2 " + i));
        return names;
    }
}

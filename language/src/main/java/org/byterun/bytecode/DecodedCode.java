package org.byterun.bytecode;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;

/**
 * The result of analysing a code object once, before it first runs: per code unit, the opcode and
 * full argument (EXTENDED_ARG folded in), the next instruction, the jump target, the stack depth on
 * entry and the exception handler that covers it. Arrays are indexed by code unit; units that are
 * not instruction starts (inline caches) have {@code depth == -1}.
 */
public final class DecodedCode {
    @CompilationFinal(dimensions = 1) public final int[] opcode;
    @CompilationFinal(dimensions = 1) public final int[] arg;
    /** The next instruction's unit (after inline caches). */
    @CompilationFinal(dimensions = 1) public final int[] next;
    /** Jump target unit, or -1. For FOR_ITER it is the loop's END_FOR. */
    @CompilationFinal(dimensions = 1) public final int[] target;
    /** Operand stack depth before the instruction, or -1 if unreachable. */
    @CompilationFinal(dimensions = 1) public final int[] depth;
    /** Index of the exception table entry covering the unit, or -1. */
    @CompilationFinal(dimensions = 1) public final int[] handler;

    DecodedCode(int[] opcode, int[] arg, int[] next, int[] target, int[] depth, int[] handler) {
        this.opcode = opcode;
        this.arg = arg;
        this.next = next;
        this.target = target;
        this.depth = depth;
        this.handler = handler;
    }
}

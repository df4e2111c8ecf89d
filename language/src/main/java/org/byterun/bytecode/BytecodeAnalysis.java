package org.byterun.bytecode;

import static org.byterun.bytecode.Opcodes.*;

import java.util.ArrayDeque;
import java.util.Arrays;

import org.byterun.loader.CodeObject;
import org.byterun.loader.ExceptionTable;

/**
 * Decodes a code object once and checks it: every reachable instruction gets one stack depth, no
 * jump leaves the code, and the stack stays within co_stacksize. Bad bytecode is rejected with a
 * {@link BadBytecodeException}, which the interpreter reports as SystemError.
 */
public final class BytecodeAnalysis {
    private BytecodeAnalysis() {
    }

    public static DecodedCode analyze(CodeObject code) {
        int n = code.codeUnits();
        int[] opcode = new int[n];
        int[] arg = new int[n];
        int[] next = new int[n];
        int[] target = new int[n];
        int[] depth = new int[n];
        int[] handler = new int[n];
        Arrays.fill(target, -1);
        Arrays.fill(depth, -1);
        Arrays.fill(opcode, -1);

        // Pass 1: instruction boundaries, folded EXTENDED_ARG, jump targets.
        boolean[] isStart = new boolean[n];
        int ext = 0;
        for (int u = 0; u < n; ) {
            int op = code.opcodeAt(u);
            int a = code.opargAt(u) | ext;
            ext = op == EXTENDED_ARG ? a << 8 : 0;
            isStart[u] = true;
            opcode[u] = op;
            arg[u] = a;
            int nxt = u + 1 + (Opcodes.isDefined(op) ? Opcodes.cacheEntries(op) : 0);
            next[u] = nxt;
            int t = jumpTarget(op, a, nxt);
            if (t != NO_JUMP && (t < 0 || t >= n)) {
                throw new BadBytecodeException(code, u, name(op) + " jumps to offset " + (2 * t) + ", outside the code");
            }
            target[u] = t == NO_JUMP ? -1 : t;
            u = nxt;
        }
        ExceptionTable table = code.exceptionTable;
        for (int u = 0; u < n; u++) {
            handler[u] = table.findHandler(u);
        }

        // Pass 2: propagate stack depths from the entry and from every handler that is reached.
        ArrayDeque<Integer> work = new ArrayDeque<>();
        setDepth(code, depth, isStart, 0, 0, work);
        while (!work.isEmpty()) {
            int u = work.pop();
            int d = depth[u];
            int op = opcode[u];
            int a = arg[u];
            int effect = StackEffects.fallThrough(op, a);
            if (effect == StackEffects.UNKNOWN) {
                // The interpreter raises SystemError naming the opcode if it is ever executed.
                continue;
            }
            int h = handler[u];
            if (h >= 0) {
                int hd = table.depth(h) + (table.pushLasti(h) ? 1 : 0) + 1;
                if (table.depth(h) > d) {
                    throw new BadBytecodeException(code, u, "exception handler depth " + table.depth(h) + " exceeds stack depth " + d);
                }
                setDepth(code, depth, isStart, table.target(h), hd, work);
            }
            if (op == FOR_ITER) {
                // exhausted: a placeholder is pushed for the END_FOR at the target to pop, as CPython's
                // compiler assumes (dis.stack_effect(FOR_ITER, jump=True) == +1)
                checkForIterExit(code, opcode, target[u], u);
                setDepth(code, depth, isStart, target[u], d + 1, work);
            } else if (target[u] >= 0) {
                // conditional jumps pop their operand on both paths; SEND keeps the stack as is
                setDepth(code, depth, isStart, target[u], d + effect, work);
            }
            if (!StackEffects.isTerminator(op)) {
                setDepth(code, depth, isStart, next[u], d + effect, work);
            }
        }
        return new DecodedCode(opcode, arg, next, target, depth, handler);
    }

    private static final int NO_JUMP = Integer.MIN_VALUE;

    /** The unit an instruction jumps to, or NO_JUMP for an instruction that does not jump. */
    private static int jumpTarget(int op, int a, int nxt) {
        return switch (op) {
            case JUMP_FORWARD, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE, SEND -> nxt + a;
            case JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT -> nxt - a;
            // an exhausted FOR_ITER continues at the END_FOR; POP_TOP that ends the loop
            case FOR_ITER -> nxt + a;
            default -> NO_JUMP;
        };
    }

    private static void checkForIterExit(CodeObject code, int[] opcode, int endFor, int at) {
        if (endFor < 0 || endFor + 1 >= opcode.length || opcode[endFor] != END_FOR || opcode[endFor + 1] != POP_TOP) {
            throw new BadBytecodeException(code, at, "FOR_ITER target is not END_FOR, POP_TOP");
        }
    }

    private static void setDepth(CodeObject code, int[] depth, boolean[] isStart, int unit, int d, ArrayDeque<Integer> work) {
        if (unit < 0 || unit >= depth.length || !isStart[unit]) {
            throw new BadBytecodeException(code, unit, "jump to " + unit + " is not an instruction of the code");
        }
        if (d < 0) {
            throw new BadBytecodeException(code, unit, "stack underflow");
        }
        if (d > code.stackSize) {
            throw new BadBytecodeException(code, unit, "stack depth " + d + " exceeds co_stacksize " + code.stackSize);
        }
        if (depth[unit] == -1) {
            depth[unit] = d;
            work.push(unit);
        } else if (depth[unit] != d) {
            throw new BadBytecodeException(code, unit, "inconsistent stack depth " + depth[unit] + " vs " + d);
        }
    }
}

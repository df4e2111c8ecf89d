package org.byterun.nodes;

import org.byterun.loader.CodeObject;
import org.byterun.runtime.Floats;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/**
 * The fast locals of one root node kept unboxed: each plain local's frame slot holds a primitive
 * {@code long} or {@code double} while every value stored in it has been an int or a float, so a
 * loop-carried counter or accumulator is a machine value in compiled code, not a box per
 * iteration. The speculation per slot only generalizes (unset, then long or double, then object),
 * each step invalidating the compiled code once. Cells and free variables are always objects.
 * Unbinding (a null) keeps the speculation: a long slot then holds an object null until rebound.
 * A NaN is never unboxed: it is the one float whose identity can be told apart (a list holding the
 * same NaN twice equals itself, two NaN objects do not), so it keeps its box in an object slot.
 * That frees NaN to mark an unbound double slot: a function starts with its double slots holding
 * {@link #UNBOUND_DOUBLE}, so a slot's tag is the same on a loop's entry and back-edge and compiled
 * code carries no tag for it.
 */
final class LocalSlots {
    private static final byte UNSET = 0;
    private static final byte LONG = 1;
    private static final byte DOUBLE = 2;
    private static final byte OBJECT = 3;

    /** What an unbound local of double kind holds (see the class comment); any NaN reads as unbound. */
    private static final double UNBOUND_DOUBLE = Double.NaN;

    @CompilationFinal(dimensions = 1) private final byte[] kinds;

    LocalSlots(CodeObject code) {
        kinds = new byte[code.localsPlusNames.length];
        for (int i = 0; i < kinds.length; i++) {
            if ((code.localsPlusKinds[i] & (CodeObject.CO_FAST_CELL | CodeObject.CO_FAST_FREE)) != 0) {
                kinds[i] = OBJECT;
            }
        }
    }

    /**
     * The value of local {@code slot} (boxed for the operand stack) where the compiler proved it
     * bound (LOAD_FAST): a double slot's value is returned without the unbound test, so that the
     * box is not merged with a null and stays virtual in compiled code. An object slot's null
     * (unbound) comes back as null. Other readers test {@link #isUnbound} first.
     */
    Object load(Frame frame, int slot) {
        byte kind = kinds[slot];
        if (kind == LONG) {
            if (frame.isLong(slot)) {
                return frame.getLong(slot);
            }
        } else if (kind == DOUBLE) {
            if (frame.isDouble(slot)) {
                return frame.getDouble(slot);
            }
        }
        if (frame.isObject(slot)) {
            Object value = frame.getObject(slot);
            if (kind == OBJECT || kind == UNSET || value == null) {
                return value;
            }
        }
        CompilerDirectives.transferToInterpreterAndInvalidate();
        return generalizeAndLoad(frame, slot);
    }

    /** Whether local {@code slot} is unbound (LOAD_FAST_CHECK, DELETE_FAST). */
    boolean isUnbound(Frame frame, int slot) {
        if (frame.isDouble(slot)) {
            double d = frame.getDouble(slot);
            return d != d;
        }
        return frame.isObject(slot) && frame.getObject(slot) == null;
    }

    /** The value of local {@code slot}, or null when unbound (LOAD_FAST_AND_CLEAR, MAKE_CELL). */
    Object loadOrNull(Frame frame, int slot) {
        return isUnbound(frame, slot) ? null : load(frame, slot);
    }

    void store(Frame frame, int slot, Object value) {
        byte kind = kinds[slot];
        if (kind == LONG && value instanceof Long l) {
            frame.setLong(slot, l);
        } else if (kind == DOUBLE && Floats.isUnboxable(value)) {
            frame.setDouble(slot, (Double) value);
        } else if (kind == DOUBLE && value == null) {
            frame.setDouble(slot, UNBOUND_DOUBLE);
        } else if (kind == OBJECT || value == null) {
            frame.setObject(slot, value);
        } else {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            specializeAndStore(frame, slot, value);
        }
    }

    /** A slot whose contents do not match its kind: a frame written under another root's kinds (a generator's first resume) or before the kind generalized. */
    private Object generalizeAndLoad(Frame frame, int slot) {
        Object value = value(frame, slot);
        byte kind = kinds[slot];
        byte held = frame.isLong(slot) ? LONG : frame.isDouble(slot) ? DOUBLE : OBJECT;
        kinds[slot] = kind == UNSET ? held : OBJECT;
        if (kinds[slot] == OBJECT) {
            frame.setObject(slot, value);
        }
        return value;
    }

    private void specializeAndStore(Frame frame, int slot, Object value) {
        if (kinds[slot] == UNSET) {
            kinds[slot] = value instanceof Long ? LONG : Floats.isUnboxable(value) ? DOUBLE : OBJECT;
        } else {
            kinds[slot] = OBJECT;
        }
        store(frame, slot, value);
    }

    /**
     * Starts a function's frame: its double slots read as unbound (see the class comment); the
     * others already do, holding the frame's default null.
     */
    @ExplodeLoop
    void initialize(Frame frame) {
        for (int slot = 0; slot < kinds.length; slot++) {
            if (kinds[slot] == DOUBLE) {
                frame.setDouble(slot, UNBOUND_DOUBLE);
            }
        }
    }

    /** The value of local {@code slot} whatever its tag, null when unbound (for slow paths such as locals()). */
    static Object value(Frame frame, int slot) {
        Object value = frame.getValue(slot);
        return value instanceof Double d && frame.isDouble(slot) && Double.isNaN(d) ? null : value;
    }

    /** Copies local {@code slot} with its tag (RETURN_GENERATOR moving the locals to the generator's frame). */
    static void copy(Frame from, Frame to, int slot) {
        if (from.isLong(slot)) {
            to.setLong(slot, from.getLong(slot));
        } else if (from.isDouble(slot)) {
            to.setDouble(slot, from.getDouble(slot));
        } else {
            to.setObject(slot, from.getObject(slot));
        }
    }
}

package org.byterun.nodes;

import org.byterun.runtime.PyDict;

import org.byterun.loader.CodeObject;
import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.PyCell;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyType;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameInstance;

/**
 * The few builtins that look at the Python frame calling them (globals(), locals(), type() filling
 * in __module__, zero-argument super()) find it here. Rare, so it walks Truffle's frames.
 */
public final class CallerFrames {
    private CallerFrames() {
    }

    /** The innermost Python frame (the caller of the builtin) and its code. */
    public record Caller(Frame frame, CodeObject code) {
    }

    /** The innermost Python frame, or null when no Python code is running. */
    @TruffleBoundary
    public static Caller callerOrNull() {
        return Truffle.getRuntime().iterateFrames(f -> {
            if (f.getCallTarget() instanceof RootCallTarget t && t.getRootNode() instanceof BytecodeRootNode root) {
                return new Caller(f.getFrame(FrameInstance.FrameAccess.READ_ONLY), root.getCode());
            }
            return null;
        });
    }

    /** The innermost Python frame; a SystemError if there is none. */
    @TruffleBoundary
    public static Caller caller() {
        Caller caller = callerOrNull();
        if (caller == null) {
            throw PyErrors.systemError("no Python frame to take the namespace of");
        }
        return caller;
    }

    /** The globals of the innermost running Python code, or null. */
    @TruffleBoundary
    public static Object callerGlobals() {
        Caller caller = callerOrNull();
        return caller == null ? null : caller.frame().getArguments()[FrameArgs.GLOBALS];
    }

    /** {@code super()} with no arguments: the enclosing class's __class__ cell and the frame's first argument. */
    @TruffleBoundary
    public static Object[] zeroArgSuper() {
        Caller caller = callerOrNull();
        if (caller == null) {
            throw PyErrors.create(BuiltinTypes.RUNTIME_ERROR, "super(): no current frame");
        }
        CodeObject code = caller.code();
        Frame frame = caller.frame();
        if (code.argCount == 0) {
            throw PyErrors.create(BuiltinTypes.RUNTIME_ERROR, "super(): no arguments");
        }
        Object first = LocalSlots.value(frame, 0);
        if ((code.localsPlusKinds[0] & CodeObject.CO_FAST_CELL) != 0 && first instanceof PyCell c) {
            first = c.get();
        }
        if (first == null) {
            throw PyErrors.create(BuiltinTypes.RUNTIME_ERROR, "super(): arg[0] deleted");
        }
        for (int i = 0; i < code.localsPlusNames.length; i++) {
            if (code.localsPlusNames[i].equals("__class__") && (code.localsPlusKinds[i] & CodeObject.CO_FAST_FREE) != 0) {
                Object cell = frame.getValue(i);
                Object cls = cell instanceof PyCell c ? c.get() : null;
                if (cls == null) {
                    throw PyErrors.create(BuiltinTypes.RUNTIME_ERROR, "super(): empty __class__ cell");
                }
                if (!(cls instanceof PyType)) {
                    throw PyErrors.create(BuiltinTypes.RUNTIME_ERROR, "super(): __class__ is not a type (" + PyErrors.typeName(cls) + ")");
                }
                return new Object[]{cls, first};
            }
        }
        throw PyErrors.create(BuiltinTypes.RUNTIME_ERROR, "super(): __class__ cell not found");
    }

    /** The bound local variables of a frame of {@code code} (cells read through), as a fresh dict (locals(), f_locals); slow path only. */
    public static PyDict localsSnapshot(Frame frame, CodeObject code) {
        PyDict snapshot = new PyDict();
        for (int i = 0; i < code.localsPlusNames.length; i++) {
            Object v = LocalSlots.value(frame, i);
            if (v instanceof PyCell cell && (code.localsPlusKinds[i] & (CodeObject.CO_FAST_CELL | CodeObject.CO_FAST_FREE)) != 0) {
                v = cell.get();
            }
            if (v != null) {
                snapshot.put(code.localsPlusNames[i], v);
            }
        }
        return snapshot;
    }
}

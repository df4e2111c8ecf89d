package org.byterun.bytecode;

import org.byterun.loader.CodeObject;

/** Thrown by {@link BytecodeAnalysis} for code that cannot be run safely; reported as SystemError. */
public final class BadBytecodeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadBytecodeException(CodeObject code, int unit, String what) {
        super("bad bytecode in " + code.qualname + " (" + code.filename + ") at offset " + (unit * 2) + ": " + what);
    }
}

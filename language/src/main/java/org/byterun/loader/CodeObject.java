package org.byterun.loader;

import org.byterun.runtime.PyBytes;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;

/**
 * An immutable CPython 3.13 code object as loaded from marshal data. The exception and location
 * tables are decoded once, at load time. The interpreter's root node for this code is created
 * lazily and cached here ({@link #getRootHolder()}).
 */
public final class CodeObject {
    // co_flags bits
    public static final int CO_OPTIMIZED = 0x1;
    public static final int CO_NEWLOCALS = 0x2;
    public static final int CO_VARARGS = 0x4;
    public static final int CO_VARKEYWORDS = 0x8;
    public static final int CO_NESTED = 0x10;
    public static final int CO_GENERATOR = 0x20;
    public static final int CO_COROUTINE = 0x80;
    public static final int CO_ITERABLE_COROUTINE = 0x100;
    public static final int CO_ASYNC_GENERATOR = 0x200;

    // kinds of localsplus entries (co_localspluskinds)
    public static final byte CO_FAST_HIDDEN = 0x10;
    public static final byte CO_FAST_LOCAL = 0x20;
    public static final byte CO_FAST_CELL = 0x40;
    public static final byte CO_FAST_FREE = (byte) 0x80;

    public final int argCount;
    public final int posOnlyArgCount;
    public final int kwOnlyArgCount;
    public final int stackSize;
    public final int flags;
    /** The code units as CPython stores them: pairs of (opcode, oparg) bytes. */
    @CompilationFinal(dimensions = 1) public final byte[] code;
    @CompilationFinal(dimensions = 1) public final Object[] consts;
    @CompilationFinal(dimensions = 1) public final String[] names;
    @CompilationFinal(dimensions = 1) public final String[] localsPlusNames;
    @CompilationFinal(dimensions = 1) public final byte[] localsPlusKinds;
    public final String filename;
    public final String name;
    public final String qualname;
    public final int firstLineNo;
    public final LineTable lineTable;
    public final ExceptionTable exceptionTable;
    /** The raw co_linetable and co_exceptiontable bytes, kept for code.replace / marshal round trips. */
    public final PyBytes rawLineTable;
    public final PyBytes rawExceptionTable;

    /** Number of plain locals, cells and frees among localsPlusNames. */
    public final int nLocals;
    public final int nCells;
    public final int nFrees;

    /** Set by the interpreter: holds the lazily built root node / call target for this code. */
    private volatile Object rootHolder;
    /** The root that runs this code as a generator's body, once made. */
    private volatile Object generatorRootHolder;

    public CodeObject(int argCount, int posOnlyArgCount, int kwOnlyArgCount, int stackSize, int flags, byte[] code,
                    Object[] consts, String[] names, String[] localsPlusNames, byte[] localsPlusKinds, String filename,
                    String name, String qualname, int firstLineNo, PyBytes rawLineTable, PyBytes rawExceptionTable) {
        this.argCount = argCount;
        this.posOnlyArgCount = posOnlyArgCount;
        this.kwOnlyArgCount = kwOnlyArgCount;
        this.stackSize = stackSize;
        this.flags = flags;
        this.code = code;
        this.consts = consts;
        this.names = names;
        this.localsPlusNames = localsPlusNames;
        this.localsPlusKinds = localsPlusKinds;
        this.filename = filename;
        this.name = name;
        this.qualname = qualname;
        this.firstLineNo = firstLineNo;
        this.rawLineTable = rawLineTable;
        this.rawExceptionTable = rawExceptionTable;
        this.lineTable = LineTable.decode(rawLineTable.bytes(), firstLineNo, code.length / 2);
        this.exceptionTable = ExceptionTable.decode(rawExceptionTable.bytes());
        int locals = 0;
        int cells = 0;
        int frees = 0;
        for (byte kind : localsPlusKinds) {
            if ((kind & CO_FAST_FREE) != 0) {
                frees++;
            } else if ((kind & CO_FAST_CELL) != 0) {
                cells++;
            } else {
                locals++;
            }
        }
        this.nLocals = locals;
        this.nCells = cells;
        this.nFrees = frees;
    }

    /** Number of code units (instructions and inline caches). */
    public int codeUnits() {
        return code.length / 2;
    }

    public int opcodeAt(int unit) {
        return code[2 * unit] & 0xFF;
    }

    public int opargAt(int unit) {
        return code[2 * unit + 1] & 0xFF;
    }

    public int totalArgCount() {
        int n = argCount + kwOnlyArgCount;
        if ((flags & CO_VARARGS) != 0) {
            n++;
        }
        if ((flags & CO_VARKEYWORDS) != 0) {
            n++;
        }
        return n;
    }

    public boolean isGeneratorLike() {
        return (flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR | CO_ITERABLE_COROUTINE)) != 0;
    }

    public Object getRootHolder() {
        return rootHolder;
    }

    public void setRootHolder(Object holder) {
        this.rootHolder = holder;
    }

    public Object getGeneratorRootHolder() {
        return generatorRootHolder;
    }

    public void setGeneratorRootHolder(Object holder) {
        this.generatorRootHolder = holder;
    }

    @Override
    public String toString() {
        return "<code object " + name + ", file \"" + filename + "\", line " + firstLineNo + ">";
    }
}

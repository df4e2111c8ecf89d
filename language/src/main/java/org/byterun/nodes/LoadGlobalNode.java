package org.byterun.nodes;

import org.byterun.ByteRunContext;
import org.byterun.ByteRunLanguage;
import org.byterun.runtime.PyDict;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * LOAD_GLOBAL: the module's globals, then builtins; NameError if neither has the name. The value
 * is cached (so compiled code sees a constant, and a call of a global function becomes a direct
 * call) behind assumptions that the name's binding in the globals, and for a builtin also in
 * builtins, stays as it is; a store invalidates them. A name rebound again and again, a second
 * globals dict, or an engine with several contexts leaves the node on the plain lookup.
 */
public final class LoadGlobalNode extends Node {
    private static final int UNINITIALIZED = 0;
    private static final int CACHED = 1;
    private static final int GENERIC = 2;

    private final String name;
    @CompilationFinal private int state = UNINITIALIZED;
    @CompilationFinal private PyDict cachedGlobals;
    @CompilationFinal private Object cachedValue;
    @CompilationFinal private Assumption globalsUnchanged;
    /** Only for a builtin: its binding in builtins stays (null when the name is a global). */
    @CompilationFinal private Assumption builtinsUnchanged;
    @CompilationFinal private int respecializations;

    private LoadGlobalNode(String name) {
        this.name = name;
    }

    public static LoadGlobalNode create(String name) {
        return new LoadGlobalNode(name);
    }

    public Object execute(PyDict globals) {
        if (state == CACHED) {
            if (globals == cachedGlobals && globalsUnchanged.isValid() && (builtinsUnchanged == null || builtinsUnchanged.isValid())) {
                return cachedValue;
            }
            CompilerDirectives.transferToInterpreterAndInvalidate();
            respecializations++;
            state = globals == cachedGlobals && respecializations < 3 ? UNINITIALIZED : GENERIC;
        }
        if (state == UNINITIALIZED) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            return specialize(globals);
        }
        return lookup(globals, ByteRunContext.get(this));
    }

    private Object specialize(PyDict globals) {
        ByteRunContext context = ByteRunContext.get(this);
        Object value = globals.get(name);
        boolean builtin = value == null;
        if (builtin) {
            value = context.getBuiltins().getDict().get(name);
            if (value == null) {
                throw NameOps.nameNotDefined(name);
            }
        }
        Assumption inGlobals = ByteRunLanguage.get(this).isSingleContext() ? globals.storage().stableAssumption(name) : null;
        Assumption inBuiltins = null;
        if (builtin && inGlobals != null) {
            inBuiltins = context.getBuiltins().getDict().storage().stableAssumption(name);
        }
        if (inGlobals == null || builtin && inBuiltins == null) {
            state = GENERIC;
            return value;
        }
        cachedGlobals = globals;
        cachedValue = value;
        globalsUnchanged = inGlobals;
        builtinsUnchanged = inBuiltins;
        state = CACHED;
        return value;
    }

    @TruffleBoundary
    private Object lookup(PyDict globals, ByteRunContext context) {
        Object v = globals.get(name);
        if (v == null) {
            v = context.getBuiltins().getDict().get(name);
            if (v == null) {
                throw NameOps.nameNotDefined(name);
            }
        }
        return v;
    }
}

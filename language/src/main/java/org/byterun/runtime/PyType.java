package org.byterun.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A Python type object. Builtin types are created once per JVM (they are immutable, so every
 * context shares them); their attribute table holds builtin methods and descriptors.
 */
public final class PyType implements com.oracle.truffle.api.interop.TruffleObject {
    private final String name;
    private final PyType base;
    private final PyType[] mro;
    private final Map<String, Object> attributes = new LinkedHashMap<>();
    /** What calling a builtin type does (int(x), list(it), ...), or null if not callable yet. */
    private PyBuiltinFunction.Body constructor;

    public PyType(String name, PyType base) {
        this.name = name;
        this.base = base;
        if (base == null) {
            this.mro = new PyType[]{this};
        } else {
            PyType[] baseMro = base.mro;
            this.mro = new PyType[baseMro.length + 1];
            this.mro[0] = this;
            System.arraycopy(baseMro, 0, this.mro, 1, baseMro.length);
        }
    }

    public String getName() {
        return name;
    }

    public PyType getBase() {
        return base;
    }

    public PyType[] getMro() {
        return mro;
    }

    /** True if this type is {@code other} or derives from it. */
    public boolean isSubtypeOf(PyType other) {
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /** Looks a name up along the MRO; null if absent. */
    @TruffleBoundary
    public Object lookup(String attr) {
        for (PyType t : mro) {
            Object v = t.attributes.get(attr);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    @TruffleBoundary
    public Object getOwnAttribute(String attr) {
        return attributes.get(attr);
    }

    /** The names this type itself defines (not its bases), for dir(). */
    @TruffleBoundary
    public String[] getOwnAttributeNames() {
        return attributes.keySet().toArray(new String[0]);
    }

    @TruffleBoundary
    public void setAttribute(String attr, Object value) {
        attributes.put(attr, value);
    }

    public PyBuiltinFunction.Body getConstructor() {
        return constructor;
    }

    public void setConstructor(PyBuiltinFunction.Body constructor) {
        this.constructor = constructor;
    }

    @Override
    public String toString() {
        return "<class '" + name + "'>";
    }
}

package org.byterun.runtime;

import java.lang.invoke.MethodHandles;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.object.Shape;

/**
 * An instance of a Python class. Its attributes live in the object's shape-described fields, so
 * compiled {@code self.x} is a shape check and a field load. Once a program asks for the instance's
 * {@code __dict__} the attributes move into a real dict (shape flag {@link #DICT_MODE}), because
 * the dict and the attributes must then stay one and the same.
 */
public final class PyInstance extends DynamicObject implements PyObjectLike {
    /** Shape flag: the attributes live in {@link #dict}, not in shape properties. */
    public static final int DICT_MODE = 1;

    private static final Shape ROOT = Shape.newBuilder().layout(PyInstance.class, MethodHandles.lookup()).build();

    private PyType type;
    private PyDict dict;
    /**
     * For an instance of a subclass of a builtin value type ({@code class X(int)}, {@code X(list)},
     * ...): the builtin object that holds the inherited state (a Long, String, PyList, ...); else
     * null. See {@link BuiltinValues}.
     */
    private final Object builtinValue;

    public PyInstance(PyType type) {
        this(type, null);
    }

    public PyInstance(PyType type, Object builtinValue) {
        super(ROOT);
        this.type = type;
        this.builtinValue = builtinValue;
    }

    public Object getBuiltinValue() {
        return builtinValue;
    }

    @Override
    public PyType getPyType() {
        return type;
    }

    /** {@code obj.__class__ = other} (layout compatibility is checked by the caller). */
    public void setPyType(PyType newType) {
        this.type = newType;
    }

    /** The instance's __dict__, moving the attributes into it on first request. */
    @TruffleBoundary
    public PyDict getDict() {
        if (dict == null) {
            DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
            PyDict d = new PyDict();
            for (Object key : lib.getKeyArray(this)) {
                if (key instanceof String) { // __slots__ values (SlotKey) stay where they are
                    d.put(key, lib.getOrDefault(this, key, null));
                    lib.removeKey(this, key);
                }
            }
            lib.setShapeFlags(this, DICT_MODE);
            dict = d;
        }
        return dict;
    }

    /** Replaces __dict__ ({@code obj.__dict__ = {...}}). */
    @TruffleBoundary
    public void setDict(PyDict newDict) {
        getDict();
        dict = newDict;
    }

    /** An instance attribute, or null. */
    @TruffleBoundary
    public Object getAttribute(String name) {
        if (dict != null) {
            return dict.get(name);
        }
        return DynamicObjectLibrary.getUncached().getOrDefault(this, name, null);
    }

    @TruffleBoundary
    public void setAttribute(String name, Object value) {
        if (dict != null) {
            dict.put(name, value);
        } else {
            DynamicObjectLibrary.getUncached().put(this, name, value);
        }
    }

    /** Removes an instance attribute; false if there was none. */
    @TruffleBoundary
    public boolean deleteAttribute(String name) {
        if (dict != null) {
            return dict.remove(name) != null;
        }
        return DynamicObjectLibrary.getUncached().removeKey(this, name);
    }

    /** The storage key of a {@code __slots__} member, distinct from an attribute of the same name. */
    public record SlotKey(String name) {
    }

    @TruffleBoundary
    public Object getSlot(SlotKey key) {
        return DynamicObjectLibrary.getUncached().getOrDefault(this, key, null);
    }

    @TruffleBoundary
    public void setSlot(SlotKey key, Object value) {
        if (value == null) {
            DynamicObjectLibrary.getUncached().removeKey(this, key);
        } else {
            DynamicObjectLibrary.getUncached().put(this, key, value);
        }
    }

    /** The dict once materialized, else null (for fast paths that must not materialize it). */
    public PyDict getDictIfMaterialized() {
        return dict;
    }
}

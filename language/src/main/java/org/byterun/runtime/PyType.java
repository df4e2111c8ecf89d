package org.byterun.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;

/**
 * A Python type object. Builtin types are created once per JVM and never change; classes made by a
 * class statement or {@code type(name, bases, dict)} ("heap types") belong to a context and may be
 * changed, which invalidates {@link #getUnchangedAssumption()} for them and every subclass, so
 * compiled code may fold a lookup along the MRO to a constant.
 */
public final class PyType implements PyObjectLike {
    private String name;
    private String qualname;
    /** The first base: the one whose instance layout this type extends. */
    private PyType base;
    @CompilationFinal(dimensions = 1) private PyType[] bases;
    @CompilationFinal(dimensions = 1) private PyType[] mro;
    private PyType metatype;
    /** The class namespace, in definition order (what type.__dict__ shows). */
    private final PyDict attributes = new PyDict();
    private final boolean heapType;
    /** Instances carry a __dict__ (false for builtin types and for classes whose __slots__ lack it). */
    private boolean instancesHaveDict;
    /** What calling a builtin type does (int(x), list(it), ...), or null if not callable yet. */
    private PyBuiltinFunction.Body constructor;
    @CompilationFinal private Assumption unchanged;
    /** The assumption {@link #classClaimIsOwn} was worked out under (null: not yet). */
    private Assumption classClaimCheckedUnder;
    private boolean classClaimIsOwn;
    private final List<WeakReference<PyType>> subclasses = new ArrayList<>();

    /** A builtin type with a single base. */
    public PyType(String name, PyType base) {
        this.name = name;
        this.qualname = name;
        this.base = base;
        this.bases = base == null ? new PyType[0] : new PyType[]{base};
        this.heapType = false;
        this.unchanged = Truffle.getRuntime().createAssumption(name);
        if (base == null) {
            this.mro = new PyType[]{this};
        } else {
            PyType[] baseMro = base.mro;
            this.mro = new PyType[baseMro.length + 1];
            this.mro[0] = this;
            System.arraycopy(baseMro, 0, this.mro, 1, baseMro.length);
            base.subclasses.add(new WeakReference<>(this));
        }
    }

    /** A builtin type with several bases (ExceptionGroup); the first one gives the instance layout. */
    public static PyType builtinWithBases(String name, PyType... bases) {
        PyType t = new PyType(name, bases[0]);
        t.bases = bases.clone();
        t.mro = Mro.compute(t, bases);
        for (int i = 1; i < bases.length; i++) {
            bases[i].subclasses.add(new WeakReference<>(t));
        }
        return t;
    }

    /** A heap type; the caller computes the MRO with {@link Mro#compute} and fills the namespace. */
    public PyType(PyType metatype, String name, PyType[] bases, PyType base, boolean instancesHaveDict) {
        this.metatype = metatype;
        this.name = name;
        this.qualname = name;
        this.bases = bases;
        this.base = base;
        this.heapType = true;
        this.instancesHaveDict = instancesHaveDict;
        this.unchanged = Truffle.getRuntime().createAssumption(name);
        this.mro = new PyType[]{this};
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getQualname() {
        return qualname;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    public PyType getBase() {
        return base;
    }

    public PyType[] getBases() {
        return bases;
    }

    public PyType[] getMro() {
        return mro;
    }

    /** Installs the MRO of a new heap type and registers it with its bases. */
    @TruffleBoundary
    public void setMroAndRegister(PyType[] newMro) {
        this.mro = newMro;
        for (PyType b : bases) {
            b.subclasses.add(new WeakReference<>(this));
        }
    }

    public boolean isHeapType() {
        return heapType;
    }

    public boolean instancesHaveDict() {
        return instancesHaveDict;
    }

    /** The type of this type object: {@code type} unless a metaclass made it. */
    public PyType getMetatype() {
        return metatype == null ? BuiltinTypes.TYPE : metatype;
    }

    @Override
    public PyType getPyType() {
        return getMetatype();
    }

    /** Valid while neither this type's namespace nor any base's changes. */
    public Assumption getUnchangedAssumption() {
        return unchanged;
    }

    /**
     * Whether {@code x.__class__} is this type for every instance x: nothing along the MRO defines
     * __class__ and only object's __getattribute__ applies. isinstance then answers False from the
     * type alone. Cached until this type or a base changes.
     */
    public boolean instancesReportOwnClass() {
        Assumption current = unchanged;
        if (classClaimCheckedUnder != current || !current.isValid()) {
            checkClassClaim(current);
        }
        return classClaimIsOwn;
    }

    @TruffleBoundary
    private void checkClassClaim(Assumption current) {
        PyType getattribute = lookupOwner("__getattribute__");
        classClaimIsOwn = lookupOwner("__class__") == null && (getattribute == null || getattribute == BuiltinTypes.OBJECT);
        classClaimCheckedUnder = current;
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

    /** The first type along the MRO whose namespace has {@code attr}, or null. */
    @TruffleBoundary
    public PyType lookupOwner(String attr) {
        for (PyType t : mro) {
            if (t.attributes.get(attr) != null) {
                return t;
            }
        }
        return null;
    }

    @TruffleBoundary
    public Object getOwnAttribute(String attr) {
        return attributes.get(attr);
    }

    /** The namespace itself (read it through a mappingproxy; write through {@link #setAttribute}). */
    public PyDict getNamespace() {
        return attributes;
    }

    /** The names this type itself defines (not its bases), for dir(). */
    @TruffleBoundary
    public String[] getOwnAttributeNames() {
        List<String> names = new ArrayList<>();
        for (Object k : attributes.storage().keysArray()) {
            if (k instanceof String s) {
                names.add(s);
            }
        }
        return names.toArray(new String[0]);
    }

    @TruffleBoundary
    public void setAttribute(String attr, Object value) {
        attributes.put(attr, value);
        invalidate();
    }

    /** Removes an attribute; false if this type did not define it. */
    @TruffleBoundary
    public boolean deleteAttribute(String attr) {
        boolean had = attributes.remove(attr) != null;
        invalidate();
        return had;
    }

    /** Lookups cached under the old state are stale: for this type and, transitively, its subclasses. */
    @TruffleBoundary
    private void invalidate() {
        if (unchanged.isValid()) {
            unchanged.invalidate();
        }
        unchanged = Truffle.getRuntime().createAssumption(name);
        for (PyType sub : getSubclasses()) {
            sub.invalidate();
        }
    }

    /** The live direct subclasses, in creation order. */
    @TruffleBoundary
    public List<PyType> getSubclasses() {
        List<PyType> live = new ArrayList<>();
        subclasses.removeIf(ref -> ref.get() == null);
        for (WeakReference<PyType> ref : subclasses) {
            PyType t = ref.get();
            if (t != null) {
                live.add(t);
            }
        }
        return live;
    }

    public PyBuiltinFunction.Body getConstructor() {
        return constructor;
    }

    public void setConstructor(PyBuiltinFunction.Body constructor) {
        this.constructor = constructor;
    }

    /** {@code module.qualname}, without the module for builtins: how reprs name the class. */
    @TruffleBoundary
    public String getQualifiedName() {
        Object module = heapType ? attributes.get("__module__") : null;
        return module instanceof String m && !m.equals("builtins") ? m + "." + qualname : qualname;
    }

    @Override
    public String repr() {
        return "<class '" + getQualifiedName() + "'>";
    }

    @Override
    public String toString() {
        return repr();
    }
}

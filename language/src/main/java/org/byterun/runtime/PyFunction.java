package org.byterun.runtime;

import org.byterun.loader.CodeObject;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;

/** A Python function: code, globals, defaults and closure, as MAKE_FUNCTION builds it. */
public final class PyFunction extends PyCallable {
    private final CodeObject code;
    private final PyDict globals;
    private String name;
    private String qualname;
    /** Positional defaults (SET_FUNCTION_ATTRIBUTE 1), or null. */
    @CompilationFinal(dimensions = 1) private Object[] defaults;
    /** Keyword-only defaults (SET_FUNCTION_ATTRIBUTE 2), or null. */
    private PyDict kwDefaults;
    /** Annotations as SET_FUNCTION_ATTRIBUTE 4 gives them (a flat name/value tuple), or null. */
    private Object annotations;
    /** Closure cells (SET_FUNCTION_ATTRIBUTE 8), or null. */
    @CompilationFinal(dimensions = 1) private PyCell[] closure;
    private Object module;
    private Object doc = PyNone.INSTANCE;
    /** The function's __dict__ (f.attr = value), created on first use. */
    private PyDict dict;
    /** PEP 695 type parameters (def f[T]), as __type_params__ shows them. */
    private PyTuple typeParams = PyTuple.of();

    public PyFunction(CodeObject code, PyDict globals) {
        this.code = code;
        this.globals = globals;
        this.name = code.name;
        this.qualname = code.qualname;
        Object mod = globals.get("__name__");
        this.module = mod != null ? mod : PyNone.INSTANCE;
        // CPython 3.13 puts a function's docstring (or None) first in co_consts
        if (code.consts.length > 0 && code.consts[0] instanceof String s) {
            this.doc = s;
        }
    }

    public PyTuple getTypeParams() {
        return typeParams;
    }

    public void setTypeParams(PyTuple typeParams) {
        this.typeParams = typeParams;
    }

    public CodeObject getCode() {
        return code;
    }

    public PyDict getGlobals() {
        return globals;
    }

    public String getName() {
        return name;
    }

    public String getQualname() {
        return qualname;
    }

    public Object[] getDefaults() {
        return defaults;
    }

    public void setDefaults(Object[] defaults) {
        this.defaults = defaults;
    }

    public PyDict getKwDefaults() {
        return kwDefaults;
    }

    public void setKwDefaults(PyDict kwDefaults) {
        this.kwDefaults = kwDefaults;
    }

    public Object getAnnotations() {
        return annotations;
    }

    public void setAnnotations(Object annotations) {
        this.annotations = annotations;
    }

    public PyCell[] getClosure() {
        return closure;
    }

    public void setClosure(PyCell[] closure) {
        this.closure = closure;
    }

    public Object getModule() {
        return module;
    }

    public Object getDoc() {
        return doc;
    }

    public void setDoc(Object doc) {
        this.doc = doc;
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    public void setModule(Object module) {
        this.module = module;
    }

    public PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    /** The function's own attribute, or null; does not create the dict. */
    public Object getOwnAttribute(String attr) {
        return dict == null ? null : dict.get(attr);
    }

    @Override
    public PyType getPyType() {
        return BuiltinTypes.FUNCTION;
    }

    @Override
    public String repr() {
        return "<function " + qualname + " at 0x" + Integer.toHexString(System.identityHashCode(this)) + ">";
    }
}

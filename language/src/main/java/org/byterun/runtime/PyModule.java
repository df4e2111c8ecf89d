package org.byterun.runtime;

/** A Python module: a name and its globals dict. */
@com.oracle.truffle.api.library.ExportLibrary(com.oracle.truffle.api.interop.InteropLibrary.class)
public final class PyModule implements PyObjectLike {
    private final String name;
    private final PyDict dict;

    public PyModule(String name) {
        this(name, new PyDict());
    }

    public PyModule(String name, PyDict dict) {
        this.name = name;
        this.dict = dict;
        if (dict.get("__name__") == null) {
            dict.put("__name__", name);
        }
    }

    public String getName() {
        return name;
    }

    public PyDict getDict() {
        return dict;
    }

    public Object getAttribute(String attr) {
        return dict.get(attr);
    }

    public void setAttribute(String attr, Object value) {
        dict.put(attr, value);
    }

    @Override
    public PyType getPyType() {
        return BuiltinTypes.MODULE;
    }

    @Override
    public String repr() {
        Object file = dict.get("__file__");
        return file instanceof String f ? "<module '" + name + "' from '" + f + "'>" : "<module '" + name + "' (built-in)>";
    }

    // ---- interop: a module's globals are its members ----

    @com.oracle.truffle.api.library.ExportMessage
    boolean hasMembers() {
        return true;
    }

    @com.oracle.truffle.api.library.ExportMessage
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (Object k : dict.storage().keysArray()) {
            if (k instanceof String s) {
                names.add(s);
            }
        }
        return new org.byterun.interop.MemberNames(names.toArray(new String[0]));
    }

    @com.oracle.truffle.api.library.ExportMessage
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    boolean isMemberReadable(String member) {
        return dict.get(member) != null;
    }

    @com.oracle.truffle.api.library.ExportMessage
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    Object readMember(String member) throws com.oracle.truffle.api.interop.UnknownIdentifierException {
        Object v = dict.get(member);
        if (v == null) {
            throw com.oracle.truffle.api.interop.UnknownIdentifierException.create(member);
        }
        return org.byterun.interop.InteropValues.toInterop(v);
    }

    @com.oracle.truffle.api.library.ExportMessage
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    boolean isMemberModifiable(String member) {
        return dict.get(member) != null;
    }

    @com.oracle.truffle.api.library.ExportMessage
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    boolean isMemberInsertable(String member) {
        return dict.get(member) == null;
    }

    @com.oracle.truffle.api.library.ExportMessage
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    void writeMember(String member, Object value) {
        dict.put(member, org.byterun.interop.InteropValues.toPython(value));
    }

    @com.oracle.truffle.api.library.ExportMessage
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return repr();
    }
}

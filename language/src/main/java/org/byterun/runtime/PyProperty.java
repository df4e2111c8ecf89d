package org.byterun.runtime;

/** property(fget, fset, fdel, doc): a data descriptor calling Python accessors. */
public final class PyProperty implements PyObjectLike {
    private final Object fget;
    private final Object fset;
    private final Object fdel;
    private final Object doc;
    /** The attribute name (from __set_name__ or fget.__name__), for error messages; may be null. */
    private String name;

    /** Accessors and doc are null when absent. */
    public PyProperty(Object fget, Object fset, Object fdel, Object doc, String name) {
        this.fget = fget;
        this.fset = fset;
        this.fdel = fdel;
        this.doc = doc;
        this.name = name;
    }

    public Object getGetter() {
        return fget;
    }

    public Object getSetter() {
        return fset;
    }

    public Object getDeleter() {
        return fdel;
    }

    public Object getDoc() {
        return doc;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    @Override
    public PyType getPyType() {
        return BuiltinTypes.PROPERTY;
    }
}

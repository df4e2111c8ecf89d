package org.byterun.runtime;

/**
 * A function written in Java: a builtin such as {@code len}, or a method of a builtin type (then
 * {@code self} is bound when it is looked up on an object, see {@link PyBoundBuiltin}).
 */
public final class PyBuiltinFunction extends PyCallable {
    /** The Java body: positional arguments, then keyword names and values (both empty when none). */
    @FunctionalInterface
    public interface Body {
        Object call(Object[] args, String[] kwNames, Object[] kwValues);
    }

    private final String name;
    private final Body body;
    /** The type this is a method of, or null for a module-level builtin. */
    private final PyType owner;

    public PyBuiltinFunction(String name, PyType owner, Body body) {
        this.name = name;
        this.owner = owner;
        this.body = body;
    }

    public String getName() {
        return name;
    }

    public Body getBody() {
        return body;
    }

    public PyType getOwner() {
        return owner;
    }

    @Override
    public PyType getPyType() {
        return BuiltinTypes.BUILTIN_FUNCTION;
    }

    @Override
    public String repr() {
        return owner == null ? "<built-in function " + name + ">" : "<method '" + name + "' of '" + owner.getName() + "' objects>";
    }
}

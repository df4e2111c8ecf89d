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
    /** Whether an instance of a subclass of owner reaches the body as its builtin value (see {@link BuiltinValues}). */
    private boolean unwrapsSelf;
    private final BuiltinValues.Operands operands;

    public PyBuiltinFunction(String name, PyType owner, Body body) {
        this.name = name;
        this.owner = owner;
        this.body = body;
        this.unwrapsSelf = owner != null && BuiltinValues.isValueType(owner);
        this.operands = BuiltinValues.operandsOf(owner, name);
    }

    /** Marks a method that needs the subclass instance itself as self (dict.__getitem__ for __missing__, int.__format__ for str()). */
    public PyBuiltinFunction receivingSubclassSelf() {
        this.unwrapsSelf = false;
        return this;
    }

    public boolean unwrapsSelf() {
        return unwrapsSelf;
    }

    /** Whether the body may see builtin values in place of subclass instances (see {@link BuiltinValues}). */
    public boolean unwrapsArguments() {
        return unwrapsSelf || operands == BuiltinValues.Operands.UNWRAPPED;
    }

    public BuiltinValues.Operands getOperands() {
        return operands;
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

package org.byterun.runtime;

/**
 * A frame object, as far as ByteRun has them: the frame of a generator, coroutine or async
 * generator ({@code gi_frame}, {@code cr_frame}, {@code ag_frame}), which lives on while the
 * generator is suspended. Its line and locals are read from the generator when asked.
 */
public final class PyFrame implements PyObjectLike {
    private final PyGenerator generator;

    public PyFrame(PyGenerator generator) {
        this.generator = generator;
    }

    public PyGenerator getGenerator() {
        return generator;
    }

    @Override
    public PyType getPyType() {
        return BuiltinTypes.FRAME;
    }

    @Override
    public String repr() {
        int line = generator.getCode().lineTable.lineAt(org.byterun.nodes.Generators.resumeUnit(generator));
        return "<frame at 0x" + Long.toHexString(System.identityHashCode(this)) + ", file '" + generator.getCode().filename + "', line " + line + ", code "
                        + generator.getCode().name + ">";
    }
}

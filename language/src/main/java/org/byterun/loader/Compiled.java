package org.byterun.loader;

/**
 * What the front end produces: the marshal bytes of the code object and the warnings CPython's
 * compiler emitted (SyntaxWarning ...), already formatted as CPython prints them ("" if none).
 */
public record Compiled(byte[] code, String warnings) {
}

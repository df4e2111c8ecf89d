package org.byterun.runtime;

import org.byterun.interop.InteropValues;
import org.byterun.nodes.Calls;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** What functions, builtin functions and bound methods share: other languages can call them. */
@ExportLibrary(InteropLibrary.class)
public abstract class PyCallable implements PyObjectLike {
    @ExportMessage
    final boolean isExecutable() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    final Object execute(Object[] arguments) {
        Object result = Calls.call(this, InteropValues.toPython(arguments));
        return InteropValues.toInterop(result);
    }

    @ExportMessage
    @TruffleBoundary
    final Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return repr();
    }
}

package org.byterun.nodes;

import org.byterun.ByteRunContext;
import org.byterun.ByteRunLanguage;
import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.PyDict;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyFunction;
import org.byterun.runtime.PySuper;
import org.byterun.runtime.PyType;
import org.byterun.runtime.SuperLookup;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.IndirectCallNode;

/** The opcodes of class bodies and super(): LOAD_BUILD_CLASS, LOAD_LOCALS, LOAD_FROM_DICT_OR_*, LOAD_SUPER_ATTR. */
public final class ClassOps {
    private ClassOps() {
    }

    @TruffleBoundary
    public static Object loadBuildClass(ByteRunContext context) {
        Object f = context.getBuiltins().getDict().get("__build_class__");
        if (f == null) {
            throw PyErrors.create(BuiltinTypes.NAME_ERROR, "__build_class__ not found");
        }
        return f;
    }

    /** Runs a class body with the namespace as its locals; returns what it returns (the __class__ cell or None). */
    @TruffleBoundary
    public static Object runClassBody(PyFunction body, Object namespace) {
        Object[] frameArgs = new Object[FrameArgs.FIRST_PARAM];
        frameArgs[FrameArgs.FUNCTION] = body;
        frameArgs[FrameArgs.GLOBALS] = body.getGlobals();
        frameArgs[FrameArgs.LOCALS] = namespace;
        try {
            return IndirectCallNode.getUncached().call(BytecodeRootNode.forCode(ByteRunLanguage.get(null), body.getCode()).getCallTarget(), frameArgs);
        } catch (StackOverflowError e) {
            throw DispatchNode.recursionError();
        }
    }

    /** LOAD_LOCALS: the class body's namespace. */
    public static Object loadLocals(Object[] frameArgs) {
        Object locals = frameArgs[FrameArgs.LOCALS];
        if (locals == null) {
            throw PyErrors.systemError("no locals found");
        }
        return locals;
    }

    /** LOAD_FROM_DICT_OR_GLOBALS: the mapping, then globals, then builtins. */
    @TruffleBoundary
    public static Object loadFromDictOrGlobals(ByteRunContext context, Object[] frameArgs, Object mapping, String name) {
        Object v = NameOps.mappingGet(mapping, name);
        return v != null ? v : NameOps.loadGlobalOrBuiltin(context, frameArgs, name);
    }

    /**
     * LOAD_SUPER_ATTR with the builtin super: the attribute of super(cls, self); the method form gives
     * the plain function and self when the attribute is one (no bound method is made).
     */
    @TruffleBoundary
    public static Object[] loadSuperAttr(Object globalSuper, Object cls, Object self, String name, boolean methodForm, boolean twoArgs) {
        if (globalSuper != BuiltinTypes.SUPER) {
            Object s = twoArgs ? Calls.call(globalSuper, cls, self) : Calls.call(globalSuper);
            return new Object[]{org.byterun.runtime.Attributes.getAttribute(s, name), null};
        }
        if (!(cls instanceof PyType)) {
            throw PyErrors.typeError("super() argument 1 must be a type, not " + PyErrors.typeName(cls));
        }
        PySuper sup = SuperLookup.create(cls, self);
        if (methodForm) {
            Object raw = SuperLookup.findRaw(sup.getThisType(), sup.getObjectType(), name);
            if (raw instanceof PyFunction && sup.getObject() != sup.getObjectType()) {
                return new Object[]{raw, self};
            }
        }
        return new Object[]{SuperLookup.get(sup, name), null};
    }
}

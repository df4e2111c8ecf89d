package org.byterun.bytecode;

import static org.byterun.bytecode.Opcodes.*;

import org.byterun.loader.CodeObject;
import org.byterun.runtime.Repr;

/** Renders an instruction's argument the way CPython 3.13's {@code dis} shows it, for --trace. */
public final class Disassembler {
    private Disassembler() {
    }

    private static final String[] COMPARE = {"<", "<=", "==", "!=", ">", ">="};
    private static final String[] INTRINSIC_1 = {"INTRINSIC_1_INVALID", "INTRINSIC_PRINT", "INTRINSIC_IMPORT_STAR",
                    "INTRINSIC_STOPITERATION_ERROR", "INTRINSIC_ASYNC_GEN_WRAP", "INTRINSIC_UNARY_POSITIVE", "INTRINSIC_LIST_TO_TUPLE",
                    "INTRINSIC_TYPEVAR", "INTRINSIC_PARAMSPEC", "INTRINSIC_TYPEVARTUPLE", "INTRINSIC_SUBSCRIPT_GENERIC", "INTRINSIC_TYPEALIAS"};
    private static final String[] INTRINSIC_2 = {"INTRINSIC_2_INVALID", "INTRINSIC_PREP_RERAISE_STAR", "INTRINSIC_TYPEVAR_WITH_BOUND",
                    "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS", "INTRINSIC_SET_FUNCTION_TYPE_PARAMS", "INTRINSIC_SET_TYPEPARAM_DEFAULT"};
    private static final String[] FUNCTION_ATTRIBUTES = {"defaults", "kwdefaults", "annotations", "closure"};

    /**
     * The text dis puts in parentheses after the argument ("" if none). {@code target} is the jump
     * target's code unit, or -1.
     */
    public static String argRepr(CodeObject code, int op, int arg, int target) {
        switch (op) {
            case LOAD_CONST, RETURN_CONST:
                return arg < code.consts.length ? Repr.repr(code.consts[arg]) : "";
            case LOAD_GLOBAL:
                return name(code, arg >> 1) + ((arg & 1) != 0 ? " + NULL" : "");
            case LOAD_ATTR:
                return name(code, arg >> 1) + ((arg & 1) != 0 ? " + NULL|self" : "");
            case LOAD_SUPER_ATTR:
                return name(code, arg >> 2) + ((arg & 1) != 0 ? " + NULL|self" : "");
            case LOAD_NAME, STORE_NAME, DELETE_NAME, STORE_GLOBAL, DELETE_GLOBAL, STORE_ATTR, DELETE_ATTR, IMPORT_NAME,
                 IMPORT_FROM, LOAD_FROM_DICT_OR_GLOBALS:
                return name(code, arg);
            case LOAD_FAST, LOAD_FAST_CHECK, LOAD_FAST_AND_CLEAR, STORE_FAST, DELETE_FAST, LOAD_DEREF, STORE_DEREF, DELETE_DEREF,
                 MAKE_CELL, LOAD_FROM_DICT_OR_DEREF:
                return local(code, arg);
            case LOAD_FAST_LOAD_FAST, STORE_FAST_LOAD_FAST, STORE_FAST_STORE_FAST:
                return local(code, arg >> 4) + ", " + local(code, arg & 15);
            case BINARY_OP:
                return binaryOpSymbol(arg);
            case COMPARE_OP:
                String cmp = (arg >> 5) < COMPARE.length ? COMPARE[arg >> 5] : "?";
                return (arg & 16) != 0 ? "bool(" + cmp + ")" : cmp;
            case CONVERT_VALUE:
                return arg == 1 ? "str" : arg == 2 ? "repr" : arg == 3 ? "ascii" : "";
            case SET_FUNCTION_ATTRIBUTE:
                int bit = Integer.numberOfTrailingZeros(arg);
                return bit < FUNCTION_ATTRIBUTES.length ? FUNCTION_ATTRIBUTES[bit] : "";
            case CALL_INTRINSIC_1:
                return arg < INTRINSIC_1.length ? INTRINSIC_1[arg] : "";
            case CALL_INTRINSIC_2:
                return arg < INTRINSIC_2.length ? INTRINSIC_2[arg] : "";
            case JUMP_FORWARD, JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE,
                 POP_JUMP_IF_NOT_NONE, FOR_ITER, SEND:
                return target >= 0 ? "to @" + (2 * target) : "";
            default:
                return "";
        }
    }

    private static String name(CodeObject code, int index) {
        return index < code.names.length ? code.names[index] : "?";
    }

    private static String local(CodeObject code, int index) {
        return index < code.localsPlusNames.length ? code.localsPlusNames[index] : "?";
    }
}

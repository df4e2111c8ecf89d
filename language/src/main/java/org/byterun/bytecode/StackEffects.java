package org.byterun.bytecode;

import static org.byterun.bytecode.Opcodes.*;

/**
 * Net stack effect of each CPython 3.13 instruction when it falls through (not jumping); must agree
 * with {@code dis.stack_effect(op, arg, jump=False)}, which a test checks against CPython.
 * {@link Integer#MIN_VALUE} marks an opcode CPython 3.13 never emits.
 */
public final class StackEffects {
    private StackEffects() {
    }

    public static final int UNKNOWN = Integer.MIN_VALUE;

    public static int fallThrough(int op, int arg) {
        return switch (op) {
            case NOP, RESUME, EXTENDED_ARG, CACHE, RESERVED, ENTER_EXECUTOR -> 0;
            case POP_TOP, END_FOR, END_SEND, POP_EXCEPT, RETURN_VALUE, SET_FUNCTION_ATTRIBUTE, FORMAT_WITH_SPEC,
                 EXIT_INIT_CHECK, INTERPRETER_EXIT, CLEANUP_THROW, CALL_INTRINSIC_2, BINARY_OP, BINARY_SUBSCR,
                 COMPARE_OP, CONTAINS_OP, IS_OP, DELETE_ATTR, DICT_MERGE, DICT_UPDATE, LIST_APPEND, LIST_EXTEND,
                 SET_ADD, SET_UPDATE, IMPORT_NAME, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE,
                 POP_JUMP_IF_NOT_NONE, STORE_DEREF, STORE_FAST, STORE_GLOBAL, STORE_NAME, RERAISE -> -1;
            case PUSH_NULL, GET_LEN, GET_ANEXT, MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS, PUSH_EXC_INFO,
                 WITH_EXCEPT_START, BEFORE_WITH, BEFORE_ASYNC_WITH, RETURN_GENERATOR, LOAD_ASSERTION_ERROR,
                 LOAD_BUILD_CLASS, LOAD_LOCALS, COPY, IMPORT_FROM, LOAD_CONST, LOAD_DEREF, LOAD_FAST,
                 LOAD_FAST_AND_CLEAR, LOAD_FAST_CHECK, LOAD_NAME, FOR_ITER -> 1;
            case UNARY_NEGATIVE, UNARY_NOT, UNARY_INVERT, TO_BOOL, GET_ITER, GET_YIELD_FROM_ITER, GET_AITER,
                 GET_AWAITABLE, CHECK_EXC_MATCH, CHECK_EG_MATCH, RETURN_CONST, YIELD_VALUE, SETUP_ANNOTATIONS,
                 MAKE_FUNCTION, FORMAT_SIMPLE, CONVERT_VALUE, CALL_INTRINSIC_1, SWAP, COPY_FREE_VARS, MAKE_CELL,
                 DELETE_DEREF, DELETE_FAST, DELETE_GLOBAL, DELETE_NAME, JUMP_FORWARD, JUMP_BACKWARD,
                 JUMP_BACKWARD_NO_INTERRUPT, LOAD_FROM_DICT_OR_DEREF, LOAD_FROM_DICT_OR_GLOBALS, SEND,
                 STORE_FAST_LOAD_FAST -> 0;
            case BINARY_SLICE, DELETE_SUBSCR, MATCH_CLASS, MAP_ADD, END_ASYNC_FOR, STORE_ATTR, STORE_FAST_STORE_FAST -> -2;
            case STORE_SUBSCR -> -3;
            case STORE_SLICE -> -4;
            case LOAD_FAST_LOAD_FAST -> 2;
            case BUILD_LIST, BUILD_TUPLE, BUILD_SET, BUILD_STRING -> 1 - arg;
            case BUILD_SLICE -> arg == 3 ? -2 : -1; // CPython reads any other argument as 2
            case BUILD_MAP -> 1 - 2 * arg;
            case BUILD_CONST_KEY_MAP -> -arg;
            case CALL -> -1 - arg;
            case CALL_KW -> -2 - arg;
            case CALL_FUNCTION_EX -> -2 - (arg & 1);
            case LOAD_ATTR -> arg & 1;
            case LOAD_GLOBAL -> 1 + (arg & 1);
            case LOAD_SUPER_ATTR -> (arg & 1) != 0 ? -1 : -2;
            case RAISE_VARARGS -> -arg;
            case UNPACK_SEQUENCE -> arg - 1;
            case UNPACK_EX -> (arg & 0xFF) + (arg >> 8);
            default -> UNKNOWN;
        };
    }

    /** True for instructions after which execution does not fall through to the next one. */
    public static boolean isTerminator(int op) {
        return switch (op) {
            case RETURN_VALUE, RETURN_CONST, RAISE_VARARGS, RERAISE, JUMP_FORWARD, JUMP_BACKWARD,
                 JUMP_BACKWARD_NO_INTERRUPT, INTERPRETER_EXIT -> true;
            default -> false;
        };
    }
}

package org.byterun.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.byterun.nodes.OpcodeCoverage;

/**
 * The corpus must execute every opcode that issues 3 and 4 list. NOT_YET is what the corpus cannot reach
 * yet (with statements need objects with __enter__/__exit__, i.e. classes); it must only shrink:
 * an entry that becomes covered fails the check until it is removed here.
 */
final class OpcodeCoverageCheck {
    private OpcodeCoverageCheck() {
    }

    static final List<String> REQUIRED = List.of(
                    "LOAD_FAST", "LOAD_FAST_CHECK", "LOAD_FAST_AND_CLEAR", "LOAD_FAST_LOAD_FAST", "STORE_FAST", "STORE_FAST_LOAD_FAST",
                    "STORE_FAST_STORE_FAST", "DELETE_FAST", "LOAD_NAME", "STORE_NAME", "DELETE_NAME", "LOAD_GLOBAL", "STORE_GLOBAL",
                    "DELETE_GLOBAL", "MAKE_CELL", "COPY_FREE_VARS", "LOAD_DEREF", "STORE_DEREF", "DELETE_DEREF", "LOAD_CONST",
                    "COPY", "SWAP", "PUSH_NULL", "POP_TOP", "NOP", "EXTENDED_ARG",
                    "BINARY_OP", "COMPARE_OP", "UNARY_NEGATIVE", "UNARY_NOT", "UNARY_INVERT", "TO_BOOL", "IS_OP", "CONTAINS_OP",
                    "BINARY_SUBSCR", "STORE_SUBSCR", "DELETE_SUBSCR", "BINARY_SLICE", "STORE_SLICE", "BUILD_SLICE",
                    "BUILD_LIST", "BUILD_TUPLE", "BUILD_SET", "BUILD_MAP", "BUILD_CONST_KEY_MAP", "BUILD_STRING", "LIST_APPEND",
                    "LIST_EXTEND", "SET_ADD", "SET_UPDATE", "MAP_ADD", "DICT_UPDATE", "DICT_MERGE", "UNPACK_SEQUENCE", "UNPACK_EX",
                    "FORMAT_SIMPLE", "FORMAT_WITH_SPEC", "CONVERT_VALUE", "CALL", "CALL_KW", "CALL_FUNCTION_EX",
                    "CALL_INTRINSIC_1 1", "CALL_INTRINSIC_1 2", "CALL_INTRINSIC_1 5", "CALL_INTRINSIC_1 6",
                    "MAKE_FUNCTION", "SET_FUNCTION_ATTRIBUTE", "JUMP_FORWARD", "JUMP_BACKWARD", "JUMP_BACKWARD_NO_INTERRUPT",
                    "POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE", "POP_JUMP_IF_NONE", "POP_JUMP_IF_NOT_NONE", "FOR_ITER", "END_FOR", "GET_ITER",
                    "RAISE_VARARGS", "RERAISE", "PUSH_EXC_INFO", "POP_EXCEPT", "CHECK_EXC_MATCH", "LOAD_ASSERTION_ERROR",
                    "BEFORE_WITH", "WITH_EXCEPT_START", "MATCH_SEQUENCE", "MATCH_MAPPING", "MATCH_KEYS", "MATCH_CLASS", "GET_LEN",
                    "IMPORT_NAME", "IMPORT_FROM", "RETURN_VALUE", "RETURN_CONST",
                    // the object model (issue 4)
                    "LOAD_BUILD_CLASS", "LOAD_LOCALS", "LOAD_FROM_DICT_OR_DEREF", "LOAD_FROM_DICT_OR_GLOBALS", "SETUP_ANNOTATIONS",
                    "LOAD_SUPER_ATTR", "LOAD_ATTR", "STORE_ATTR", "DELETE_ATTR",
                    // generators, coroutines, async generators and exception groups (issue 5)
                    "RETURN_GENERATOR", "YIELD_VALUE", "RESUME", "SEND", "END_SEND", "GET_YIELD_FROM_ITER", "CLEANUP_THROW",
                    "CALL_INTRINSIC_1 3", "GET_AWAITABLE", "CALL_INTRINSIC_1 4", "GET_AITER", "GET_ANEXT", "END_ASYNC_FOR",
                    "BEFORE_ASYNC_WITH", "CHECK_EG_MATCH", "CALL_INTRINSIC_2 1");

    /** Opcodes the issues list that no program can reach yet (none at present). */
    static final Set<String> NOT_YET = Set.of();

    static void check() {
        Set<String> executed = OpcodeCoverage.executed();
        Set<String> missing = new TreeSet<>();
        Set<String> nowCovered = new TreeSet<>();
        for (String op : REQUIRED) {
            boolean ran = executed.contains(op);
            if (!ran && !NOT_YET.contains(op)) {
                missing.add(op);
            } else if (ran && NOT_YET.contains(op)) {
                nowCovered.add(op);
            }
        }
        System.out.println("opcode coverage: " + (REQUIRED.size() - missing.size() - NOT_YET.size() + nowCovered.size()) + " of " + REQUIRED.size()
                        + " required opcodes executed; not yet reachable: " + NOT_YET);
        assertEquals(Set.of(), missing, "opcodes no corpus program executes");
        assertEquals(Set.of(), nowCovered, "covered now: remove from OpcodeCoverageCheck.NOT_YET");
    }
}

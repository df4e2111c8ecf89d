package org.byterun.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * For each builtin type, every public name that dir() shows under CPython 3.13 is also in ByteRun's
 * dir(). The types listed are the ones complete so far; add a type when it becomes so.
 */
class TypeNamesTest {
    private static final String PUBLIC_NAMES = "' '.join(sorted([n for n in dir(%s) if not n.startswith('_')]))";

    private static Context context;

    @BeforeAll
    static void start() {
        context = Context.create("byterun");
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"int", "bool", "float", "complex", "str", "list", "tuple", "dict", "set", "frozenset", "range", "slice", "type(None)", "type(NotImplemented)", "type(...)", "type(len)", "type(lambda: 0)", "type([].append)", "BaseException", "type", "object", "dict.fromkeys", "type(iter([]))", "enumerate", "zip", "map", "filter", "reversed", "bytes", "bytearray", "type({}.keys())", "type({}.values())", "type({}.items())"})
    void publicNamesMatchCPython(String type) {
        String expression = String.format(PUBLIC_NAMES, type);
        List<String> expected = Arrays.asList(CPython.exec("print(eval(" + quoted(expression) + "))").strip().split(" "));
        List<String> ours = Arrays.asList(context.eval("byterun", "result = " + expression + "\n").getMember("result").asString().split(" "));
        List<String> missing = new ArrayList<>();
        for (String name : new TreeSet<>(expected)) {
            if (!name.isEmpty() && !ours.contains(name)) {
                missing.add(name);
            }
        }
        assertEquals(List.of(), missing, type + " lacks these public names that CPython 3.13's dir() shows");
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\"", "\\\"") + "\"";
    }
}

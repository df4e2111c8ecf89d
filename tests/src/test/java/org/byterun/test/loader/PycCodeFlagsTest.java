package org.byterun.test.loader;

import org.byterun.test.CPython;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;

import org.byterun.loader.CodeObject;
import org.junit.jupiter.api.Test;

/** CodeObject's co_flags bits against CPython's inspect module. */
class PycCodeFlagsTest {
    @Test
    void flagsMatchCPython() {
        Map<String, Integer> ours = new TreeMap<>(Map.of("CO_OPTIMIZED", CodeObject.CO_OPTIMIZED, "CO_NEWLOCALS", CodeObject.CO_NEWLOCALS,
                        "CO_VARARGS", CodeObject.CO_VARARGS, "CO_VARKEYWORDS", CodeObject.CO_VARKEYWORDS, "CO_NESTED", CodeObject.CO_NESTED,
                        "CO_GENERATOR", CodeObject.CO_GENERATOR, "CO_COROUTINE", CodeObject.CO_COROUTINE,
                        "CO_ITERABLE_COROUTINE", CodeObject.CO_ITERABLE_COROUTINE, "CO_ASYNC_GENERATOR", CodeObject.CO_ASYNC_GENERATOR));
        Map<String, Integer> cpython = new TreeMap<>();
        CPython.exec("import inspect, sys\nfor name in sys.argv[1:]: print(name, getattr(inspect, name))", ours.keySet().toArray(String[]::new))
                        .lines().forEach(line -> cpython.put(line.split(" ")[0], Integer.parseInt(line.split(" ")[1])));
        assertEquals(cpython, ours);
    }
}

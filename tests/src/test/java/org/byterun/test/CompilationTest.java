package org.byterun.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/**
 * Hot Python code is compiled by Graal inside the test JVM; a partial-evaluation failure or a
 * bailout throws (CompilationFailureAction=Throw) and fails the build.
 */
class CompilationTest {
    /** An engine that compiles after 50 calls, in the foreground, throws on a failed compilation and logs compilations. */
    private static Engine tracingEngine(ByteArrayOutputStream log) {
        return tracingEngine(log, true);
    }

    /** The same, with Graal's inlining on or off (BenchmarkCompilationTest turns it off). */
    static Engine tracingEngine(ByteArrayOutputStream log, boolean inlining) {
        return Engine.newBuilder("byterun")
                        .allowExperimentalOptions(true)
                        .option("compiler.Inlining", String.valueOf(inlining))
                        .option("engine.CompilationFailureAction", "Throw")
                        .option("engine.BackgroundCompilation", "false")
                        .option("engine.MultiTier", "false")
                        .option("engine.SingleTierCompilationThreshold", "50")
                        .option("engine.TraceCompilation", "true")
                        .logHandler(log)
                        .build();
    }

    /** Runs {@code program}, calls {@code function(arg)} until it is compiled, returns the compilation log. */
    private static String compileAndLog(String program, String function, Object arg, Object expected) {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (Engine engine = tracingEngine(log);
                        Context context = Context.newBuilder("byterun").engine(engine).build()) {
            Value fn = context.eval("byterun", program).getMember(function);
            for (int i = 0; i < 200; i++) {
                Value r = fn.execute(arg);
                if (expected instanceof Long l) {
                    assertEquals((long) l, r.asLong());
                }
            }
        }
        return log.toString(StandardCharsets.UTF_8);
    }

    private static void assertCompiled(String log, String name) {
        List<String> done = log.lines().filter(l -> l.contains("opt done") && l.contains(name)).toList();
        assertTrue(!done.isEmpty(), "expected a compilation of " + name + " in:\n" + log);
        assertTrue(log.lines().noneMatch(l -> l.contains("opt failed")), log);
    }

    @Test
    void hotLoopCompiles() {
        String program = """
                        def hot(n):
                            total = 0
                            i = 0
                            while i < n:
                                if i % 3 == 0:
                                    total += i * 2
                                else:
                                    total -= 1
                                i += 1
                            for j in range(n):
                                total = total ^ j
                            return total
                        """;
        long expected = 0;
        for (long i = 0; i < 1000; i++) {
            expected += i % 3 == 0 ? i * 2 : -1;
        }
        for (long j = 0; j < 1000; j++) {
            expected ^= j;
        }
        assertCompiled(compileAndLog(program, "hot", 1000, expected), "hot");
    }

    /**
     * A yield from inside a for loop: resuming enters the loop in the middle (an irreducible loop),
     * which partial evaluation only untangles when bci is the one loop-varying variable.
     */
    @Test
    void yieldFromInsideALoopCompiles() {
        String program = """
                        def inner(i):
                            yield i
                            yield -1

                        def outer(n):
                            for i in range(n):
                                yield from inner(i)

                        def hot(n):
                            return sum(outer(n))
                        """;
        // 0 + 1 + ... + 9, and -1 per element
        String log = compileAndLog(program, "hot", 10, 45L - 10L);
        assertCompiled(log, "outer");
        assertCompiled(log, "hot");
    }

    @Test
    void callsFloatsAndListsCompile() {
        String program = """
                        def square(x):
                            return x * x

                        def kernel(n):
                            xs = [1.5, 2.5, 3.5]
                            acc = 0.0
                            for k in range(n):
                                for x in xs:
                                    acc = acc + square(x) / 2.0
                            return int(acc)
                        """;
        // 10 * (1.5**2 + 2.5**2 + 3.5**2) / 2 = 103.75
        String log = compileAndLog(program, "kernel", 10, 103L);
        assertCompiled(log, "kernel");
    }

    @Test
    void longLoopInModuleCodeIsCompiledByOsr() {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("byterun")
                        .allowExperimentalOptions(true)
                        .option("engine.CompilationFailureAction", "Throw")
                        .option("engine.BackgroundCompilation", "false")
                        .option("engine.TraceCompilation", "true")
                        .logHandler(log)
                        .build()) {
            Value m = context.eval("byterun", "t = 0\nfor i in range(300000):\n    t += i\n");
            assertEquals(44999850000L, m.getMember("t").asLong());
        }
        String text = log.toString(StandardCharsets.UTF_8);
        assertTrue(text.lines().anyMatch(l -> l.contains("opt done") && l.contains("OSR")), text);
    }

    @Test
    void methodHeavyLoopCompilesOnceAndStaysValid() {
        String program = """
                        class Point:
                            def __init__(self, x, y):
                                self.x = x
                                self.y = y

                            @property
                            def norm1(self):
                                return abs(self.x) + abs(self.y)

                            def move(self, dx, dy):
                                self.x = self.x + dx
                                self.y = self.y + dy
                                return self

                        def hot(n):
                            p = Point(0, 0)
                            total = 0
                            for i in range(n):
                                p.move(1, -1)
                                total += p.norm1 + p.x
                            return total
                        """;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (Engine engine = tracingEngine(log);
                        Context context = Context.newBuilder("byterun").engine(engine).build()) {
            Value fn = context.eval("byterun", program).getMember("hot");
            for (int i = 0; i < 300; i++) {
                assertEquals(15150L, fn.execute(100).asLong());
            }
            String warm = log.toString(StandardCharsets.UTF_8);
            assertCompiled(warm, "hot");
            assertCompiled(warm, "move");
            for (int i = 0; i < 300; i++) {
                assertEquals(15150L, fn.execute(100).asLong());
            }
            String after = log.toString(StandardCharsets.UTF_8).substring(warm.length());
            assertTrue(after.lines().noneMatch(l -> l.contains("opt done") || l.contains("opt inv") || l.contains("opt deopt")),
                            "recompiled or invalidated after warm-up:\n" + after + "\nwarm-up log:\n" + warm);
        }
    }

    @Test
    void generatorPipelineCompilesOnceAndStaysValid() {
        String program = """
                        def numbers(n):
                            i = 0
                            while i < n:
                                yield i
                                i += 1

                        def squares(it):
                            for x in it:
                                yield x * x

                        def delegate(n):
                            r = yield from numbers(n)
                            return r

                        def hot(n):
                            total = 0
                            for v in squares(numbers(n)):
                                total += v
                            total += sum(x for x in range(n) if x % 2)
                            for v in delegate(n):
                                total -= v
                            return total
                        """;
        // sum of squares below 100, plus the odd numbers below 100, minus 0..99
        long expected = 328350L + 2500L - 4950L;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (Engine engine = tracingEngine(log);
                        Context context = Context.newBuilder("byterun").engine(engine).build()) {
            Value fn = context.eval("byterun", program).getMember("hot");
            for (int i = 0; i < 300; i++) {
                assertEquals(expected, fn.execute(100).asLong());
            }
            String warm = log.toString(StandardCharsets.UTF_8);
            assertCompiled(warm, "hot");
            assertCompiled(warm, "numbers");
            assertCompiled(warm, "squares");
            for (int i = 0; i < 300; i++) {
                assertEquals(expected, fn.execute(100).asLong());
            }
            String after = log.toString(StandardCharsets.UTF_8).substring(warm.length());
            assertTrue(after.lines().noneMatch(l -> l.contains("opt done") || l.contains("opt inv") || l.contains("opt deopt")),
                            "recompiled or invalidated after warm-up:\n" + after + "\nwarm-up log:\n" + warm);
        }
    }
}

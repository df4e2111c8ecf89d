package org.byterun.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hot functions of every program in benchmarks/ compile (CompilationFailureAction=Throw) and,
 * once warm, stay compiled: a further batch of calls invalidates, deoptimizes or recompiles them at
 * most {@link Bench#bound} times. Each benchmark's own source is loaded (not a copy), with small
 * arguments; the results are compared with CPython 3.13 running the same loader and driver.
 */
class BenchmarkCompilationTest {
    static final Path BENCHMARKS = Path.of(System.getProperty("basedir", "."), "..", "benchmarks").toAbsolutePath().normalize();

    /**
     * Loads a benchmark as an import would: in its own namespace whose __name__ is the benchmark's
     * name, so its {@code if __name__ == "__main__": main()} does not run. Then runs {@code setup}
     * in that namespace and returns a function computing {@code repr(driver)} there.
     */
    static final String LOADER = """
                    def load(name, path, source, setup, driver):
                        ns = {"__name__": name, "__file__": path}
                        exec(compile(source, path, "exec"), ns)
                        exec(compile(setup + "\\ndef __drive__():\\n    return repr(" + driver + ")\\n", "<driver>", "exec"), ns)
                        return ns["__drive__"]
                    """;

    /**
     * One benchmark: the functions that must compile and stay valid, module-level setup run once,
     * the driver expression (small arguments), and how many invalidations/deopts/recompilations of
     * each hot function a post-warm-up batch may show.
     */
    record Bench(String name, List<String> hot, String setup, String driver, int bound) {
        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * The hot functions are those the driver reaches directly or recursively. Every bound is 0: each driver call repeats the same work on the same types, so the one-time
     * generalizations (closures' genexpr is invalidated once for "Profiled Return Type") are over
     * after warm-up; pidigits' ints grow from small to big in every call, as in the benchmark.
     */
    static Stream<Bench> benchmarks() {
        return Stream.of(
                        new Bench("fib", List.of("fib"), "", "fib(15)", 0),
                        new Bench("intloop", List.of("mix"), "", "mix(3000)", 0),
                        new Bench("nbody", List.of("advance"), """
                                        def run(steps):
                                            bodies = make_bodies()
                                            pairs = combinations(bodies)
                                            offset_momentum(bodies)
                                            e0 = energy(bodies, pairs)
                                            advance(bodies, pairs, 0.01, steps)
                                            return f"{e0:.9f},{energy(bodies, pairs):.9f}"
                                        """, "run(50)", 0),
                        new Bench("spectralnorm", List.of("eval_a", "mul_av", "mul_atv"), "", "f'{spectral_norm(12):.9f}'", 0),
                        new Bench("fannkuch", List.of("fannkuch"), "", "fannkuch(6)", 0),
                        new Bench("richards", List.of("Scheduler.schedule", "Task.run", "HandlerTask.step", "WorkerTask.step"), "", "richards(40)", 0),
                        new Bench("nqueens", List.of("place"), "", "[len(list(solutions(n))) for n in range(4, 8)]", 0),
                        new Bench("wordfreq", List.of("count_words"), "TEXT = make_text(12345, 40)\n", "bench(TEXT)", 0),
                        new Bench("closures", List.of("pipeline", "compose.<locals>.composed", "memoize.<locals>.wrapper"), "", "pipeline(160)", 0),
                        new Bench("pidigits", List.of("pi_digits"), "", "pi_digits(60)", 0));
    }

    /** Calls before giving up on a hot function compiling; calls after warm-up that must not invalidate it. */
    static final int MAX_WARMUP_CALLS = 400;
    static final int BATCH_CALLS = 100;

    @ParameterizedTest(name = "{0}")
    @MethodSource("benchmarks")
    void hotFunctionsCompileAndStayValid(Bench b) throws IOException {
        Path path = BENCHMARKS.resolve(b.name + ".py");
        String source = Files.readString(path);
        String expected = CPython.exec(LOADER + "import sys\nprint(load(*sys.argv[1:3], open(sys.argv[2]).read(), *sys.argv[3:])())\n",
                        b.name, path.toString(), b.setup, b.driver).strip();

        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (Engine engine = tracingEngine(log);
                        Context context = Context.newBuilder("byterun").engine(engine).build()) {
            Value drive = context.eval("byterun", LOADER).getMember("load").execute(b.name, path.toString(), source, b.setup, b.driver);
            // warm up until every hot function has compiled, then as many calls again so that its
            // callers and callees compile and one-time generalizations happen
            int calls = 0;
            while (calls < MAX_WARMUP_CALLS && !b.hot.stream().allMatch(f -> count(text(log), f, "done") > 0)) {
                assertEquals(expected, drive.execute().asString(), "call " + calls);
                calls++;
            }
            for (int i = 0; i < calls; i++) {
                assertEquals(expected, drive.execute().asString());
            }
            String warm = text(log);
            for (String f : b.hot) {
                assertTrue(count(warm, f, "done") > 0, f + " not compiled after " + calls + " calls:\n" + warm);
            }
            assertEquals(0, count(warm, null, "failed"), warm);

            for (int i = 0; i < BATCH_CALLS; i++) {
                assertEquals(expected, drive.execute().asString());
            }
            String after = text(log).substring(warm.length());
            for (String f : b.hot) {
                int events = count(after, f, "done") + count(after, f, "inval.") + count(after, f, "deopt");
                assertTrue(events <= b.bound, f + ": " + events + " recompilations/invalidations/deopts after warm-up (bound " + b.bound
                                + "):\n" + after + "\nwarm-up log (" + calls + " calls):\n" + warm);
            }
        } finally {
            // the whole compilation log, for a failure's analysis
            Files.createDirectories(LOGS);
            Files.writeString(LOGS.resolve(b.name + ".log"), text(log));
        }
    }

    static final Path LOGS = Path.of(System.getProperty("basedir", "."), "target", "benchmark-compilation").toAbsolutePath().normalize();

    /**
     * CompilationTest's tracing engine with inlining off: a hot function inlined into its compiled
     * caller would stop being called on its own and never show a compilation of its own (whether it
     * does depends on which reaches the threshold first), and inlining partially evaluates the same
     * graph anyway.
     */
    private static Engine tracingEngine(ByteArrayOutputStream log) {
        return CompilationTest.tracingEngine(log, false);
    }

    private static String text(ByteArrayOutputStream log) {
        return log.toString(StandardCharsets.UTF_8);
    }

    /** "[engine] opt done   engine=1  id=156   <fib /path/fib.py:7>   |Tier 2|...": the event and the call target's name. */
    private static final Pattern EVENT = Pattern.compile("\\[engine\\] opt (done|inval\\.|deopt|failed)\\s+engine=\\d+\\s+id=\\d+\\s+([^|]*?)\\s*\\|");

    /** How many {@code event} lines of {@code log} name {@code function} (its __qualname__); null: any. */
    static int count(String log, String function, String event) {
        int n = 0;
        Matcher m = EVENT.matcher(log);
        while (m.find()) {
            if (m.group(1).equals(event) && (function == null || names(m.group(2), function))) {
                n++;
            }
        }
        return n;
    }

    /** A call target is named "<QUALNAME FILE:LINE>". */
    private static boolean names(String target, String function) {
        return target.startsWith("<" + function + " ");
    }
}

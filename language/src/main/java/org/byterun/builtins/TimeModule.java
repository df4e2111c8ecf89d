package org.byterun.builtins;

import org.byterun.runtime.BuiltinTypes;
import org.byterun.runtime.PyBuiltinFunction;
import org.byterun.runtime.PyErrors;
import org.byterun.runtime.PyModule;
import org.byterun.runtime.PyNone;

/** The {@code time} module: its clocks and sleep; calendar functions are not there yet. */
final class TimeModule {
    private TimeModule() {
    }

    static PyModule create() {
        PyModule m = new PyModule("time");
        clock(m, "time", () -> {
            java.time.Instant now = java.time.Instant.now();
            return now.getEpochSecond() + now.getNano() / 1e9;
        });
        clockNs(m, "time_ns", () -> {
            java.time.Instant now = java.time.Instant.now();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        });
        clock(m, "perf_counter", () -> System.nanoTime() / 1e9);
        clockNs(m, "perf_counter_ns", System::nanoTime);
        clock(m, "monotonic", () -> System.nanoTime() / 1e9);
        clockNs(m, "monotonic_ns", System::nanoTime);
        clock(m, "process_time", () -> cpuNanos() / 1e9);
        clockNs(m, "process_time_ns", TimeModule::cpuNanos);
        m.setAttribute("sleep", new PyBuiltinFunction("sleep", null, (args, kwNames, kwValues) -> {
            Args.noKeywords("sleep", kwNames);
            Args.exactly("sleep", args, 1);
            double seconds = MathModule.real(args[0]);
            if (seconds < 0) {
                throw PyErrors.valueError("sleep length must be non-negative");
            }
            try {
                Thread.sleep((long) (seconds * 1000), (int) ((seconds * 1e9) % 1_000_000));
            } catch (InterruptedException e) {
                throw PyErrors.create(BuiltinTypes.KEYBOARD_INTERRUPT, "");
            }
            return PyNone.INSTANCE;
        }));
        for (String name : new String[]{"strftime", "strptime", "localtime", "gmtime", "mktime", "asctime", "ctime"}) {
            m.setAttribute(name, new PyBuiltinFunction(name, null, (args, kwNames, kwValues) -> {
                throw PyErrors.notImplemented("time." + name);
            }));
        }
        return m;
    }

    /** CPU time of the whole process, as Python's process_time counts it. */
    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    private static void clock(PyModule m, String name, java.util.function.DoubleSupplier clock) {
        m.setAttribute(name, new PyBuiltinFunction(name, null, (args, kwNames, kwValues) -> {
            Args.noKeywords(name, kwNames);
            Args.exactly(name, args, 0);
            return clock.getAsDouble();
        }));
    }

    private static void clockNs(PyModule m, String name, java.util.function.LongSupplier clock) {
        m.setAttribute(name, new PyBuiltinFunction(name, null, (args, kwNames, kwValues) -> {
            Args.noKeywords(name, kwNames);
            Args.exactly(name, args, 0);
            return clock.getAsLong();
        }));
    }
}

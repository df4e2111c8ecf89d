package org.byterun.loader;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs a task on a fresh thread whose stack fits the marshal reader's deepest recursion
 * (MarshalInput.MAX_DEPTH levels), whatever the stack size and depth of the calling thread.
 */
final class LargeStack {
    /** About 0.5 KB per nesting level when interpreted, with ample margin. */
    private static final long STACK_BYTES = 16L << 20;

    private LargeStack() {
    }

    static <T> T call(Supplier<T> task) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(task.get());
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "marshal reader", STACK_BYTES);
        thread.start();
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                // the task is short and cannot be cancelled; keep the interrupt for the caller
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException r) {
            throw r;
        } else if (t instanceof Error e) {
            throw e;
        }
        return result.get();
    }
}

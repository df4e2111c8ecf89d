package org.byterun.builtins;

/**
 * Installs the methods of the builtin types (once per JVM: hundreds of small classes to load and
 * link, a third of a second on a cold JVM) on a background thread, started when the language class
 * loads, so that it overlaps the engine's own set-up on the other core. The first context waits for
 * it before it touches anything of the object model, so the two threads never initialize classes
 * at the same time.
 */
public final class BuiltinsPrewarm {
    private static Thread thread;

    private BuiltinsPrewarm() {
    }

    public static synchronized void start() {
        if (thread == null) {
            thread = new Thread(BuiltinsPrewarm::install, "byterun-builtins");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Waits until the background installation is over (if one was started). */
    public static void await() {
        Thread t;
        synchronized (BuiltinsPrewarm.class) {
            t = thread;
        }
        if (t == null) {
            return;
        }
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void install() {
        try {
            BuiltinMethods.install();
        } catch (Throwable e) {
            // the context's own BuiltinMethods.install() meets the same failure and reports it
        }
    }
}

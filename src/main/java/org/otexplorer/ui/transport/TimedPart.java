package org.otexplorer.ui.transport;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Supplier;

/**
 * A part of a request's work with its value and what it took: wall-clock milliseconds and the CPU milliseconds of
 * the thread that ran it (dependable on a loaded machine, where the wall clock also counts waiting for a core), and
 * when it ended (the wait for the FX thread is measured from there).
 *
 * @param value         what the part made
 * @param millis        wall-clock milliseconds
 * @param cpuMillis     CPU milliseconds of its thread, NaN where the JVM does not measure them
 * @param finishedNanos {@link System#nanoTime} at its end
 */
record TimedPart<T>(T value, double millis, double cpuMillis, long finishedNanos) {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Runs {@code part} on the calling thread, timing it. */
    static <T> TimedPart<T> of(Supplier<T> part) {
        boolean cpu = THREADS.isCurrentThreadCpuTimeSupported();
        long startCpu = cpu ? THREADS.getCurrentThreadCpuTime() : 0;
        long start = System.nanoTime();
        T value = part.get();
        long end = System.nanoTime();
        double cpuMillis = cpu ? (THREADS.getCurrentThreadCpuTime() - startCpu) * 1e-6 : Double.NaN;
        return new TimedPart<>(value, (end - start) * 1e-6, cpuMillis, end);
    }

    /** A part that did not run. */
    static <T> TimedPart<T> none() {
        return new TimedPart<>(null, 0, 0, System.nanoTime());
    }
}

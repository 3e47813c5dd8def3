package org.otexplorer.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * For the benchmarks: the CPU time of every live thread by name (digits dropped: a pool's threads together). It
 * counts what the threads computed, not how long they waited for a core, so on a loaded machine it still says what
 * a frame costs, where a wall-clock time measures the queue for the cores.
 */
public final class ThreadCpu {
    private final Map<String, Long> nanos;

    private ThreadCpu(Map<String, Long> nanos) {
        this.nanos = nanos;
    }

    /** The CPU nanoseconds every live thread has used so far. */
    public static ThreadCpu now() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> out = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            long cpu = info == null ? -1 : threads.getThreadCpuTime(info.getThreadId());
            if (cpu > 0) {
                out.merge(info.getThreadName().replaceAll("\\d+", "#"), cpu, Long::sum);
            }
        }
        return new ThreadCpu(out);
    }

    /**
     * The total and the busiest threads' CPU milliseconds per event ({@code count} of them) since {@code before}:
     * "total 72 ms, QuantumRenderer-# 31 ms, …".
     */
    public String perEventSince(ThreadCpu before, int count, int threads) {
        List<Map.Entry<String, Long>> used = new ArrayList<>();
        long total = 0;
        for (var e : nanos.entrySet()) {
            long spent = e.getValue() - before.nanos.getOrDefault(e.getKey(), 0L);
            total += spent;
            used.add(Map.entry(e.getKey(), spent));
        }
        used.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        int events = Math.max(1, count);
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "total %.1f ms", total * 1e-6 / events));
        for (var e : used.subList(0, Math.min(threads, used.size()))) {
            text.append(String.format(Locale.ROOT, ", %s %.1f ms", e.getKey(), e.getValue() * 1e-6 / events));
        }
        return text.toString();
    }
}

package org.otexplorer.service;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.otexplorer.io.DataSpec;
import org.otexplorer.io.EngineSpec;
import org.otexplorer.io.Scenario;

/**
 * Benchmark (prints figures, asserts nothing): what a slider release costs. For n = 300 and n = 1000 it solves
 * the blobs once at ε = 0.05·mean C, then steps ε down by 10 % at a time, as a drag does, and reports the
 * time from {@link TransportSolve#submit} on the {@link ComputeService} to the {@link SolveView} being delivered
 * (warm-started solve plus view assembly; the heatmap redraw is not included). Run with
 * {@code java -cp target/classes:target/test-classes:<deps> org.otexplorer.service.SliderLatencyBenchmark}.
 */
public final class SliderLatencyBenchmark {
    private static final int STEPS = 8;

    private SliderLatencyBenchmark() {
    }

    public static void main(String[] args) throws InterruptedException {
        for (int n : new int[] {300, 1000}) {
            measure(n, "sinkhorn");
            measure(n, "sinkhorn-log");
        }
    }

    private static void measure(int n, String method) throws InterruptedException {
        BlockingQueue<SolveView> results = new ArrayBlockingQueue<>(1);
        JobListener<SolveView> listener = results::add;
        TransportSolve solve = new TransportSolve();
        try (ComputeService service = new ComputeService(Runnable::run)) {
            Scenario base = new Scenario(null, "bench", null, 1L, DataSpec.defaults().withSizes(n, n, 2), null, null, null);
            double eps = 0.05;
            run(service, solve, listener, results, base, method, eps);
            double[] millis = new double[STEPS];
            int[] iterations = new int[STEPS];
            for (int k = 0; k < STEPS; k++) {
                eps *= 0.9;
                long start = System.nanoTime();
                SolveView view = run(service, solve, listener, results, base, method, eps);
                millis[k] = (System.nanoTime() - start) * 1e-6;
                iterations[k] = view.iterations();
            }
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            System.out.printf(Locale.ROOT, "n = %4d  %-12s  slider step (warm): median %6.1f ms, max %6.1f ms, iterations %s%n",
                    n, method, sorted[STEPS / 2], sorted[STEPS - 1], Arrays.toString(iterations));
        }
    }

    private static SolveView run(ComputeService service, TransportSolve solve, JobListener<SolveView> listener,
                                 BlockingQueue<SolveView> results, Scenario base, String method, double eps)
            throws InterruptedException {
        Scenario s = base.withEngine(EngineSpec.defaults().withMethod(method).withEpsilon(eps, true)
                .withStopping(1e-9, 10_000));
        solve.submit(service, new TransportInput(s, null), listener);
        SolveView view = results.poll(10, TimeUnit.MINUTES);
        if (view == null) {
            throw new IllegalStateException("no result");
        }
        return view;
    }
}

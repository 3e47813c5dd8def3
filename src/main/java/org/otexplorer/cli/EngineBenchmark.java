package org.otexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.otexplorer.engine.PointClouds;
import org.otexplorer.engine.Solver;
import org.otexplorer.engine.SolverFactory;
import org.otexplorer.engine.SolverSettings;
import org.otexplorer.engine.TransportProblem;
import org.otexplorer.engine.TransportResult;

/**
 * The engine benchmark of {@code otx bench}: time per iteration (a solve of k + 1 iterations minus a
 * solve of 1, so the set-up is not counted; it is printed apart) of the scaling (stabilized) and log-domain
 * Sinkhorn solvers at n = m = 500, 1000, 2000 (d = 2, uniform square, ε = 0.05·mean C), the time of a
 * 300-iteration scaling solve including the kernel, and solve times of the exact and assignment solvers
 * at n = 200, 500, 1000. Each timing is the best of a few runs after a JIT warm-up. Prints figures; it
 * asserts nothing about them.
 */
final class EngineBenchmark {
    private final PrintWriter out;
    private final boolean quick;

    EngineBenchmark(PrintWriter out, boolean quick) {
        this.out = out;
        this.quick = quick;
    }

    void run() {
        out.printf("OT Explorer engine benchmark (%d cores, load average %s)%n",
                Runtime.getRuntime().availableProcessors(), loadAverage());
        out.println();
        out.println("Sinkhorn, time per iteration (d = 2, eps = 0.05 x mean C; set-up = kernel and first sweep)");
        out.printf("%-14s %8s %14s %12s%n", "method", "n = m", "ms/iteration", "set-up ms");
        int[] sizes = quick ? new int[] {100, 200} : new int[] {500, 1000, 2000};
        for (String method : new String[] {"sinkhorn", "sinkhorn-log"}) {
            for (int n : sizes) {
                TransportProblem p = problem(n);
                int iterations = quick ? 10 : Math.max(20, 100_000_000 / (n * n));
                double one = bestOf(3, () -> iterate(method, p, 1));
                double many = bestOf(3, () -> iterate(method, p, iterations + 1));
                // Timer noise can make the difference non-positive for tiny problems: then report the average.
                double perIteration = many > one ? (many - one) / iterations : many / (iterations + 1);
                out.printf("%-14s %8d %14.4f %12.3f%n", method, n, 1e3 * perIteration, 1e3 * one);
            }
        }
        int big = quick ? 200 : 2000;
        int fixed = quick ? 30 : 300;
        double full = bestOf(3, () -> iterate("sinkhorn", problem(big), fixed));
        out.printf("%nScaling Sinkhorn, %d iterations at n = m = %d including the kernel: %.3f s%n", fixed, big, full);
        out.println();
        out.println("Exact solvers, solve time");
        out.printf("%-14s %8s %12s %12s%n", "method", "n = m", "seconds", "iterations");
        int[] exactSizes = quick ? new int[] {50, 100} : new int[] {200, 500, 1000};
        for (String method : new String[] {"exact", "assignment"}) {
            for (int n : exactSizes) {
                TransportProblem p = problem(n);
                Solver solver = SolverFactory.create(method);
                TransportResult[] last = new TransportResult[1];
                double seconds = bestOf(quick ? 1 : 2, () -> {
                    long t0 = System.nanoTime();
                    last[0] = solver.solve(p, SolverSettings.defaults());
                    return (System.nanoTime() - t0) * 1e-9;
                });
                out.printf("%-14s %8d %12.4f %12d%n", method, n, seconds, last[0].iterations());
            }
        }
        out.flush();
    }

    /** Seconds for a solve of exactly {@code iterations} iterations (tolerance 0). */
    private static double iterate(String method, TransportProblem p, int iterations) {
        SolverSettings s = SolverSettings.defaults().withEpsilon(0.05 * p.meanCost()).withTolerance(0)
                .withMaxIterations(iterations);
        long t0 = System.nanoTime();
        SolverFactory.create(method).solve(p, s);
        return (System.nanoTime() - t0) * 1e-9;
    }

    private static TransportProblem problem(int n) {
        return TransportProblem.fromPoints(PointClouds.uniformSquare(n, 1), PointClouds.uniformSquare(n, 2));
    }

    /** Best of {@code runs} timings after one warm-up run. */
    private static double bestOf(int runs, java.util.function.DoubleSupplier timing) {
        timing.getAsDouble();
        double best = Double.POSITIVE_INFINITY;
        for (int r = 0; r < runs; r++) {
            best = Math.min(best, timing.getAsDouble());
        }
        return best;
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}

package org.otexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.stream.Collectors;
import org.ejml.concurrency.EjmlConcurrency;
import org.otexplorer.derivatives.EntropicDerivatives;
import org.otexplorer.engine.PointClouds;
import org.otexplorer.engine.SinkhornNewton;
import org.otexplorer.engine.Solver;
import org.otexplorer.engine.SolverFactory;
import org.otexplorer.engine.SolverMonitor;
import org.otexplorer.engine.SolverSettings;
import org.otexplorer.engine.StreamingSum;
import org.otexplorer.engine.TransportProblem;
import org.otexplorer.engine.TransportResult;
import org.otexplorer.io.CsvFiles;
import org.otexplorer.io.Json;

/**
 * The engine benchmark of {@code otx bench}, in one run: (1) time per iteration (a solve of k + 1 iterations minus
 * a solve of 1, so the set-up is not counted; it is printed apart) of the scaling and log-domain Sinkhorn sweeps
 * at n = m = 500, 1000, 2000, 4000 (d = 2, uniform square, ε = 0.05·mean C), with the bandwidth the scaling sweep
 * achieves (it streams the n×m kernel once per iteration) beside a plain Java streaming sum over a matrix of the
 * same size on the same threads ({@link StreamingSum}), and the 300-iteration scaling solve at n = 2000 that the numpy reference times; (2) the Newton phase
 * (math.md §2.4): cold solves to marginal error 1e-11 at ε = 1e-3·mean C, n = 500 and 2000, and a grid of ε down
 * to 1e-4·mean C at n ≤ 2000, with each result's duality gap and its objective against a Newton-polished
 * reference; (3) the exact and assignment solvers, JIT-warm as in the explorer, with the solving thread's CPU time
 * beside the wall time (both solvers run on one thread); (4) the analytic Hessian at N = 400
 * as the command line meets it: {@code otx derivatives} in fresh JVMs (JIT cold; default compilers, C1 only, an
 * application class-data-sharing archive), the wall time of the whole command and the seconds it reports, beside
 * the same computation in this JVM, first, warm on EJML's pool and warm on one thread (CPU seconds of the Java threads
 * beside the wall time, the load average beside every row: numpy_hessian_reference.py times the same computation on
 * one BLAS thread with OPENBLAS_NUM_THREADS=1). Timings are the best of a few runs after a warm-up (the cold
 * ones: the best of two fresh JVMs). Prints figures; it asserts nothing about them.
 */
final class EngineBenchmark {
    private final PrintWriter out;
    private final boolean quick;

    EngineBenchmark(PrintWriter out, boolean quick) {
        this.out = out;
        this.quick = quick;
    }

    void run() {
        out.printf("OT Explorer engine benchmark (%d cores, %s, load average %s)%n",
                Runtime.getRuntime().availableProcessors(), cpuModel(), loadAverage());
        sweeps();
        newtonTargets();
        convergenceGrid();
        exactSolvers();
        coldHessian();
        out.printf("%nload average at the end: %s%n", loadAverage());
        out.flush();
    }

    /** Section (4) alone ({@code otx bench --hessian}). */
    void runHessian() {
        out.printf("OT Explorer analytic-Hessian benchmark (%d cores, %s, load average %s)%n",
                Runtime.getRuntime().availableProcessors(), cpuModel(), loadAverage());
        coldHessian();
        out.printf("%nload average at the end: %s%n", loadAverage());
        out.flush();
    }

    private void sweeps() {
        out.println();
        out.println("Sinkhorn, time per iteration (d = 2, eps = 0.05 x mean C; set-up = kernel and first sweep);");
        out.println("GB/s: the scaling sweep streams the 8nm-byte kernel once per iteration, against a plain streaming sum");
        out.println("over a matrix of the kernel's size on the sweep's threads (threads: how many both use)");
        out.printf("%-14s %8s %14s %12s %10s %12s %7s %8s%n", "method", "n = m", "ms/iteration", "set-up ms",
                "sweep GB/s", "stream GB/s", "share", "threads");
        int[] sizes = quick ? new int[] {100, 200} : new int[] {500, 1000, 2000, 4000};
        for (String method : new String[] {"sinkhorn", "sinkhorn-log"}) {
            for (int n : sizes) {
                TransportProblem p = problem(n);
                int iterations = quick ? 10 : Math.max(20, 100_000_000 / (n * n));
                double one = bestOf(3, () -> iterate(method, p, 1));
                double perIteration = bestOf(3, () -> secondsPerIteration(method, p, iterations + 1));
                double bytes = 8.0 * n * n;
                if (method.equals("sinkhorn")) {
                    double sweep = bytes / perIteration * 1e-9;
                    double stream = streamingSumBandwidth(n);
                    out.printf("%-14s %8d %14.4f %12.3f %10.1f %12.1f %6.0f%% %8d%n", method, n, 1e3 * perIteration,
                            1e3 * one, sweep, stream, 100 * sweep / stream, StreamingSum.threadsFor(n, n));
                } else {
                    out.printf("%-14s %8d %14.4f %12.3f%n", method, n, 1e3 * perIteration, 1e3 * one);
                }
            }
        }
        int big = quick ? 200 : 2000;
        int fixed = quick ? 30 : 300;
        double full = bestOf(3, () -> iterate("sinkhorn", problem(big), fixed));
        out.printf("%nScaling Sinkhorn, %d iterations at n = m = %d including the kernel: %.3f s%n", fixed, big, full);
    }

    private void newtonTargets() {
        out.println();
        out.println("Newton phase: cold solves to marginal error 1e-11 (uniform square, eps = 1e-3 x mean C, default settings)");
        out.printf("%-14s %8s %9s %10s %11s %10s  %s%n", "method", "n = m", "seconds", "converged", "marg. error",
                "iterations", "phases");
        for (int n : quick ? new int[] {100} : new int[] {500, 2000}) {
            TransportProblem p = problem(n);
            SolverSettings s = SolverSettings.defaults().withEpsilon(1e-3 * p.meanCost()).withTolerance(1e-11);
            for (String method : new String[] {"sinkhorn", "sinkhorn-log"}) {
                Solver solver = SolverFactory.create(method);
                TransportResult[] last = new TransportResult[1];
                double seconds = bestOf(quick ? 1 : 2, () -> {
                    last[0] = solver.solve(p, s);
                    return last[0].elapsedSeconds();
                });
                TransportResult r = last[0];
                out.printf("%-14s %8d %9.3f %10s %11.2e %10d  %s%n", method, n, seconds, r.converged(),
                        r.marginalError(), r.iterations(), phases(r));
            }
        }
    }

    private void convergenceGrid() {
        out.println();
        out.println("Convergence to 1e-11 over eps (uniform square, 100 000 iterations at most; eps-scaling where marked);");
        out.println("gap = |primal - dual| / primal; vs polish = |objective - objective after Newton polish to round-off| / objective");
        out.printf("%-14s %6s %8s %5s %9s %10s %11s %9s %9s %10s%n", "method", "n = m", "eps/mC", "eps-s", "seconds",
                "converged", "marg. error", "gap", "vs polish", "iterations");
        int[] sizes = quick ? new int[] {60} : new int[] {100, 500, 2000};
        double[] relative = {1e-1, 1e-2, 1e-3, 1e-4};
        for (int n : sizes) {
            TransportProblem p = problem(n);
            for (double rel : relative) {
                boolean scaling = rel < 1e-3;
                for (String method : new String[] {"sinkhorn", "sinkhorn-log"}) {
                    if (method.equals("sinkhorn-log") && n > 500 && scaling) {
                        continue;
                    }
                    SolverSettings s = SolverSettings.defaults().withEpsilon(rel * p.meanCost()).withTolerance(1e-11)
                            .withMaxIterations(100_000).withEpsilonScaling(scaling);
                    TransportResult r = SolverFactory.create(method).solve(p, s);
                    TransportResult reference = SinkhornNewton.polish(p, r, 0);
                    out.printf("%-14s %6d %8.0e %5s %9.3f %10s %11.2e %9.1e %9.1e %10d%n", method, n, rel,
                            scaling ? "yes" : "no", r.elapsedSeconds(), r.converged(), r.marginalError(),
                            dualityGap(p, r), Math.abs(r.objective() - reference.objective()) / Math.abs(r.objective()),
                            r.iterations());
                }
            }
        }
        out.println("(sinkhorn-log with eps-scaling at n = 2000 is left out: about 1400 log-domain sweeps, minutes)");
    }

    private void exactSolvers() {
        out.println();
        out.println("Exact solvers, solve time (JIT-warm, as in the explorer), best of 15 runs (5 at n = 2000); both solvers run on");
        out.println("one thread, whose CPU time is also shown: on a loaded machine it is close to the wall time a quiet one gives");
        out.printf("%-14s %8s %12s %14s %12s%n", "method", "n = m", "seconds", "thread CPU s", "iterations");
        int[] exactSizes = quick ? new int[] {50, 100} : new int[] {200, 500, 1000, 2000};
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (String method : new String[] {"exact", "assignment"}) {
            for (int n : exactSizes) {
                TransportProblem p = problem(n);
                Solver solver = SolverFactory.create(method);
                TransportResult[] last = new TransportResult[1];
                double[] cpu = {Double.POSITIVE_INFINITY};
                double seconds = bestOf(quick ? 1 : n < 2000 ? 15 : 5, () -> {
                    long c0 = threads.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    last[0] = solver.solve(p, SolverSettings.defaults());
                    double wall = (System.nanoTime() - t0) * 1e-9;
                    cpu[0] = Math.min(cpu[0], (threads.getCurrentThreadCpuTime() - c0) * 1e-9);
                    return wall;
                });
                out.printf("%-14s %8d %12.4f %14.4f %12d%n", method, n, seconds, cpu[0], last[0].iterations());
            }
        }
    }

    private void coldHessian() {
        int n = quick ? 100 : 400;
        out.println();
        out.printf("Analytic Hessian, N = %d (d = 2, uniform square, eps = 0.05 x mean C): otx derivatives --no-spectrum in a%n", n);
        out.println("fresh JVM (wall time of the whole command: start-up, solve, Newton polish, derivatives, 8N^2-number JSON;");
        out.println("reported = the seconds it prints for the gradients and the Hessian), best of 2; then the same in this JVM,");
        out.println("first, warm on EJML's pool and warm on one thread (compare with numpy_hessian_reference.py, OPENBLAS_NUM_THREADS=1)");
        out.printf("%-44s %12s %12s%n", "JVM", "command s", "reported s");
        Path dir = null;
        try {
            dir = Files.createTempDirectory("otx-hessian-bench");
            Path x = dir.resolve("X.csv");
            Path y = dir.resolve("Y.csv");
            CsvFiles.writeMatrix(x, new String[] {"x", "y"}, PointClouds.uniformSquare(n, 1));
            CsvFiles.writeMatrix(y, new String[] {"x", "y"}, PointClouds.uniformSquare(n, 2));
            Path archive = dir.resolve("otx.jsa");
            String[][] variants = {
                {"default (C1 + C2)"},
                {"C1 only (-XX:TieredStopAtLevel=1)", "-XX:TieredStopAtLevel=1"},
                {"AppCDS archive (-XX:SharedArchiveFile)", "-XX:SharedArchiveFile=" + archive},
                {"AppCDS archive and C1 only", "-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1"},
            };
            // Class-data sharing archives only classes from jars: from a class folder the CDS rows are left out.
            boolean jarsOnly = Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                    .allMatch(entry -> Files.isRegularFile(Path.of(entry)));
            if (!jarsOnly || !archived(dir, x, y, archive)) {
                variants = Arrays.copyOf(variants, 2);
                out.println("(no AppCDS rows: the class path has folders or the archive failed; run from otexplorer.jar)");
            }
            for (String[] variant : variants) {
                String[] flags = Arrays.copyOfRange(variant, 1, variant.length);
                double[] best = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
                for (int run = 0; run < 2; run++) {
                    double[] t = runDerivatives(dir, x, y, flags);
                    best[0] = Math.min(best[0], t[0]);
                    best[1] = Math.min(best[1], t[1]);
                }
                out.printf("%-44s %12.3f %12.3f   (load %s)%n", variant[0], best[0], best[1], loadAverage());
            }
        } catch (IOException | RuntimeException e) {
            out.println("(fresh JVMs could not be run: " + e.getMessage() + ")");
        } finally {
            deleteTree(dir);
        }
        TransportProblem p = problem(n);
        TransportResult r = SinkhornNewton.polish(p, SolverFactory.create("sinkhorn").solve(p, SolverSettings.defaults()
                .withEpsilon(0.05 * p.meanCost()).withTolerance(1e-12).withEpsilonScaling(true)), 0);
        long cpu = processCpuNanos();
        double first = hessianSeconds(p, r);
        double firstCpu = (processCpuNanos() - cpu) * 1e-9;
        out.printf("%-44s %12s %12.3f   (process CPU %.3f s, all threads and the JIT compilers; load %s)%n",
                "this JVM, first gradients + Hessian", "", first, firstCpu, loadAverage());
        int pool = EjmlConcurrency.getMaxThreads();
        double[] shared = warmHessian(p, r);
        out.printf("%-44s %12s %12.3f   (CPU %.3f s, Java threads, EJML pool of %d; load %s)%n", "this JVM, warm (best of 5 after one more)",
                "", shared[0], shared[1], pool, loadAverage());
        EjmlConcurrency.setMaxThreads(1);
        try {
            double[] single = warmHessian(p, r);
            out.printf("%-44s %12s %12.3f   (CPU %.3f s, one thread; load %s)%n", "this JVM, warm, one thread (best of 5)",
                    "", single[0], single[1], loadAverage());
        } finally {
            EjmlConcurrency.setMaxThreads(pool);
        }
    }

    /**
     * Wall and CPU seconds (of every live Java thread, to the nanosecond; nothing is compiled any more) of the
     * gradients and the Hessian in this JVM: the best of 5 after one more run, each figure its own best.
     */
    private static double[] warmHessian(TransportProblem p, TransportResult r) {
        hessianSeconds(p, r);
        double[] best = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        for (int run = 0; run < 5; run++) {
            long cpu = javaThreadsCpuNanos();
            best[0] = Math.min(best[0], hessianSeconds(p, r));
            best[1] = Math.min(best[1], (javaThreadsCpuNanos() - cpu) * 1e-9);
        }
        return best;
    }

    /** CPU time of every live Java thread (not the JIT compilers'), to the nanosecond where the JVM measures it. */
    private static long javaThreadsCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (long id : threads.getAllThreadIds()) {
            sum += Math.max(0, threads.getThreadCpuTime(id));
        }
        return sum;
    }

    /** Whether a run of {@code otx derivatives} with {@code -XX:ArchiveClassesAtExit} wrote the AppCDS archive. */
    private static boolean archived(Path dir, Path x, Path y, Path archive) {
        try {
            runDerivatives(dir, x, y, "-XX:ArchiveClassesAtExit=" + archive);
            return Files.isRegularFile(archive);
        } catch (IOException e) {
            return false;
        }
    }

    /** Runs {@code otx derivatives} in a fresh JVM; returns the command's wall seconds and the seconds it reports. */
    private static double[] runDerivatives(Path dir, Path x, Path y, String... jvmFlags) throws IOException {
        Path json = dir.resolve("d.json");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmFlags));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.otexplorer.Main",
                "derivatives", "--source", x.toString(), "--target", y.toString(), "--epsilon", "0.05",
                "--relative-epsilon", "--no-spectrum", "--out", json.toString()));
        long t0 = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (process.waitFor() != 0) {
                throw new IOException("otx derivatives exited with " + process.exitValue());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        double wall = (System.nanoTime() - t0) * 1e-9;
        return new double[] {wall, Json.mapper().readTree(json.toFile()).get("seconds").asDouble()};
    }

    /** Deletes the benchmark's temporary folder and its files (a best effort: a leftover file is harmless). */
    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // left for the system's temporary-file cleaning
        }
    }

    /** CPU time of this process (all threads, the JIT compilers' included), or 0 where the JVM does not say. */
    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    /** Seconds of what {@code otx derivatives} reports: both gradients and the analytic Hessian. */
    private static double hessianSeconds(TransportProblem p, TransportResult r) {
        long t0 = System.nanoTime();
        EntropicDerivatives d = EntropicDerivatives.of(p, r);
        d.gradient();
        d.sinkhornDistanceGradient();
        d.hessianMarginalError(d.hessian());
        return (System.nanoTime() - t0) * 1e-9;
    }

    /**
     * Seconds per iteration inside one solve of at most {@code iterations} (tolerance 0), from the end of its first
     * iteration to the end of its last as the solver's monitor sees them: the set-up (kernel, first sweep) and its
     * jitter are not in it, and neither is a stop before the limit. Before, the difference of two whole solves was
     * divided by the iterations asked for; at n = 500 the solve stops at round-off after about 490, and the set-up's
     * jitter (20-35 ms) was of the size of the difference: runs printed 0.007-0.08 ms per iteration.
     */
    private static double secondsPerIteration(String method, TransportProblem p, int iterations) {
        long[] first = new long[2];
        long[] last = new long[2];
        SolverMonitor clock = new SolverMonitor() {
            @Override
            public void iteration(int iteration, double marginalError) {
                long now = System.nanoTime();
                if (first[0] == 0) {
                    first[0] = iteration;
                    first[1] = now;
                }
                last[0] = iteration;
                last[1] = now;
            }
        };
        SolverFactory.create(method).solve(p, SolverSettings.defaults().withEpsilon(0.05 * p.meanCost())
                .withTolerance(0).withMaxIterations(iterations), clock);
        return last[0] > first[0] ? (last[1] - first[1]) * 1e-9 / (last[0] - first[0]) : Double.NaN;
    }

    /** Seconds of a solve of at most {@code iterations} iterations (tolerance 0), its set-up included. */
    private static double iterate(String method, TransportProblem p, int iterations) {
        SolverSettings s = SolverSettings.defaults().withEpsilon(0.05 * p.meanCost()).withTolerance(0)
                .withMaxIterations(iterations);
        long t0 = System.nanoTime();
        SolverFactory.create(method).solve(p, s);
        return (System.nanoTime() - t0) * 1e-9;
    }

    /**
     * GB/s of a plain Java sum over an {@code n × n} matrix laid out as the sweep's kernel, on the sweep's threads
     * ({@link StreamingSum}), best of 20.
     */
    private static double streamingSumBandwidth(int n) {
        double[][] rows = new double[n][n];
        for (double[] row : rows) {
            for (int j = 0; j < n; j++) {
                row[j] = j & 1023;
            }
        }
        double[] sink = new double[1];
        double best = bestOf(20, () -> {
            long t0 = System.nanoTime();
            sink[0] += StreamingSum.sum(rows);
            return (System.nanoTime() - t0) * 1e-9;
        });
        return sink[0] < 0 ? 0 : 8.0 * n * n / best * 1e-9;
    }

    /**
     * {@code |primal − dual| / |primal|} with the dual value of math.md §1.1 at the result's potentials; the plan's
     * mass {@code ΣP} is summed in pairs of partial sums per row, so its own rounding stays below 1e-16.
     */
    private static double dualityGap(TransportProblem p, TransportResult r) {
        double eps = r.epsilon();
        double dual = eps;
        for (int i = 0; i < p.n(); i++) {
            dual += p.sourceWeights()[i] * (r.f()[i] - eps * Math.log(p.sourceWeights()[i]));
        }
        for (int j = 0; j < p.m(); j++) {
            dual += p.targetWeights()[j] * (r.g()[j] - eps * Math.log(p.targetWeights()[j]));
        }
        double mass = 0;
        for (double rowSum : r.plan().rowSums()) {
            mass += rowSum;
        }
        return Math.abs(r.objective() - (dual - eps * mass)) / Math.abs(r.objective());
    }

    private static String phases(TransportResult r) {
        return r.phases().stream().map(ph -> ph.name() + " " + ph.iterations())
                .collect(Collectors.joining(", "));
    }

    private static TransportProblem problem(int n) {
        return TransportProblem.fromPoints(PointClouds.uniformSquare(n, 1), PointClouds.uniformSquare(n, 2));
    }

    /** Best of {@code runs} timings after one warm-up run. */
    private static double bestOf(int runs, DoubleSupplier timing) {
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

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
        } catch (IOException | RuntimeException e) {
            return "unknown CPU";
        }
    }
}

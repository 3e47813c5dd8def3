package org.otexplorer.engine;

/**
 * Log-domain Sinkhorn (math.md §2.1): alternating exact c-transforms
 * {@code f_i ← ε log a_i − ε LSE_j((g_j − C_ij)/ε)} and {@code g_j ← ε log b_j − ε LSE_i((f_i − C_ij)/ε)}.
 * Stable for any ε > 0; warm-starts from given potentials; optional ε-scaling.
 *
 * <p>Each iteration is one fused sweep over the cost matrix: the log-sum-exp of row i is shifted by the
 * current {@code f_i}, so its terms are the current plan's entries (at most 1, no max pass needed), and
 * while the row is in cache the new plan's column sums are accumulated (from the same exps, rescaled). Those column sums give both the
 * marginal error of the iterate (rows are exact after the f-update, as in OTT, where f is updated last)
 * and the next g-update. Rows or columns whose shifted sum under- or overflows are redone with an exact
 * max-shifted log-sum-exp.
 */
public final class LogDomainSinkhornSolver extends NamedSolver {
    public static final String ID = "sinkhorn-log";

    public LogDomainSinkhornSolver() {
        super(ID, true, "Entropic OT by log-domain Sinkhorn: slower per iteration, stable for any ε.",
                java.util.List.of(SolverParameters.EPSILON, SolverParameters.TOLERANCE, SolverParameters.MAX_ITERATIONS, SolverParameters.EPSILON_SCALING));
    }

    @Override
    public TransportResult solve(TransportProblem problem, SolverSettings settings, SolverMonitor monitor) {
        EntropicSolverSupport.validate(problem, settings);
        if (settings.epsilonScaling()) {
            return EpsilonScaling.solve(this, problem, settings, monitor);
        }
        long start = System.nanoTime();
        int n = problem.n();
        int m = problem.m();
        double eps = settings.epsilon();
        double[] c = problem.costArray();
        double[] logA = LogDomainKernels.logOf(problem.sourceWeights());
        double[] logB = LogDomainKernels.logOf(problem.targetWeights());
        double[] b = problem.targetWeights();
        double[] f = settings.hasWarmStart() ? settings.initialF().clone() : new double[n];
        double[] g = settings.hasWarmStart() ? settings.initialG().clone() : new double[m];
        int blocks = ParallelLoops.blocks(n, m);
        double[][] colSums = new double[blocks][m];
        double[][] rowBuffers = new double[blocks][m];
        double[] col = new double[m];
        IterationHistory history = new IterationHistory();
        StopReason reason = StopReason.MAX_ITERATIONS;
        int it = 0;
        while (it < settings.maxIterations()) {
            if (monitor.isCancelled()) {
                reason = StopReason.CANCELLED;
                break;
            }
            fusedSweep(c, n, m, eps, problem.sourceWeights(), logA, f, g, rowBuffers, colSums, col);
            it++;
            double error = 0;
            for (int j = 0; j < m; j++) {
                error += Math.abs(col[j] - b[j]);
            }
            if (!Double.isFinite(error)) {
                // A column sum overflowed or vanished: recompute the columns exactly, then the rows.
                LogDomainKernels.updateColumns(c, n, m, eps, f, logB, g);
                LogDomainKernels.updateRows(c, n, m, eps, g, logA, f);
                continue;
            }
            history.add(error);
            monitor.iteration(it, error);
            if (error <= settings.tolerance()) {
                reason = StopReason.CONVERGED;
                break;
            }
            if (it == settings.maxIterations()) {
                break;
            }
            updateColumnsFromSums(c, n, m, eps, f, logB, col, g);
        }
        return EntropicSolverSupport.resultFromPotentials(ID, problem, eps, f, g)
                .marginalErrorHistory(history.toArray())
                .iterations(it)
                .stopReason(reason)
                .elapsedSeconds((System.nanoTime() - start) * 1e-9)
                .build(problem);
    }

    /**
     * Rows: {@code f_i ← f_i + ε log a_i − ε log Σ_j exp((f_i + g_j − C_ij)/ε)}; then, with the new f_i,
     * accumulates {@code col_j = Σ_i exp((f_i + g_j − C_ij)/ε)} (the new plan's column sums). The new
     * plan's row is the old one times {@code exp((f_i,new − f_i)/ε)}, so each entry costs one exp.
     */
    private static void fusedSweep(double[] c, int n, int m, double eps, double[] a, double[] logA, double[] f,
                                   double[] g, double[][] rowBuffers, double[][] colSums, double[] col) {
        double invEps = 1 / eps;
        int blocks = colSums.length;
        ParallelLoops.forBlocks(n, blocks, (block, from, to) -> {
            double[] acc = colSums[block];
            double[] rowTerms = rowBuffers[block];
            java.util.Arrays.fill(acc, 0);
            for (int i = from; i < to; i++) {
                int row = i * m;
                double fi = f[i];
                double s = 0;
                for (int j = 0; j < m; j++) {
                    double t = Math.exp((fi + g[j] - c[row + j]) * invEps);
                    rowTerms[j] = t;
                    s += t;
                }
                if (s > 0 && s < Double.POSITIVE_INFINITY) {
                    // New row = old row × a_i/s: the row sum becomes exactly a_i.
                    f[i] = fi + eps * logA[i] - eps * Math.log(s);
                    double factor = a[i] / s;
                    for (int j = 0; j < m; j++) {
                        acc[j] += rowTerms[j] * factor;
                    }
                } else {
                    double fNew = eps * logA[i] - LogDomainKernels.rowLogSumExp(c, row, m, eps, g);
                    f[i] = fNew;
                    for (int j = 0; j < m; j++) {
                        acc[j] += Math.exp((fNew + g[j] - c[row + j]) * invEps);
                    }
                }
            }
        });
        System.arraycopy(colSums[0], 0, col, 0, m);
        for (int k = 1; k < blocks; k++) {
            double[] acc = colSums[k];
            for (int j = 0; j < m; j++) {
                col[j] += acc[j];
            }
        }
    }

    /** {@code g_j ← g_j + ε log b_j − ε log col_j}; a column whose sum vanished is recomputed exactly. */
    private static void updateColumnsFromSums(double[] c, int n, int m, double eps, double[] f, double[] logB,
                                              double[] col, double[] g) {
        boolean exactNeeded = false;
        for (int j = 0; j < m; j++) {
            if (col[j] > 0) {
                g[j] += eps * logB[j] - eps * Math.log(col[j]);
            } else {
                exactNeeded = true;
            }
        }
        if (exactNeeded) {
            LogDomainKernels.updateColumns(c, n, m, eps, f, logB, g);
        }
    }
}

package org.otexplorer.engine;

import java.util.Arrays;

/**
 * Stabilized Sinkhorn in scaling form (Schmitzer 2019, "Stabilized sparse scaling algorithms for entropy
 * regularized transport problems", absorption of large scalings into the potentials). The plan is
 * {@code P = diag(u) K̃ diag(v)} with the kernel {@code K̃_ij = exp((f_i + g_j − C_ij)/ε)} taken relative to
 * the absorbed potentials f, g; the scaling updates {@code u = a/(K̃v)}, {@code v = b/(K̃ᵀu)} need no
 * exp. When a scaling leaves [1e-50, 1e50] it is absorbed ({@code f += ε log u}, {@code g += ε log v},
 * {@code u = v = 1}) and the kernel is recomputed; when a row or column sum under- or overflows, that
 * step is redone as an exact log-domain iteration (and the result says so in a warning). Finite and
 * convergent for ε down to 1e-5·mean(C).
 *
 * <p>The kernel is stored as one array per row (C2 vectorises the column accumulation over a whole
 * array, not over an offset slice of a flat one). Each iteration streams the kernel once: the sweep that computes {@code u_i} accumulates the
 * column sums {@code K̃ᵀu} while row i is still in cache. The iterate checked for convergence is
 * {@code (u_new, v_old)}, whose rows are exact (as in OTT), so its marginal error is the column error
 * {@code Σ_j |v_j (K̃ᵀu)_j − b_j|}, known at the end of the sweep. Reported potentials follow math.md §0:
 * {@code f_i + ε log u_i} and {@code g_j + ε log v_j}.
 */
public final class SinkhornSolver extends NamedSolver {
    public static final String ID = "sinkhorn";
    /** Scalings beyond [1/ABSORB_BOUND, ABSORB_BOUND] are absorbed into the potentials. */
    static final double ABSORB_BOUND = 1e50;

    public SinkhornSolver() {
        super(ID, true, "Entropic OT by stabilized scaling Sinkhorn; falls back to the log domain when ε is tiny.",
                java.util.List.of(SolverParameters.EPSILON, SolverParameters.TOLERANCE, SolverParameters.MAX_ITERATIONS, SolverParameters.EPSILON_SCALING));
    }

    @Override
    public TransportResult solve(TransportProblem problem, SolverSettings settings, SolverMonitor monitor) {
        EntropicSolverSupport.validate(problem, settings);
        if (settings.epsilonScaling()) {
            return EpsilonScaling.solve(this, problem, settings, monitor);
        }
        long start = System.nanoTime();
        ScalingState st = new ScalingState(problem, settings);
        IterationHistory history = new IterationHistory();
        StopReason reason = StopReason.MAX_ITERATIONS;
        int logDomainSteps = 0;
        int it = 0;
        while (it < settings.maxIterations()) {
            if (monitor.isCancelled()) {
                reason = StopReason.CANCELLED;
                break;
            }
            boolean rowsBroke = st.sweepRows();
            it++;
            double error = rowsBroke ? Double.NaN : st.columnError();
            if (!Double.isFinite(error)) {
                st.stabilizeInLogDomain();
                logDomainSteps++;
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
            if (!st.updateColumns()) {
                st.stabilizeInLogDomain();
                logDomainSteps++;
            } else if (st.scalingsOutOfRange()) {
                st.absorb();
            }
        }
        TransportResult.Builder result = st.result()
                .marginalErrorHistory(history.toArray())
                .iterations(it)
                .stopReason(reason)
                .elapsedSeconds((System.nanoTime() - start) * 1e-9);
        if (logDomainSteps > 0) {
            result.warning("the scaling iteration under- or overflowed " + logDomainSteps
                    + " time(s); those steps fell back to exact log-domain iterations");
        }
        return result.build(problem);
    }

    /** Potentials, scalings, kernel and sweep buffers of one solve. */
    private static final class ScalingState {
        private final TransportProblem problem;
        private final int n;
        private final int m;
        private final double eps;
        private final double[] c;
        private final double[] a;
        private final double[] b;
        private final double[] logA;
        private final double[] logB;
        private final double[] f;
        private final double[] g;
        private final double[] u;
        private final double[] v;
        private final double[][] kernel;
        private final double[][] colSums;
        private final boolean[] rowBroke;
        private final double[] col;

        ScalingState(TransportProblem problem, SolverSettings settings) {
            this.problem = problem;
            n = problem.n();
            m = problem.m();
            eps = settings.epsilon();
            c = problem.costArray();
            a = problem.sourceWeights();
            b = problem.targetWeights();
            logA = LogDomainKernels.logOf(a);
            logB = LogDomainKernels.logOf(b);
            f = settings.hasWarmStart() ? settings.initialF().clone() : new double[n];
            g = settings.hasWarmStart() ? settings.initialG().clone() : new double[m];
            u = new double[n];
            v = new double[m];
            kernel = new double[n][m];
            int blocks = ParallelLoops.blocks(n, m);
            colSums = new double[blocks][m];
            rowBroke = new boolean[blocks];
            col = new double[m];
            // Shift f so that every kernel row has its largest entry exactly 1: no row starts out all zero.
            for (int i = 0; i < n; i++) {
                int row = i * m;
                double min = Double.POSITIVE_INFINITY;
                for (int j = 0; j < m; j++) {
                    min = Math.min(min, c[row + j] - g[j]);
                }
                f[i] = min;
            }
            rebuildKernel();
        }

        /**
         * {@code u_i = a_i/(K̃v)_i} for every row, accumulating {@code col = K̃ᵀu}; true if a row sum broke
         * down. Rows go in pairs so that each load of v and of the column accumulator serves two rows.
         */
        boolean sweepRows() {
            int blocks = colSums.length;
            Arrays.fill(rowBroke, false);
            ParallelLoops.forBlocks(n, blocks, (block, from, to) -> {
                double[] acc = colSums[block];
                Arrays.fill(acc, 0);
                int i = from;
                for (; i + 1 < to; i += 2) {
                    double[] k0 = kernel[i];
                    double[] k1 = kernel[i + 1];
                    double s0 = rowDot(k0, v, m);
                    double s1 = rowDot(k1, v, m);
                    if (!(s0 > 0 && s0 < Double.POSITIVE_INFINITY && s1 > 0 && s1 < Double.POSITIVE_INFINITY)) {
                        rowBroke[block] = true;
                        continue;
                    }
                    double u0 = a[i] / s0;
                    double u1 = a[i + 1] / s1;
                    u[i] = u0;
                    u[i + 1] = u1;
                    for (int j = 0; j < m; j++) {
                        acc[j] += k0[j] * u0 + k1[j] * u1;
                    }
                }
                if (i < to) {
                    double[] k0 = kernel[i];
                    double s0 = rowDot(k0, v, m);
                    if (!(s0 > 0 && s0 < Double.POSITIVE_INFINITY)) {
                        rowBroke[block] = true;
                        return;
                    }
                    double u0 = a[i] / s0;
                    u[i] = u0;
                    for (int j = 0; j < m; j++) {
                        acc[j] += k0[j] * u0;
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
            for (boolean broke : rowBroke) {
                if (broke) {
                    return true;
                }
            }
            return false;
        }

        /** Column error of the iterate (u, v): {@code Σ_j |v_j (K̃ᵀu)_j − b_j|}. */
        double columnError() {
            double e = 0;
            for (int j = 0; j < m; j++) {
                e += Math.abs(v[j] * col[j] - b[j]);
            }
            return e;
        }

        /** {@code v_j = b_j/(K̃ᵀu)_j}; false if a column sum vanished. */
        boolean updateColumns() {
            for (int j = 0; j < m; j++) {
                if (!(col[j] > 0)) {
                    return false;
                }
            }
            for (int j = 0; j < m; j++) {
                v[j] = b[j] / col[j];
            }
            return true;
        }

        boolean scalingsOutOfRange() {
            return outOfRange(u) || outOfRange(v);
        }

        /** Moves the scalings into the potentials and recomputes the kernel (one exp pass). */
        void absorb() {
            absorbInto(f, u);
            absorbInto(g, v);
            rebuildKernel();
        }

        /** Absorbs what is finite, then one exact log-domain iteration, then a fresh kernel. */
        void stabilizeInLogDomain() {
            absorbInto(f, u);
            absorbInto(g, v);
            LogDomainKernels.updateColumns(c, n, m, eps, f, logB, g);
            LogDomainKernels.updateRows(c, n, m, eps, g, logA, f);
            rebuildKernel();
        }

        /** The result for the current iterate: plan {@code u_i K̃_ij v_j}, potentials with the scalings absorbed. */
        TransportResult.Builder result() {
            double[] fOut = f.clone();
            double[] gOut = g.clone();
            absorbInto(fOut, u.clone());
            absorbInto(gOut, v.clone());
            double[] plan = new double[n * m];
            ParallelLoops.forBlocks(n, colSums.length, (block, from, to) -> {
                for (int i = from; i < to; i++) {
                    double[] k = kernel[i];
                    int row = i * m;
                    double ui = u[i];
                    for (int j = 0; j < m; j++) {
                        plan[row + j] = ui * k[j] * v[j];
                    }
                }
            });
            return TransportResult.builder(ID).epsilon(eps).plan(new TransportPlan(n, m, plan)).potentials(fOut, gOut);
        }

        private void rebuildKernel() {
            double invEps = 1 / eps;
            ParallelLoops.forBlocks(n, colSums.length, (block, from, to) -> {
                for (int i = from; i < to; i++) {
                    double[] k = kernel[i];
                    int row = i * m;
                    double fi = f[i];
                    for (int j = 0; j < m; j++) {
                        k[j] = Math.exp((fi + g[j] - c[row + j]) * invEps);
                    }
                }
            });
            Arrays.fill(u, 1);
            Arrays.fill(v, 1);
        }

        private void absorbInto(double[] potential, double[] scaling) {
            for (int k = 0; k < potential.length; k++) {
                double s = scaling[k];
                if (s > 0 && s < Double.POSITIVE_INFINITY) {
                    potential[k] += eps * Math.log(s);
                }
                scaling[k] = 1;
            }
        }

        private static boolean outOfRange(double[] s) {
            for (double x : s) {
                if (x > ABSORB_BOUND || x < 1 / ABSORB_BOUND) {
                    return true;
                }
            }
            return false;
        }

        /** {@code Σ_j K̃_ij v_j} for one kernel row, with eight independent partial sums, so FMA latency does not serialise it. */
        private static double rowDot(double[] k, double[] v, int m) {
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            double s4 = 0;
            double s5 = 0;
            double s6 = 0;
            double s7 = 0;
            int j = 0;
            for (; j + 7 < m; j += 8) {
                s0 += k[j] * v[j];
                s1 += k[j + 1] * v[j + 1];
                s2 += k[j + 2] * v[j + 2];
                s3 += k[j + 3] * v[j + 3];
                s4 += k[j + 4] * v[j + 4];
                s5 += k[j + 5] * v[j + 5];
                s6 += k[j + 6] * v[j + 6];
                s7 += k[j + 7] * v[j + 7];
            }
            for (; j < m; j++) {
                s0 += k[j] * v[j];
            }
            return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
        }
    }
}

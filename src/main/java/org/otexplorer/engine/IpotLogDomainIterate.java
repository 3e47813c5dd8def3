package org.otexplorer.engine;

import java.util.Arrays;

/**
 * IPOT (thesis Algorithm 1) in the log domain, for any β. After t proximal steps the plan is
 * {@code T = exp((f_i + g_j − C_ij)/ε_t)} with {@code ε_t = β/t}, because each step multiplies T by
 * {@code G = exp(−C/β)} and by the diagonal scalings. Step t+1 therefore rescales the potentials by
 * {@code r = ε_{t+1}/ε_t = t/(t+1)} (this is {@code Q = G ⊙ T} at {@code ε_{t+1}}), then runs L log-domain
 * Sinkhorn half-steps ({@link LogDomainKernels}): the row update against {@code ĝ = r g + ε_{t+1} log σ}
 * gives {@code f̂ = r f + ε_{t+1} log δ}, and the column update gives {@code ĝ = r g + ε_{t+1} log σ} for the
 * new σ. The carried-over σ of the thesis is kept as {@code log σ}. In exact arithmetic the iterates equal
 * {@link IpotScalingIterate}'s; max-shifted log-sum-exp makes underflow impossible. The price is precision:
 * the plan's relative rounding error grows like {@code 1e−16 · max|f| · t/β} (the exponent is divided by
 * {@code ε_t = β/t}), e.g. marginal errors around 1e−11 after t/β ≈ 10⁶. Weights must be positive
 * ({@link PositiveSupport}).
 */
final class IpotLogDomainIterate implements IpotIterate {
    private final double[] c;
    private final int n;
    private final int m;
    private final double beta;
    private final int inner;
    private final double innerTolerance;
    private final double[] logA;
    private final double[] logB;
    private final double[] logSigma;
    private final double[] plan;
    private final TransportProblem problem;
    private double[] f;
    private double[] g;
    private double[] rowPotential;
    private double[] columnPotential;
    private int steps;
    private int lastInnerIterations;
    private double lastInnerError = Double.NaN;

    /** Exactly L inner half-step pairs per proximal step (thesis Algorithm 1). */
    IpotLogDomainIterate(TransportProblem problem, double beta, int inner) {
        this(problem, beta, inner, 0);
    }

    /**
     * Inner half-step pairs until the row marginal error is at most {@code innerTolerance} (at most {@code inner}
     * of them); {@code innerTolerance = 0} runs exactly {@code inner}.
     */
    IpotLogDomainIterate(TransportProblem problem, double beta, int inner, double innerTolerance) {
        this.problem = problem;
        this.innerTolerance = innerTolerance;
        c = problem.costArray();
        n = problem.n();
        m = problem.m();
        this.beta = beta;
        this.inner = inner;
        logA = LogDomainKernels.logOf(problem.sourceWeights());
        logB = LogDomainKernels.logOf(problem.targetWeights());
        logSigma = new double[m];
        Arrays.fill(logSigma, -Math.log(m));
        f = new double[n];
        g = new double[m];
        rowPotential = new double[n];
        columnPotential = new double[m];
        plan = new double[n * m];
        Arrays.fill(plan, 1.0);
    }

    @Override
    public boolean advance() {
        double eps = beta / (steps + 1);
        double r = steps / (steps + 1.0);
        for (int j = 0; j < m; j++) {
            columnPotential[j] = r * g[j] + eps * logSigma[j];
        }
        lastInnerIterations = 0;
        lastInnerError = Double.NaN;
        for (int l = 0; l < inner; l++) {
            LogDomainKernels.updateRows(c, n, m, eps, columnPotential, logA, rowPotential);
            LogDomainKernels.updateColumns(c, n, m, eps, rowPotential, logB, columnPotential);
            lastInnerIterations++;
            if (innerTolerance > 0) {
                lastInnerError = rowError(eps);
                if (lastInnerError <= innerTolerance) {
                    break;
                }
            }
        }
        for (int j = 0; j < m; j++) {
            logSigma[j] = (columnPotential[j] - r * g[j]) / eps;
        }
        double[] swap = f;
        f = rowPotential;
        rowPotential = swap;
        swap = g;
        g = columnPotential;
        columnPotential = swap;
        steps++;
        LogDomainKernels.plan(c, n, m, eps, f, g, plan);
        return true;
    }

    /** {@code Σ_i |(T1)_i − a_i|} of the plan at (rowPotential, columnPotential); its columns are exact. */
    private double rowError(double eps) {
        double[] a = problem.sourceWeights();
        double[] lse = new double[n];
        LogDomainKernels.rowLogSumExps(c, n, m, eps, columnPotential, lse);
        double error = 0;
        for (int i = 0; i < n; i++) {
            error += Math.abs(Math.exp((rowPotential[i] + lse[i]) / eps) - a[i]);
        }
        return error;
    }

    @Override
    public int lastInnerIterations() {
        return lastInnerIterations;
    }

    @Override
    public double lastInnerError() {
        return lastInnerError;
    }

    @Override
    public double[] plan() {
        return plan;
    }

    @Override
    public double marginalError() {
        return new TransportPlan(n, m, plan).marginalError(problem);
    }

    @Override
    public double transportCost() {
        return new TransportPlan(n, m, plan).transportCost(problem);
    }
}

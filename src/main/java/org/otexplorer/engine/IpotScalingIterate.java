package org.otexplorer.engine;

import java.util.Arrays;

/**
 * IPOT (thesis Algorithm 1) as written, in scaling form: {@code T = 1 1ᵀ}, {@code σ = 1/m} to start; each step
 * forms {@code Q = G ⊙ T}, runs L scalings {@code δ = a/(Qσ)}, {@code σ = b/(Qᵀδ)} (σ carries over between
 * steps, as in the thesis) and sets {@code T = diag(δ) Q diag(σ)}. {@code G = exp(−(C_ij − min_j C_ij)/β)} is
 * taken relative to each row's minimum, a row factor that δ absorbs (the iterates are unchanged). Weights
 * must be positive ({@link PositiveSupport}).
 */
final class IpotScalingIterate implements IpotIterate {
    /** exp(−x) stays far above underflow (≈ 1e−261) for x up to this. */
    static final double MAX_EXPONENT = 600;

    private final int n;
    private final int m;
    private final double[] a;
    private final double[] b;
    private final int inner;
    private final double[] kernel;
    private final double[] q;
    private final double[] delta;
    private final double[] sigma;
    private final double[] cost;
    private final double[] columnSums;
    private double marginalError = Double.NaN;
    private double transportCost = Double.NaN;
    private double[] t;
    private double[] next;

    IpotScalingIterate(TransportProblem problem, double beta, int inner) {
        n = problem.n();
        m = problem.m();
        a = problem.sourceWeights();
        b = problem.targetWeights();
        this.inner = inner;
        cost = problem.costArray();
        columnSums = new double[m];
        kernel = proximalKernel(problem, beta);
        q = new double[n * m];
        delta = new double[n];
        sigma = new double[m];
        Arrays.fill(sigma, 1.0 / m);
        t = new double[n * m];
        Arrays.fill(t, 1.0);
        next = new double[n * m];
    }

    /**
     * The same iteration started from the plan {@code start} (row-major n × m) and the column scaling
     * {@code startSigma} instead of {@code 1 1ᵀ} and {@code 1/m}.
     */
    IpotScalingIterate(TransportProblem problem, double beta, int inner, double[] start, double[] startSigma) {
        this(problem, beta, inner);
        System.arraycopy(start, 0, t, 0, t.length);
        System.arraycopy(startSigma, 0, sigma, 0, m);
    }

    /** Whether {@code exp(−(C_ij − min_j C_ij)/β)} stays above underflow for every row (no row range over 600 β). */
    static boolean fits(TransportProblem problem, double beta) {
        double[] c = problem.costArray();
        int m = problem.m();
        for (int row = 0; row < c.length; row += m) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < m; j++) {
                min = Math.min(min, c[row + j]);
                max = Math.max(max, c[row + j]);
            }
            if ((max - min) / beta > MAX_EXPONENT) {
                return false;
            }
        }
        return true;
    }

    /**
     * One proximal step in three passes over the matrix: Q with the first row scaling, the column scaling
     * (plus 2(L − 1) more scaling passes), and the new T with its marginals and cost.
     */
    @Override
    public boolean advance() {
        for (int i = 0; i < n; i++) {
            int row = i * m;
            double sum = 0;
            for (int j = 0; j < m; j++) {
                double v = flushSubnormal(kernel[row + j] * t[row + j]);
                q[row + j] = v;
                sum += v * sigma[j];
            }
            delta[i] = a[i] / sum;
        }
        scaleTransposed(delta, b, sigma);
        for (int l = 1; l < inner; l++) {
            scale(sigma, a, delta);
            scaleTransposed(delta, b, sigma);
        }
        if (!LogDomainKernels.allFinite(delta) || !LogDomainKernels.allFinite(sigma)) {
            return false;
        }
        return nextPlan();
    }

    /** {@code T' = diag(δ) Q diag(σ)} with its marginal error and cost; false (T kept) if anything overflowed. */
    private boolean nextPlan() {
        Arrays.fill(columnSums, 0);
        double error = 0;
        double total = 0;
        for (int i = 0; i < n; i++) {
            int row = i * m;
            double di = delta[i];
            double rowSum = 0;
            for (int j = 0; j < m; j++) {
                double v = flushSubnormal(di * q[row + j] * sigma[j]);
                next[row + j] = v;
                rowSum += v;
                columnSums[j] += v;
                total += cost[row + j] * v;
            }
            error += Math.abs(rowSum - a[i]);
        }
        for (int j = 0; j < m; j++) {
            error += Math.abs(columnSums[j] - b[j]);
        }
        if (!Double.isFinite(error) || !Double.isFinite(total)) {
            return false;
        }
        double[] swap = t;
        t = next;
        next = swap;
        marginalError = error;
        transportCost = total;
        return true;
    }

    /** The carried-over column scaling σ (shared: copy before keeping). */
    double[] sigma() {
        return sigma;
    }

    @Override
    public double marginalError() {
        return marginalError;
    }

    @Override
    public double transportCost() {
        return transportCost;
    }

    @Override
    public double[] plan() {
        return t;
    }

    @Override
    public int lastInnerIterations() {
        return inner;
    }

    @Override
    public double lastInnerError() {
        return Double.NaN;
    }

    /**
     * 0 for a subnormal (below {@link Double#MIN_NORMAL}, ≈ 2.2e−308), else {@code v}. As T sharpens, its entries off
     * the optimal support shrink geometrically into the subnormal range, where every multiplication costs tens of
     * times a normal one (at n = 300 a proximal step went from about 0.3 ms to 3 ms); such an entry's mass is below
     * 1e−307, so setting it to 0 changes no marginal or cost that a tolerance can see.
     */
    private static double flushSubnormal(double v) {
        return v < Double.MIN_NORMAL ? 0 : v;
    }

    /** {@code G_ij = exp(−(C_ij − min_j C_ij)/β)}. */
    private static double[] proximalKernel(TransportProblem problem, double beta) {
        int m = problem.m();
        double[] c = problem.costArray();
        double[] g = new double[c.length];
        for (int row = 0; row < c.length; row += m) {
            double min = Double.POSITIVE_INFINITY;
            for (int j = 0; j < m; j++) {
                min = Math.min(min, c[row + j]);
            }
            for (int j = 0; j < m; j++) {
                g[row + j] = Math.exp(-(c[row + j] - min) / beta);
            }
        }
        return g;
    }

    /** {@code out_i = w_i / (Q s)_i}. */
    private void scale(double[] s, double[] w, double[] out) {
        for (int i = 0; i < n; i++) {
            int row = i * m;
            double sum = 0;
            for (int j = 0; j < m; j++) {
                sum += q[row + j] * s[j];
            }
            out[i] = w[i] / sum;
        }
    }

    /** {@code out_j = w_j / (Qᵀ s)_j}, accumulated row by row. */
    private void scaleTransposed(double[] s, double[] w, double[] out) {
        double[] sum = new double[m];
        for (int i = 0; i < n; i++) {
            int row = i * m;
            double si = s[i];
            for (int j = 0; j < m; j++) {
                sum[j] += q[row + j] * si;
            }
        }
        for (int j = 0; j < m; j++) {
            out[j] = w[j] / sum[j];
        }
    }
}

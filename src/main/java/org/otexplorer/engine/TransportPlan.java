package org.otexplorer.engine;

/**
 * A transport plan (coupling) P, n×m, stored row-major. Immutable: {@link #values()} is shared and
 * must not be modified.
 *
 * <p>Also evaluates the quantities every solver reports (DESIGN.md conventions): transport cost
 * {@code <C,P>}, the entropic objective {@code <C,P> + ε·KL(P | a⊗b)} with the generalised KL
 * {@code KL(P|Q) = Σ P log(P/Q) − P + Q} (math.md §1.1), and the marginal error
 * {@code ||P1 − a||₁ + ||Pᵀ1 − b||₁}.
 */
public final class TransportPlan {
    private final int n;
    private final int m;
    private final double[] values;

    /** Wraps a row-major array of n·m entries (not copied: the caller hands it over). */
    public TransportPlan(int n, int m, double[] values) {
        if (values.length != n * m) {
            throw new IllegalArgumentException("plan has " + values.length + " entries, expected " + n + "x" + m);
        }
        this.n = n;
        this.m = m;
        this.values = values;
    }

    public int n() {
        return n;
    }

    public int m() {
        return m;
    }

    /** P_ij. */
    public double get(int i, int j) {
        return values[i * m + j];
    }

    /** Row-major entries, shared; do not modify. */
    public double[] values() {
        return values;
    }

    /** The plan as n rows of m entries (a fresh copy). */
    public double[][] toMatrix() {
        double[][] p = new double[n][m];
        for (int i = 0; i < n; i++) {
            System.arraycopy(values, i * m, p[i], 0, m);
        }
        return p;
    }

    /** Actual source marginal a^P = P·1. */
    public double[] rowSums() {
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            int row = i * m;
            for (int j = 0; j < m; j++) {
                s += values[row + j];
            }
            r[i] = s;
        }
        return r;
    }

    /** Actual target marginal b^P = Pᵀ·1. */
    public double[] columnSums() {
        double[] c = new double[m];
        for (int i = 0; i < n; i++) {
            int row = i * m;
            for (int j = 0; j < m; j++) {
                c[j] += values[row + j];
            }
        }
        return c;
    }

    /** Number of entries greater than zero. */
    public int nonZeroCount() {
        int k = 0;
        for (double v : values) {
            if (v > 0) {
                k++;
            }
        }
        return k;
    }

    /** {@code ||P1 − a||₁ + ||Pᵀ1 − b||₁} against the problem's weights. */
    public double marginalError(TransportProblem problem) {
        return marginalError(problem.sourceWeights(), problem.targetWeights());
    }

    /** {@code ||P1 − a||₁ + ||Pᵀ1 − b||₁}. */
    public double marginalError(double[] a, double[] b) {
        double[] r = rowSums();
        double[] c = columnSums();
        double e = 0;
        for (int i = 0; i < n; i++) {
            e += Math.abs(r[i] - a[i]);
        }
        for (int j = 0; j < m; j++) {
            e += Math.abs(c[j] - b[j]);
        }
        return e;
    }

    /**
     * Transport cost {@code <C,P>} (the Sinkhorn distance when P is the entropic plan), summed with Neumaier's
     * compensation: n·m terms summed plainly lose up to 1e-12 relative at n = 2000, more than a solve to 1e-11 can
     * tell apart.
     */
    public double transportCost(TransportProblem problem) {
        double[] c = problem.costArray();
        CompensatedSum s = new CompensatedSum();
        for (int k = 0; k < values.length; k++) {
            s.add(c[k] * values[k]);
        }
        return s.value();
    }

    /**
     * Generalised KL divergence {@code KL(P | a⊗b) = Σ P log(P/(a_i b_j)) − P + a_i b_j}, with 0·log 0 = 0
     * (compensated summation, as {@link #transportCost}).
     */
    public double klDivergenceFromProduct(double[] a, double[] b) {
        CompensatedSum s = new CompensatedSum();
        for (int i = 0; i < n; i++) {
            int row = i * m;
            for (int j = 0; j < m; j++) {
                double p = values[row + j];
                double q = a[i] * b[j];
                s.add(p > 0 ? p * Math.log(p / q) - p + q : q);
            }
        }
        return s.value();
    }

    /** Neumaier's compensated sum (Kahan–Babuška): the rounding of each addition is carried along. */
    private static final class CompensatedSum {
        private double sum;
        private double compensation;

        void add(double x) {
            double t = sum + x;
            compensation += Math.abs(sum) >= Math.abs(x) ? (sum - t) + x : (x - t) + sum;
            sum = t;
        }

        double value() {
            return sum + compensation;
        }
    }

    /** Entropic objective {@code <C,P> + ε·KL(P | a⊗b)}; equals the transport cost when ε = 0. */
    public double entropicObjective(TransportProblem problem, double epsilon) {
        double cost = transportCost(problem);
        if (epsilon == 0) {
            return cost;
        }
        return cost + epsilon * klDivergenceFromProduct(problem.sourceWeights(), problem.targetWeights());
    }
}

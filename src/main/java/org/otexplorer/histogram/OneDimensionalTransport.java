package org.otexplorer.histogram;

import org.otexplorer.engine.TransportPlan;

/**
 * Exact optimal transport between histograms on sorted positions of a line (math.md §16.2): the monotone
 * (north-west corner) plan, which matches the quantile functions {@code F_a⁻¹} and {@code F_b⁻¹} and is optimal
 * for every convex cost of {@code x − y} (the unique optimum for the strictly convex {@code |x − y|²}). It has at
 * most n + m − 1 non-zero entries. This is the truth the iterative solvers are measured against in one dimension.
 */
public final class OneDimensionalTransport {
    private OneDimensionalTransport() {
    }

    /**
     * The monotone plan between histograms a (n bins) and b (m bins), both scaled to mass one first.
     *
     * @throws IllegalArgumentException if a histogram is not valid ({@link Histograms#requireValid})
     */
    public static TransportPlan monotonePlan(double[] a, double[] b) {
        double[] p = Histograms.normalized(a, "source histogram");
        double[] q = Histograms.normalized(b, "target histogram");
        int n = p.length;
        int m = q.length;
        double[] plan = new double[n * m];
        int i = 0;
        int j = 0;
        double restA = p[0];
        double restB = q[0];
        while (i < n && j < m) {
            double moved = Math.min(restA, restB);
            plan[i * m + j] += moved;
            restA -= moved;
            restB -= moved;
            // Advance past the exhausted bin; at a tie both advance, and the last bins absorb rounding.
            boolean nextRow = restA <= restB;
            boolean nextColumn = restB <= restA;
            if (nextRow && ++i < n) {
                restA += p[i];
            }
            if (nextColumn && ++j < m) {
                restB += q[j];
            }
        }
        return new TransportPlan(n, m, plan);
    }

    /** {@code Σ_ij P_ij |x_i − y_j|²} for a plan between positions x (rows) and y (columns). */
    public static double squaredCost(TransportPlan plan, double[] x, double[] y) {
        if (x.length != plan.n() || y.length != plan.m()) {
            throw new IllegalArgumentException("positions have " + x.length + " and " + y.length
                    + " entries but the plan is " + plan.n() + "x" + plan.m());
        }
        double s = 0;
        double[] v = plan.values();
        for (int i = 0; i < plan.n(); i++) {
            for (int j = 0; j < plan.m(); j++) {
                double d = x[i] - y[j];
                s += v[i * plan.m() + j] * d * d;
            }
        }
        return s;
    }

    /** The exact squared 2-Wasserstein distance between histograms a, b on the same sorted positions x. */
    public static double squaredWasserstein(double[] a, double[] b, double[] x) {
        return squaredCost(monotonePlan(a, b), x, x);
    }
}

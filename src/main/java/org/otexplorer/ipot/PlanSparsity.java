package org.otexplorer.ipot;

import org.otexplorer.engine.TransportPlan;

/**
 * How sparse a plan is, and how far from an exact plan's support (Fig. 2.4): the support size counts entries
 * above a stated threshold ({@link #DEFAULT_THRESHOLD} for plans of total mass one); the mass off the exact
 * support {@code Σ_{(i,j): P*_ij = 0} P_ij} needs no threshold.
 */
public final class PlanSparsity {
    /** Entries above 1e-6 count as support (plans have total mass one; the demo's exact entries are ~1e-3). */
    public static final double DEFAULT_THRESHOLD = 1e-6;

    private PlanSparsity() {
    }

    /** Number of entries above {@code threshold}. */
    public static int supportSize(TransportPlan plan, double threshold) {
        int count = 0;
        for (double v : plan.values()) {
            if (v > threshold) {
                count++;
            }
        }
        return count;
    }

    /** {@code Σ P_ij} over the entries where {@code exact} is zero. */
    public static double massOffSupport(TransportPlan plan, TransportPlan exact) {
        if (plan.n() != exact.n() || plan.m() != exact.m()) {
            throw new IllegalArgumentException("plans have different sizes: " + plan.n() + "x" + plan.m() + " and "
                    + exact.n() + "x" + exact.m());
        }
        double[] p = plan.values();
        double[] e = exact.values();
        double off = 0;
        for (int k = 0; k < p.length; k++) {
            if (e[k] <= 0) {
                off += p[k];
            }
        }
        return off;
    }
}

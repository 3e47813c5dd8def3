package org.otexplorer.engine;

/**
 * The rows and columns of a problem whose weights are positive. Points of zero weight neither send nor receive
 * mass in any feasible plan, so exact solvers solve the problem restricted to the others and put zeros back
 * ({@link #expand}); this keeps logarithms of weights finite (IPOT in the log domain) and keeps Orden's
 * perturbation non-degenerate (network simplex).
 */
final class PositiveSupport {
    private final TransportProblem full;
    private final int[] rows;
    private final int[] columns;
    private final TransportProblem reduced;

    private PositiveSupport(TransportProblem full) {
        this.full = full;
        this.rows = positiveEntries(full.sourceWeights());
        this.columns = positiveEntries(full.targetWeights());
        this.reduced = isFull() ? full : restrict(full, rows, columns);
    }

    /** The positive-weight part of {@code problem}. */
    static PositiveSupport of(TransportProblem problem) {
        return new PositiveSupport(problem);
    }

    /** The problem restricted to points of positive weight (the problem itself when every weight is positive). */
    TransportProblem reduced() {
        return reduced;
    }

    /** A plan of the reduced problem (row-major), spread back to the full problem's size with zeros. */
    double[] expand(double[] reducedPlan) {
        if (isFull()) {
            return reducedPlan;
        }
        int fullM = full.m();
        int m = columns.length;
        double[] out = new double[full.n() * fullM];
        for (int r = 0; r < rows.length; r++) {
            for (int k = 0; k < m; k++) {
                out[rows[r] * fullM + columns[k]] = reducedPlan[r * m + k];
            }
        }
        return out;
    }

    /** Number of source points of the full problem. */
    int fullN() {
        return full.n();
    }

    /** Number of target points of the full problem. */
    int fullM() {
        return full.m();
    }

    private boolean isFull() {
        return rows.length == full.n() && columns.length == full.m();
    }

    private static TransportProblem restrict(TransportProblem p, int[] rows, int[] columns) {
        double[][] c = new double[rows.length][columns.length];
        double[] a = new double[rows.length];
        double[] b = new double[columns.length];
        for (int r = 0; r < rows.length; r++) {
            a[r] = p.sourceWeights()[rows[r]];
            for (int k = 0; k < columns.length; k++) {
                c[r][k] = p.cost(rows[r], columns[k]);
            }
        }
        for (int k = 0; k < columns.length; k++) {
            b[k] = p.targetWeights()[columns[k]];
        }
        return TransportProblem.fromCost(c, a, b);
    }

    private static int[] positiveEntries(double[] w) {
        int count = 0;
        for (double x : w) {
            if (x > 0) {
                count++;
            }
        }
        int[] kept = new int[count];
        int k = 0;
        for (int j = 0; j < w.length; j++) {
            if (w[j] > 0) {
                kept[k++] = j;
            }
        }
        return kept;
    }
}

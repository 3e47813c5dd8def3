package org.otexplorer.barycenter;

import java.util.ArrayList;
import java.util.List;
import org.otexplorer.histogram.Grid;
import org.otexplorer.histogram.OneDimensionalTransport;

/**
 * The exact Wasserstein-2 barycenter in one dimension by quantile averaging (math.md §16.5): its quantile function
 * is {@code Q = Σ_k λ_k Q_k}. Walking the levels s ∈ (0, 1] through the union of the inputs' cumulative sums, on
 * each level interval every {@code Q_k} sits at one bin, so the barycenter has an atom at {@code Σ_k λ_k x_{i_k}}
 * with the interval's length as mass: at most {@code Σ_k n_k} atoms, off the grid in general. Because
 * {@code Σ_k λ_k W₂²(q, p_k) = W₂²(q, q̄) + const} in one dimension, the best barycenter supported on the grid (the
 * fixed-support LP barycenter that IBP and IPOT approximate) is q̄ with every atom moved to its nearest bin,
 * {@link #onGrid()}; it is unique unless an atom sits exactly half-way between two bins.
 */
public final class ExactBarycenter1D {
    private final Grid grid;
    private final double[] positions;
    private final double[] masses;

    private ExactBarycenter1D(Grid grid, double[] positions, double[] masses) {
        this.grid = grid;
        this.positions = positions;
        this.masses = masses;
    }

    /**
     * The exact barycenter of a problem on a line grid.
     *
     * @throws IllegalArgumentException if the grid is not a line
     */
    public static ExactBarycenter1D of(BarycenterProblem problem) {
        Grid grid = problem.grid();
        if (!grid.isLine()) {
            throw new IllegalArgumentException("the exact barycenter by quantiles needs a one-dimensional grid, got "
                    + grid.rows() + " x " + grid.cols());
        }
        int inputs = problem.size();
        int n = grid.size();
        double[] x = grid.linePositions();
        int[] bin = new int[inputs];
        double[] cumulative = new double[inputs];
        for (int k = 0; k < inputs; k++) {
            bin[k] = firstPositive(problem.input(k), 0);
            cumulative[k] = problem.input(k)[bin[k]];
        }
        List<double[]> atoms = new ArrayList<>();
        double level = 0;
        while (true) {
            int next = 0;
            for (int k = 1; k < inputs; k++) {
                if (cumulative[k] < cumulative[next]) {
                    next = k;
                }
            }
            double top = Math.min(1, cumulative[next]);
            if (top > level) {
                double position = 0;
                for (int k = 0; k < inputs; k++) {
                    position += problem.weight(k) * x[bin[k]];
                }
                atoms.add(new double[] {position, top - level});
                level = top;
            }
            int after = firstPositive(problem.input(next), bin[next] + 1);
            if (after >= n) {
                break;
            }
            bin[next] = after;
            cumulative[next] += problem.input(next)[after];
        }
        double[] pos = new double[atoms.size()];
        double[] mass = new double[atoms.size()];
        for (int a = 0; a < pos.length; a++) {
            pos[a] = atoms.get(a)[0];
            mass[a] = atoms.get(a)[1];
        }
        return new ExactBarycenter1D(grid, pos, mass);
    }

    /** The atoms' positions (ascending, in grid units [0, 1]); a copy. */
    public double[] positions() {
        return positions.clone();
    }

    /** The atoms' masses (sum one); a copy. */
    public double[] masses() {
        return masses.clone();
    }

    /** Mean {@code Σ m_a x_a} (equals {@code Σ_k λ_k mean(p_k)}). */
    public double mean() {
        double s = 0;
        for (int a = 0; a < positions.length; a++) {
            s += masses[a] * positions[a];
        }
        return s;
    }

    /** Standard deviation of the atoms. */
    public double std() {
        double mu = mean();
        double s = 0;
        for (int a = 0; a < positions.length; a++) {
            s += masses[a] * (positions[a] - mu) * (positions[a] - mu);
        }
        return Math.sqrt(s);
    }

    /** The best barycenter on the grid: every atom moved to its nearest bin. */
    public double[] onGrid() {
        double h = grid.spacing();
        double[] q = new double[grid.size()];
        for (int a = 0; a < positions.length; a++) {
            int bin = (int) Math.round(positions[a] / h);
            q[Math.max(0, Math.min(q.length - 1, bin))] += masses[a];
        }
        return q;
    }

    /**
     * {@code Σ_k λ_k W₂²(q, p_k)} for a histogram q on the same line grid, each term exact by the monotone plan: the
     * objective the barycenter minimises.
     */
    public static double objective(BarycenterProblem problem, double[] q) {
        problem.grid().requireFits(q, "barycenter");
        double[] x = problem.grid().linePositions();
        double s = 0;
        for (int k = 0; k < problem.size(); k++) {
            s += problem.weight(k) * OneDimensionalTransport.squaredWasserstein(q, problem.input(k), x);
        }
        return s;
    }

    private static int firstPositive(double[] h, int from) {
        int i = from;
        while (i < h.length && !(h[i] > 0)) {
            i++;
        }
        return i;
    }
}

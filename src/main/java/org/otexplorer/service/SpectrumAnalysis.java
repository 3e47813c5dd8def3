package org.otexplorer.service;

import java.util.ArrayList;
import java.util.List;
import org.otexplorer.derivatives.EntropicDerivatives;
import org.otexplorer.derivatives.HMatrix;
import org.otexplorer.derivatives.NullSpaceHandling;
import org.otexplorer.derivatives.UnitCircleSpectrum;
import org.otexplorer.engine.SolverMonitor;
import org.otexplorer.engine.TransportProblem;
import org.otexplorer.engine.TransportResult;

/**
 * The H-matrix analysis shown by the spectrum panel (math.md §4, §5.4, §10): the spectrum of H at the
 * current plan, λ_{2N−1}, the condition number, the Hessian's Prop. 4 marginal error with the truncated
 * pseudo-inverse at threshold τ, and the closed-form λ_{2N−1} of N points on the unit circle at the same relative
 * ε for comparison. Between its parts it stops when the job is cancelled.
 */
final class SpectrumAnalysis {
    /** Largest N + M whose dense eigendecomposition stays interactive (about a second on one core). */
    static final int MAX_SPECTRUM_SIZE = 600;
    /** Largest N·d for the dense Hessian. */
    static final int MAX_HESSIAN_SIZE = 400;
    /** Mean cost on the unit circle: mean of 4 sin²(π k/N) over k is 2, so ε_abs = 2·ε_rel there. */
    private static final double CIRCLE_MEAN_COST = 2.0;

    private SpectrumAnalysis() {
    }

    /**
     * Analyses an entropic result.
     *
     * @param threshold truncation threshold τ (absolute)
     * @param monitor   polled between the parts; a cancelled analysis returns what it has
     * @throws IllegalArgumentException when the result has no entropic plan
     */
    static SpectrumView analyse(long requestId, TransportProblem problem, TransportResult result, double threshold,
                                SolverMonitor monitor) {
        if (!(result.epsilon() > 0) || !result.hasPotentials()) {
            throw new IllegalArgumentException("the H-matrix spectrum needs an entropic method (ε > 0)");
        }
        List<String> notes = new ArrayList<>();
        int size = problem.n() + problem.m();
        double[] eigen = new double[0];
        double lambda = Double.NaN;
        double cond = Double.NaN;
        int truncated = 0;
        if (size <= MAX_SPECTRUM_SIZE) {
            HMatrix h = HMatrix.of(result.plan());
            eigen = h.spectrum();
            lambda = h.smallestPositiveEigenvalue();
            cond = h.conditionNumber();
            truncated = countAtMost(eigen, threshold);
        } else {
            notes.add("spectrum skipped: N + M = " + size + " exceeds " + MAX_SPECTRUM_SIZE);
        }
        double hessianError = Double.NaN;
        if (monitor.isCancelled()) {
            notes.add("Hessian check skipped: a newer request came first");
        } else {
            hessianError = hessianMarginalError(problem, result, threshold, notes);
        }
        double reference = UnitCircleSpectrum.smallestPositiveEigenvalue(Math.max(2, problem.n()),
                CIRCLE_MEAN_COST * result.epsilon() / problem.meanCost());
        return new SpectrumView(requestId, eigen, lambda, cond, threshold, truncated, hessianError, reference,
                List.copyOf(notes));
    }

    private static double hessianMarginalError(TransportProblem problem, TransportResult result, double threshold,
                                               List<String> notes) {
        if (problem.n() * problem.dimension() > MAX_HESSIAN_SIZE || problem.n() + problem.m() > MAX_SPECTRUM_SIZE) {
            notes.add("Hessian check skipped: N·d = " + problem.n() * problem.dimension() + " exceeds "
                    + MAX_HESSIAN_SIZE);
            return Double.NaN;
        }
        EntropicDerivatives derivatives = EntropicDerivatives.of(problem, result);
        notes.addAll(derivatives.warnings());
        return derivatives.hessianMarginalError(derivatives.hessian(NullSpaceHandling.TRUNCATED_EIGEN, threshold));
    }

    private static int countAtMost(double[] sorted, double threshold) {
        int k = 0;
        while (k < sorted.length && sorted[k] <= threshold) {
            k++;
        }
        return k;
    }

    /** {@code count} points from lo to hi, evenly spaced in log. */
    static double[] logGrid(double lo, double hi, int count) {
        double[] g = new double[count];
        double step = Math.log(hi / lo) / (count - 1);
        for (int k = 0; k < count; k++) {
            g[k] = lo * Math.exp(step * k);
        }
        return g;
    }
}

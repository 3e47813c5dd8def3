package org.otexplorer.service;

import java.util.ArrayList;
import java.util.List;
import org.otexplorer.derivatives.EntropicDerivatives;
import org.otexplorer.derivatives.HMatrix;
import org.otexplorer.derivatives.TruncatedPseudoInverse;
import org.otexplorer.derivatives.UnitCircleSpectrum;
import org.otexplorer.engine.SolverMonitor;
import org.otexplorer.engine.TransportProblem;
import org.otexplorer.engine.TransportResult;

/**
 * The H-matrix analysis shown by the spectrum panel (math.md §4, §5.4, §10): the spectrum of H at the
 * current plan, λ_{2N−1}, the condition number, the Hessian's Prop. 4 marginal error with the truncated
 * pseudo-inverse at threshold τ, and the closed-form λ_{2N−1} of N points on the unit circle at the same relative
 * ε for comparison. H is decomposed once: with its eigenvectors when the Hessian check runs (the check's
 * pseudo-inverse shares them, and the check sums the Hessian's column blocks without forming it), else its
 * eigenvalues only — from the singular values of P when H's diagonal blocks are scalar to within a Weyl bound too
 * small to show ({@link #SCALAR_BLOCK_PRECISION}). Between its parts it stops when the job is cancelled.
 */
final class SpectrumAnalysis {
    /** Largest N + M whose dense eigendecomposition stays interactive (about a second on one core). */
    static final int MAX_SPECTRUM_SIZE = 600;
    /** Largest N + M for the Hessian check, whose eigenvectors of H cost about twice its eigenvalues. */
    static final int MAX_CHECK_SIZE = 400;
    /**
     * The singular-value route's spectrum is used when its Weyl bound is at most this fraction of λ_{2N−1}: every
     * positive eigenvalue and the condition number are then right to 1e-6 relative, two digits beyond the panel's
     * four (a converged Sinkhorn plan at tolerance 1e-9 and ε = 0.1 × mean C has a bound of about 3e-8 λ_{2N−1}).
     */
    static final double SCALAR_BLOCK_PRECISION = 1e-6;
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
        // Prop. 4's marginal identity is balanced OT's: a plan with penalised marginals leaves a, b by design.
        boolean balanced = !result.marginalsPenalised();
        boolean check = size <= MAX_CHECK_SIZE && balanced;
        double[] eigen = new double[0];
        double lambda = Double.NaN;
        double cond = Double.NaN;
        int truncated = 0;
        HMatrix h = HMatrix.of(result.plan());
        double hessianError = Double.NaN;
        if (size > MAX_SPECTRUM_SIZE) {
            notes.add("spectrum skipped: N + M = " + size + " exceeds " + MAX_SPECTRUM_SIZE);
        } else {
            TruncatedPseudoInverse pseudoInverse = check ? TruncatedPseudoInverse.of(h, threshold) : null;
            eigen = check ? h.spectrum() : spectrum(h, threshold);
            lambda = eigen[1];
            cond = HMatrix.conditionNumber(eigen);
            truncated = countAtMost(eigen, threshold);
            if (!balanced) {
                // short: two lines beside the chart in presenter mode at 1440 x 900 (the figure's tooltip says
                // what the check is: the Hessian's marginal identity, which holds for balanced OT)
                notes.add("Hessian check skipped: unbalanced OT relaxes its marginals");
            } else if (!check) {
                notes.add("Hessian check skipped: N + M = " + size + " exceeds " + MAX_CHECK_SIZE);
            } else if (monitor.isCancelled()) {
                notes.add("Hessian check skipped: a newer request came first");
            } else {
                hessianError = hessianMarginalError(problem, result, pseudoInverse, notes);
            }
        }
        double reference = UnitCircleSpectrum.smallestPositiveEigenvalue(Math.max(2, problem.n()),
                CIRCLE_MEAN_COST * result.epsilon() / problem.meanCost());
        return new SpectrumView(requestId, eigen, lambda, cond, threshold, truncated, hessianError, reference,
                List.copyOf(notes));
    }

    /**
     * H's eigenvalues: from the singular values of P when that is exact for what the panel shows — the Weyl bound
     * tiny beside λ_{2N−1} and no eigenvalue within it of τ (the truncated count cannot change) — else dense.
     */
    private static double[] spectrum(HMatrix h, double threshold) {
        double bound = h.scalarBlockBound();
        double[] fast = h.scalarBlockSpectrum();
        boolean exact = bound <= SCALAR_BLOCK_PRECISION * fast[1];
        for (int k = 0; exact && k < fast.length; k++) {
            exact = Math.abs(fast[k] - threshold) > bound;
        }
        return exact ? fast : h.spectrum();
    }

    private static double hessianMarginalError(TransportProblem problem, TransportResult result,
                                               TruncatedPseudoInverse pseudoInverse, List<String> notes) {
        EntropicDerivatives derivatives = EntropicDerivatives.of(problem, result);
        notes.addAll(derivatives.warnings());
        return derivatives.hessianMarginalError(pseudoInverse);
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

package org.otexplorer.service;

import java.util.List;

/**
 * Everything the explorer shows about one solve, as plain arrays (shared: do not modify). Matrices are
 * row-major n×m.
 *
 * @param requestId      the request this answers
 * @param method         solver method id
 * @param sourcePoints   X, n×d
 * @param targetPoints   Y, m×d
 * @param n              number of source points
 * @param m              number of target points
 * @param plan           P, row-major n×m
 * @param cost           C, row-major n×m
 * @param sourceWeights  a
 * @param targetWeights  b
 * @param rowSums        P·1
 * @param columnSums     Pᵀ·1
 * @param f              source potential, or {@code null} for non-entropic methods
 * @param g              target potential, or {@code null}
 * @param assignment     column of each row for the assignment method, else {@code null}
 * @param epsilon        absolute ε the solve used (0 for unregularised methods)
 * @param meanCost       mean of C (ε relative = ε / mean C)
 * @param transportCost  {@code <C,P>}
 * @param iterations     iterations done
 * @param phases         the phases and their iterations when more than one ran, else empty ({@link PhaseTotals})
 * @param stoppingError  the error the method stops on (the residual for unbalanced OT, else the marginal error)
 * @param errorName      what the status bar calls that error
 * @param marginalError  final marginal error against a and b (the relaxed marginals for robust OT)
 * @param errorHistory   marginal error per checked iteration
 * @param converged      whether the tolerance was reached
 * @param stopReason     why the solver stopped, in words
 * @param warnings       the solver's warnings (e.g. a fall-back to the log domain)
 * @param warmStarted    whether the solve started from the previous potentials
 * @param solveSeconds   solver time
 * @param outlierTargets the first this many target points are outliers the data generator added
 *                       ({@link DemoPointClouds#outlierTargets}), 0 when it adds none
 */
public record SolveView(long requestId, String method, double[][] sourcePoints, double[][] targetPoints, int n,
                        int m, double[] plan, double[] cost, double[] sourceWeights, double[] targetWeights,
                        double[] rowSums, double[] columnSums, double[] f, double[] g, int[] assignment,
                        double epsilon, double meanCost, double transportCost, int iterations,
                        String phases, double stoppingError, String errorName, double marginalError, double[] errorHistory, boolean converged, String stopReason,
                        List<String> warnings, boolean warmStarted, double solveSeconds,
                        int outlierTargets) {
    /** The stop reason of a solve a newer request cut short (its iterate is still shown). */
    public static final String INTERMEDIATE = "intermediate (superseded)";

    /** Whether this is the iterate of a solve a newer request cut short. */
    public boolean intermediate() {
        return INTERMEDIATE.equals(stopReason);
    }


    /** ε relative to the mean cost, the value the ε slider shows next to the absolute one. */
    public double relativeEpsilon() {
        return meanCost > 0 ? epsilon / meanCost : 0;
    }

    /**
     * The solve drawn with other source points (a registration's cloud moved by the fit, {@link MovedSource}) and
     * without its plan, whose matching lines joined the points before they moved; the marginals stay.
     */
    public SolveView withMovedSource(double[][] points) {
        if (points.length != n) {
            throw new IllegalArgumentException("need " + n + " source points, got " + points.length);
        }
        return new SolveView(requestId, method, points, targetPoints, n, m, new double[plan.length], cost,
                sourceWeights, targetWeights,
                rowSums, columnSums, f, g, assignment, epsilon, meanCost, transportCost, iterations, phases,
                stoppingError, errorName, marginalError, errorHistory, converged, stopReason, warnings, warmStarted,
                solveSeconds, outlierTargets);
    }

    /** P_ij. */
    public double planEntry(int i, int j) {
        return plan[i * m + j];
    }
}

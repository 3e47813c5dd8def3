package org.otexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The contract every balanced solver honours (STYLE.md: one abstract checker run against every
 * implementation). Extend once per solver and say how to configure it.
 */
public abstract class SolverContract {

    /** The solver under test. */
    protected abstract Solver solver();

    /** Settings that make the solver converge on the small problems used here. */
    protected abstract SolverSettings settings();

    /**
     * How close {@code <C,P>} must come to the exact optimum on the 5-point fixture with the settings of
     * {@link #settings()} (the entropic blur at that ε).
     */
    protected abstract double exactCostTolerance();

    /** The problem of the marginal test; solvers restricted to square problems override it. */
    protected TransportProblem marginalsProblem() {
        return squareProblem(7, 5, 11);
    }

    protected static TransportProblem squareProblem(int n, int m, long seed) {
        return TransportProblem.fromPoints(PointClouds.uniformSquare(n, seed), PointClouds.uniformSquare(m, seed + 1));
    }

    @Test
    void planIsNonNegativeAndMeetsMarginals() {
        TransportProblem p = marginalsProblem();
        TransportResult r = solver().solve(p, settings());
        assertTrue(r.converged(), "should converge, stopped: " + r.stopReason());
        for (double v : r.plan().values()) {
            assertTrue(v >= 0, "negative plan entry " + v);
        }
        double err = r.plan().marginalError(p);
        assertTrue(err <= Math.max(settings().tolerance(), 1e-12) * 10, "marginal error " + err);
        assertEquals(err, r.marginalError(), 1e-12);
    }

    @Test
    void costAgreesWithBruteForceOptimumOnTinyProblem() {
        TransportProblem p = squareProblem(5, 5, 3);
        double best = BruteForce.optimalAssignmentCost(p) / 5.0;
        TransportResult r = solver().solve(p, settings());
        assertEquals(best, r.transportCost(), exactCostTolerance());
        assertTrue(r.transportCost() >= best - 1e-9 - r.marginalError() * p.maxCost(),
                "cannot beat the optimum by more than the marginal error allows");
    }

    /** The 2×2 problem of the history test: uneven weights and an asymmetric cost, max C = 1. */
    protected TransportProblem historyProblem() {
        return TransportProblem.fromCost(new double[][] {{0, 1}, {0.5, 0.2}}, new double[] {0.3, 0.7},
                new double[] {0.6, 0.4});
    }

    /** Settings of the history test, with an ε (or β) at which {@code exp(−C/ε)} is far from underflow. */
    protected abstract SolverSettings historySettings();

    /**
     * The marginal-error history the solver must report on {@link #historyProblem()} with
     * {@link #historySettings()}, computed in the test from the method's formula ({@link HandIterates}).
     */
    protected abstract double[] handHistory(TransportProblem p, SolverSettings s);

    /** Whether each iteration adds one history entry (exact methods report one entry for the final plan). */
    protected boolean oneHistoryEntryPerIteration() {
        return true;
    }

    @Test
    void reportsIterationsHistoryAndTime() {
        TransportProblem p = historyProblem();
        SolverSettings s = historySettings();
        TransportResult r = solver().solve(p, s);
        double[] expected = handHistory(p, s);
        double[] history = r.marginalErrorHistory();
        assertEquals(expected.length, history.length, "history length");
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], history[k], Math.max(1e-14, 1e-8 * expected[k]), "history entry " + k);
        }
        assertEquals(history[history.length - 1], r.marginalError(), 1e-14, "the last entry is the final error");
        if (oneHistoryEntryPerIteration()) {
            assertEquals(history.length, r.iterations());
        } else {
            assertTrue(r.iterations() >= 0);
        }
        assertTrue(r.converged(), r.stopReason().name());
        assertTrue(r.elapsedSeconds() >= 0);
        assertTrue(Double.isFinite(r.objective()));
        assertEquals(solver().id(), r.method());
    }

    /**
     * A plan that nearly splits (five points on a line at ε = 0.005·mean C), where plain Sinkhorn stalls near 1e-6:
     * every solver converges to 1e-11 (entropic ones through their Newton phase, math.md §2.4) and reports it.
     */
    @Test
    void nearlySplitPlanConvergesToTheTolerance() {
        TransportProblem p = TransportProblem.fromPoints(PointClouds.uniformCube(5, 1, 2), PointClouds.uniformCube(5, 1, 102));
        SolverSettings s = settings().withEpsilon(0.005 * p.meanCost()).withTolerance(1e-11).withMaxIterations(500_000);
        TransportResult r = solver().solve(p, s);
        assertTrue(r.converged(), "stopped: " + r.stopReason() + " " + r.warnings());
        assertTrue(r.plan().marginalError(p) <= 1e-11, "marginal error " + r.plan().marginalError(p));
        assertTrue(r.transportCost() >= BruteForce.optimalAssignmentCost(p) / 5 - 1e-11, "cannot beat the optimum");
    }

    @Test
    void rejectsWeightsThatDoNotSumToOne() {
        TransportProblem p = squareProblem(3, 3, 1).withWeights(new double[] {0.5, 0.5, 0.5}, null);
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> solver().solve(p, settings()));
        assertTrue(ex.getMessage().contains("sum"), ex.getMessage());
    }
}

package org.otexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 §3, the engine's part: a result is converged and right, or says plainly that it is not (converged
 * false and a warning), never NaN, never an internal error, at every ε a user can type.
 */
class HonestAnswersTest {
    private static final List<Solver> ENTROPIC = List.of(new SinkhornSolver(), new LogDomainSinkhornSolver(),
            new RobustSinkhornSolver(), new UnbalancedSinkhornSolver());

    private static TransportProblem problem() {
        return TransportProblem.fromPoints(PointClouds.uniformSquare(14, 8), PointClouds.uniformSquare(14, 9));
    }

    private static void assertFinitePlan(TransportResult r, String what) {
        double mass = 0;
        for (double v : r.plan().values()) {
            assertTrue(Double.isFinite(v) && v >= 0, what + " entry " + v);
            mass += v;
        }
        assertTrue(mass < 1 + 1e-6, what + ": a plan of mass " + mass);
        assertTrue(Double.isFinite(r.objective()) && Double.isFinite(r.marginalError()), what);
        for (double v : r.f()) {
            assertTrue(Double.isFinite(v), what);
        }
    }

    @Test
    void epsilonBelowWhatDoublePrecisionResolvesIsSaidPlainly() {
        TransportProblem p = problem();
        for (double eps : new double[] {1e-100, 1e-320, Double.MIN_VALUE}) {
            for (Solver solver : ENTROPIC) {
                for (boolean scaling : new boolean[] {false, true}) {
                    String what = solver.id() + " at " + eps + (scaling ? " with epsilon-scaling" : "");
                    TransportResult r = solver.solve(p, SolverSettings.defaults().withEpsilon(eps)
                            .withEpsilonScaling(scaling));
                    assertFinitePlan(r, what);
                    assertFalse(r.converged(), what);
                    assertTrue(r.epsilon() >= EntropicSolverSupport.epsilonFloor(p), "the plan is the floor's");
                    // Either the floor was reached, or ε-scaling ran out of iterations on its way down to it.
                    boolean floor = r.warnings().stream().anyMatch(w -> w.contains("below the smallest epsilon"));
                    boolean cutShort = r.warnings().stream().anyMatch(w -> w.contains("epsilon-scaling stopped"));
                    assertTrue(floor ? r.stopReason() == StopReason.NUMERICAL_BREAKDOWN
                            : scaling && cutShort && r.stopReason() == StopReason.MAX_ITERATIONS, what + " " + r.warnings());
                }
            }
        }
    }

    @Test
    void epsilonAtThePrecisionLimitNeverClaimsAToleranceItMisses() {
        // Above the floor, but each plan entry carries ~1e-6 relative rounding: 1e-12 is out of reach.
        TransportProblem p = problem();
        SolverSettings s = SolverSettings.defaults().withEpsilon(1e-10 * p.maxCost()).withTolerance(1e-12)
                .withMaxIterations(20_000);
        for (Solver solver : ENTROPIC) {
            TransportResult r = solver.solve(p, s);
            assertFinitePlan(r, solver.id());
            double[] h = r.marginalErrorHistory();
            if (r.converged()) {
                assertTrue(h[h.length - 1] <= s.tolerance(), solver.id());
            } else {
                assertTrue(r.stopReason() != StopReason.CONVERGED);
            }
            if (!(solver instanceof UnbalancedSinkhornSolver) && !(solver instanceof RobustSinkhornSolver)) {
                assertTrue(!r.converged() || r.marginalError() <= s.tolerance() + 1e-13,
                        solver.id() + " claims convergence at marginal error " + r.marginalError());
            }
        }
    }

    @Test
    void aCostWhoseMeanOverflowsHasAFiniteMeanAndAClearRejection() {
        double big = Double.MAX_VALUE / 2;
        TransportProblem p = TransportProblem.fromCost(new double[][] {{big, big}, {big, 0}});
        assertTrue(Double.isFinite(p.meanCost()), "mean " + p.meanCost());
        assertEquals(0.75 * big, p.meanCost(), 1e-12 * big);
        for (Solver solver : ENTROPIC) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> solver.solve(p, SolverSettings.defaults().withEpsilon(0.05 * p.meanCost())));
            assertTrue(e.getMessage().contains("too large") && e.getMessage().contains("rescale"), e.getMessage());
        }
        TransportResult exact = new NetworkSimplexSolver().solve(p, SolverSettings.defaults());
        assertTrue(exact.converged());
        assertEquals(0.5 * big, exact.transportCost(), 1e-12 * big);
    }
}

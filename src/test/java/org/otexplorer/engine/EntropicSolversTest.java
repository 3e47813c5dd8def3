package org.otexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Claims about entropic OT that every entropic solver must satisfy, checked against independent truths. */
class EntropicSolversTest {
    private static final List<Solver> SOLVERS = List.of(new SinkhornSolver(), new LogDomainSinkhornSolver());

    private static TransportProblem nonUniformProblem() {
        double[] a = {0.1, 0.2, 0.3, 0.15, 0.05, 0.12, 0.08};
        double[] b = {0.3, 0.1, 0.25, 0.2, 0.15};
        return TransportProblem.fromPoints(PointClouds.uniformSquare(7, 1), PointClouds.uniformSquare(5, 2), a, b);
    }

    @Test
    void everyEntropicSolverAgreesWithEveryOther() {
        TransportProblem p = nonUniformProblem();
        SolverSettings s = SolverSettings.defaults().withEpsilon(0.05).withTolerance(1e-14).withMaxIterations(100_000);
        double[] reference = null;
        for (Solver solver : SOLVERS) {
            for (boolean scaling : new boolean[] {false, true}) {
                TransportResult r = solver.solve(p, s.withEpsilonScaling(scaling));
                assertTrue(r.converged(), solver.id() + " scaling=" + scaling);
                assertTrue(r.marginalError() <= 1e-13, solver.id() + " error " + r.marginalError());
                if (reference == null) {
                    reference = r.plan().values();
                } else {
                    double[] plan = r.plan().values();
                    for (int k = 0; k < plan.length; k++) {
                        assertEquals(reference[k], plan[k], 1e-12, solver.id() + " scaling=" + scaling + " entry " + k);
                    }
                }
            }
        }
    }

    @Test
    void twoByTwoPlanMatchesClosedForm() {
        // Uniform 2x2: P = [[p, 1/2-p], [1/2-p, p]] and optimality gives p²/(1/2-p)² = exp(-(C00+C11-C01-C10)/ε).
        double[][] c = {{0.3, 1.0}, {0.7, 0.1}};
        double eps = 0.2;
        double root = Math.exp(-(c[0][0] + c[1][1] - c[0][1] - c[1][0]) / (2 * eps));
        double p = root / (2 * (1 + root));
        for (Solver solver : SOLVERS) {
            TransportResult r = solver.solve(TransportProblem.fromCost(c),
                    SolverSettings.defaults().withEpsilon(eps).withTolerance(1e-15));
            assertEquals(p, r.plan().get(0, 0), 1e-14, solver.id());
            assertEquals(0.5 - p, r.plan().get(0, 1), 1e-14, solver.id());
            assertEquals(p, r.plan().get(1, 1), 1e-14, solver.id());
        }
    }

    @Test
    void dualValueEqualsPrimalObjectiveAtConvergence() {
        // math.md §1.1 (D1): W = Σ a(f − ε log a) + Σ b(g − ε log b) + ε(1 − ΣP) equals <C,P> + ε KL(P | a⊗b).
        TransportProblem p = nonUniformProblem();
        for (Solver solver : SOLVERS) {
            double eps = 0.07;
            TransportResult r = solver.solve(p, SolverSettings.defaults().withEpsilon(eps).withTolerance(1e-15)
                    .withMaxIterations(100_000));
            double[] a = p.sourceWeights();
            double[] b = p.targetWeights();
            double dual = eps;
            for (int i = 0; i < a.length; i++) {
                dual += a[i] * (r.f()[i] - eps * Math.log(a[i]));
            }
            for (int j = 0; j < b.length; j++) {
                dual += b[j] * (r.g()[j] - eps * Math.log(b[j]));
            }
            for (double v : r.plan().values()) {
                dual -= eps * v;
            }
            assertEquals(r.objective(), dual, 1e-12, solver.id());
        }
    }

    @Test
    void potentialsReproduceThePlan() {
        TransportProblem p = nonUniformProblem();
        for (Solver solver : SOLVERS) {
            TransportResult r = solver.solve(p, SolverSettings.defaults().withEpsilon(0.03));
            for (int i = 0; i < p.n(); i++) {
                for (int j = 0; j < p.m(); j++) {
                    double expected = Math.exp((r.f()[i] + r.g()[j] - p.cost(i, j)) / 0.03);
                    assertEquals(expected, r.plan().get(i, j), 1e-12 * Math.max(1, expected), solver.id());
                }
            }
        }
    }

    @Test
    void entropicPlanTendsToExactPlanAsEpsilonShrinks() {
        TransportProblem p = TransportProblem.fromPoints(PointClouds.uniformSquare(6, 7), PointClouds.uniformSquare(6, 8));
        double exact = BruteForce.optimalAssignmentCost(p) / 6;
        for (Solver solver : SOLVERS) {
            double previousGap = Double.POSITIVE_INFINITY;
            for (double eps : new double[] {1e-1, 3e-2, 1e-2, 3e-3, 1e-3}) {
                TransportResult r = solver.solve(p, SolverSettings.defaults().withEpsilon(eps).withTolerance(1e-13)
                        .withMaxIterations(500_000).withEpsilonScaling(true));
                double gap = r.transportCost() - exact;
                assertTrue(gap >= -1e-12, "entropic cost cannot beat the optimum");
                assertTrue(gap <= 2 * eps * Math.log(6), solver.id() + " gap " + gap + " at eps " + eps);
                assertTrue(gap < previousGap, solver.id() + " gap should shrink with eps");
                previousGap = gap;
            }
            assertTrue(previousGap < 1e-4, solver.id() + " final gap " + previousGap);
        }
    }

    @Test
    void tinyEpsilonStaysFiniteAndConverges() {
        TransportProblem p = TransportProblem.fromPoints(PointClouds.uniformSquare(30, 3), PointClouds.uniformSquare(30, 4));
        double eps = 1e-5 * p.meanCost();
        TransportResult scaled = new SinkhornSolver().solve(p, SolverSettings.defaults().withEpsilon(eps)
                .withTolerance(1e-9).withMaxIterations(200_000).withEpsilonScaling(true));
        assertTrue(scaled.converged(), "stopped: " + scaled.stopReason());
        TransportResult log = new LogDomainSinkhornSolver().solve(p, SolverSettings.defaults().withEpsilon(eps)
                .withTolerance(1e-9).withMaxIterations(200_000).withEpsilonScaling(true));
        assertEquals(log.transportCost(), scaled.transportCost(), 1e-8);
        for (int i = 0; i < 30; i++) {
            double rowMax = 0;
            for (int j = 0; j < 30; j++) {
                rowMax = Math.max(rowMax, scaled.plan().get(i, j));
            }
            assertTrue(rowMax > 0.99 / 30, "at tiny eps the plan is a near-permutation");
        }
    }

    @Test
    void scalingBreakdownFallsBackToLogDomainSteps() {
        // Without ε-scaling, ε = 1e-5·mean(C) underflows whole kernel columns: plain scaling would divide by 0.
        TransportProblem p = TransportProblem.fromPoints(PointClouds.uniformSquare(30, 3), PointClouds.uniformSquare(30, 4));
        TransportResult r = new SinkhornSolver().solve(p, SolverSettings.defaults().withEpsilon(1e-5 * p.meanCost())
                .withTolerance(1e-9).withMaxIterations(20_000));
        assertFalse(r.warnings().isEmpty(), "the fall-back must be reported");
        assertTrue(r.warnings().get(0).contains("log-domain"), r.warnings().get(0));
        for (double v : r.plan().values()) {
            assertTrue(Double.isFinite(v));
        }
        double[] h = r.marginalErrorHistory();
        assertTrue(h.length > 0 && h[h.length - 1] < h[0], "the error still decreases after the fall-back");
    }

    @Test
    void warmStartFromNearbyEpsilonNeedsFewerIterations() {
        TransportProblem p = TransportProblem.fromPoints(PointClouds.uniformSquare(80, 5), PointClouds.uniformSquare(80, 6));
        for (Solver solver : SOLVERS) {
            // The claim is about Sinkhorn's linear rate, so the Newton phase (which would finish both) is off.
            SolverSettings s = SolverSettings.defaults().withEpsilon(0.01).withTolerance(1e-10).withMaxIterations(100_000)
                    .withNewton(false);
            TransportResult first = solver.solve(p, s);
            // A slider step: ε moves by 2 %.
            TransportResult cold = solver.solve(p, s.withEpsilon(0.0098));
            TransportResult warm = solver.solve(p, s.withEpsilon(0.0098).withWarmStart(first.f(), first.g()));
            assertTrue(warm.converged() && cold.converged());
            // Linear convergence: the warm start saves the iterations that shrink the initial error (about a third here).
            assertTrue(warm.iterations() * 3 < cold.iterations() * 2,
                    solver.id() + ": warm " + warm.iterations() + " vs cold " + cold.iterations());
            assertEquals(cold.transportCost(), warm.transportCost(), 1e-9);
        }
    }

    @Test
    void cancellationStopsEarlyWithTheLastGoodIterate() {
        TransportProblem p = TransportProblem.fromPoints(PointClouds.uniformSquare(40, 5), PointClouds.uniformSquare(40, 6));
        for (Solver solver : SOLVERS) {
            AtomicInteger seen = new AtomicInteger();
            SolverMonitor cancelAfterThree = new SolverMonitor() {
                @Override
                public void iteration(int iteration, double marginalError) {
                    seen.set(iteration);
                }

                @Override
                public boolean isCancelled() {
                    return seen.get() >= 3;
                }
            };
            TransportResult r = solver.solve(p, SolverSettings.defaults().withEpsilon(1e-3).withTolerance(1e-15),
                    cancelAfterThree);
            assertEquals(StopReason.CANCELLED, r.stopReason(), solver.id());
            assertEquals(3, r.iterations(), solver.id());
            assertEquals(3, r.marginalErrorHistory().length);
            assertFalse(r.converged());
        }
    }

    @Test
    void badSettingsAreRejectedWithANamingMessage() {
        TransportProblem p = nonUniformProblem();
        for (Solver solver : SOLVERS) {
            expect(solver, p, SolverSettings.defaults().withEpsilon(0), "epsilon");
            expect(solver, p, SolverSettings.defaults().withEpsilon(-1), "epsilon");
            expect(solver, p, SolverSettings.defaults().withEpsilon(Double.NaN), "epsilon");
            expect(solver, p, SolverSettings.defaults().withMaxIterations(0), "max iterations");
            expect(solver, p, SolverSettings.defaults().withWarmStart(new double[3], new double[5]), "warm-start");
            expect(solver, p.withWeights(new double[] {0, 0.2, 0.3, 0.15, 0.15, 0.12, 0.08}, null), SolverSettings.defaults(),
                    "zero");
        }
    }

    private static void expect(Solver solver, TransportProblem p, SolverSettings s, String fragment) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> solver.solve(p, s));
        assertTrue(e.getMessage().contains(fragment), solver.id() + ": " + e.getMessage());
    }
}

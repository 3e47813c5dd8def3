package org.otexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StepThroughTest {
    private static final long BUDGET = StepThrough.DEFAULT_BUDGET;

    private static TransportProblem line(int n, long seed) {
        return TransportProblem.fromPoints(PointClouds.uniformCube(n, 1, seed), PointClouds.uniformCube(n, 1, seed + 50));
    }

    private static SolverSettings settings(String method) {
        SolverSettings s = SolverSettings.defaults().withEpsilon(0.05).withTolerance(1e-10).withMaxIterations(5000);
        return switch (method) {
            case RobustSinkhornSolver.ID -> s.withRho(0.1, 0.1).withTolerance(1e-7);
            case UnbalancedSinkhornSolver.ID -> s.withTau(0.5);
            case IpotSolver.ID -> s.withBeta(0.1).withTolerance(1e-8).withMaxIterations(400);
            default -> s;
        };
    }

    private static double maxAbsDiff(double[] x, double[] y) {
        double d = 0;
        for (int k = 0; k < x.length; k++) {
            d = Math.max(d, Math.abs(x[k] - y[k]));
        }
        return d;
    }

    private static double max(double[] x) {
        double d = 0;
        for (double v : x) {
            d = Math.max(d, Math.abs(v));
        }
        return d;
    }

    @Test
    void theLastFrameIsTheSolversResultForEveryMethod() {
        for (long seed = 1; seed <= 3; seed++) {
            TransportProblem p = line(9, seed);
            for (String method : StepThrough.METHODS) {
                StepRecording r = StepThrough.record(method, p, settings(method), SolverMonitor.NONE, BUDGET);
                TransportResult direct = SolverFactory.create(method).solve(p, settings(method));
                int last = r.frameCount() - 1;
                double[] plan = r.plan(last).values();
                String what = method + " seed " + seed;
                assertTrue(maxAbsDiff(plan, direct.plan().values()) <= 1e-12 * max(plan), what);
                assertEquals(direct.iterations(), r.result().iterations(), what);
                assertEquals(direct.iterations(), r.iteration(last), what);
                if (direct.hasPotentials()) {
                    assertTrue(maxAbsDiff(r.f(last), direct.f()) <= 1e-12, what);
                    assertTrue(maxAbsDiff(r.g(last), direct.g()) <= 1e-12, what);
                }
                assertEquals(StepRecording.Step.START, r.step(0), what);
            }
        }
    }

    /**
     * A scenario set to robust OT's step-independent scheme still steps through: the recording runs ROBOT's
     * Algorithm 1, whose iterations it records, and ends on that scheme's own result (the exact scheme's differs).
     */
    @Test
    void aRobustRecordingRunsRobotsSchemeWhateverTheScenarioSays() {
        TransportProblem p = line(9, 2);
        SolverSettings exact = settings(RobustSinkhornSolver.ID).withRobustScheme("exact");
        StepRecording r = StepThrough.record(RobustSinkhornSolver.ID, p, exact, SolverMonitor.NONE, BUDGET);
        TransportResult robot = new RobustSinkhornSolver().solve(p,
                exact.withRobustScheme(RobustSinkhornSolver.ROBOT_SCHEME));
        TransportResult stepIndependent = new RobustSinkhornSolver().solve(p, exact);
        double[] plan = r.plan(r.frameCount() - 1).values();
        assertTrue(maxAbsDiff(plan, robot.plan().values()) <= 1e-12 * max(plan));
        assertEquals(robot.iterations(), r.result().iterations());
        assertTrue(maxAbsDiff(plan, stepIndependent.plan().values()) > 1e-6 * max(plan),
                "the two schemes give different plans here, so the test tells them apart");
    }

    @Test
    void rowHalfStepsMatchAAndColumnHalfStepsMatchB() {
        TransportProblem p = line(10, 4);
        double[] a = p.sourceWeights();
        double[] b = p.targetWeights();
        for (String method : new String[] {SinkhornSolver.ID, LogDomainSinkhornSolver.ID}) {
            StepRecording r = StepThrough.record(method, p, settings(method), SolverMonitor.NONE, BUDGET);
            int rows = 0;
            int columns = 0;
            for (int k = 1; k < r.frameCount(); k++) {
                TransportPlan plan = r.plan(k);
                if (r.step(k) == StepRecording.Step.ROWS) {
                    assertTrue(maxAbsDiff(plan.rowSums(), a) <= 1e-14, method + " frame " + k);
                    rows++;
                } else if (r.step(k) == StepRecording.Step.COLUMNS) {
                    assertTrue(maxAbsDiff(plan.columnSums(), b) <= 1e-14, method + " frame " + k);
                    columns++;
                }
            }
            assertTrue(rows > 5 && columns == rows - 1, method + ": " + rows + " rows, " + columns + " columns");
        }
    }

    /** The textbook iteration u = a/(Kv), v = b/(Kᵀu) from v = 1, plan diag(u) K diag(v) after each half-step. */
    @Test
    void halfStepsAreTheTextbookScalingIterates() {
        TransportProblem p = line(8, 7);
        int n = p.n();
        int m = p.m();
        double eps = 0.05;
        double[] a = p.sourceWeights();
        double[] b = p.targetWeights();
        double[][] k = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                k[i][j] = Math.exp(-p.cost(i, j) / eps);
            }
        }
        double[] u = new double[n];
        double[] v = new double[m];
        java.util.Arrays.fill(v, 1);
        StepRecording r = StepThrough.record(SinkhornSolver.ID, p, settings(SinkhornSolver.ID), SolverMonitor.NONE,
                BUDGET);
        for (int frame = 1; frame <= 12; frame++) {
            if (frame % 2 == 1) {
                for (int i = 0; i < n; i++) {
                    double s = 0;
                    for (int j = 0; j < m; j++) {
                        s += k[i][j] * v[j];
                    }
                    u[i] = a[i] / s;
                }
            } else {
                for (int j = 0; j < m; j++) {
                    double s = 0;
                    for (int i = 0; i < n; i++) {
                        s += k[i][j] * u[i];
                    }
                    v[j] = b[j] / s;
                }
            }
            assertEquals(frame % 2 == 1 ? StepRecording.Step.ROWS : StepRecording.Step.COLUMNS, r.step(frame));
            assertEquals((frame + 1) / 2, r.iteration(frame));
            double[] plan = r.plan(frame).values();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    double hand = u[i] * k[i][j] * v[j];
                    assertEquals(hand, plan[i * m + j], 1e-12 * Math.max(hand, 1e-3), "frame " + frame);
                }
            }
        }
    }

    @Test
    void recordedErrorsAreThoseOfTheRebuiltPlans() {
        TransportProblem p = line(10, 5);
        for (String method : new String[] {SinkhornSolver.ID, LogDomainSinkhornSolver.ID, IpotSolver.ID}) {
            StepRecording r = StepThrough.record(method, p, settings(method), SolverMonitor.NONE, BUDGET);
            double[] history = r.errorHistory();
            int checked = 0;
            for (int k = 1; k < r.frameCount(); k++) {
                if (r.step(k) == StepRecording.Step.ROWS || r.step(k) == StepRecording.Step.PROXIMAL) {
                    double rebuilt = r.plan(k).marginalError(p.sourceWeights(), p.targetWeights());
                    double recorded = history[r.iteration(k) - 1];
                    assertEquals(recorded, rebuilt, 1e-9 * recorded + 1e-14, method + " frame " + k);
                    checked++;
                }
            }
            assertEquals(history.length, checked, method + ": every iteration is a frame");
        }
        // Robust: the error is against the relaxed marginals μ, ν the iteration normalised to (its frames' targets).
        StepRecording robust = StepThrough.record(RobustSinkhornSolver.ID, p, settings(RobustSinkhornSolver.ID),
                SolverMonitor.NONE, BUDGET);
        double[] history = robust.errorHistory();
        int checked = 0;
        for (int k = 1; k + 1 < robust.frameCount(); k++) {
            if (robust.step(k) == StepRecording.Step.ROWS) {
                double[] mu = robust.target(k);
                double[] nu = robust.target(k + 1);
                assertTrue(maxAbsDiff(robust.plan(k).rowSums(), mu) <= 1e-14, "robust rows sum to μ at " + k);
                assertTrue(maxAbsDiff(robust.plan(k + 1).columnSums(), nu) <= 1e-14, "columns to ν at " + (k + 1));
                double recorded = history[robust.iteration(k) - 1];
                assertEquals(recorded, robust.plan(k + 1).marginalError(mu, nu), 1e-9 * recorded + 1e-14);
                checked++;
            }
        }
        assertEquals(history.length, checked, "every robust iteration is a row and a column frame");
        assertTrue(maxAbsDiff(robust.target(1), p.sourceWeights()) <= 1e-15, "the first iteration uses μ = a");
        assertTrue(maxAbsDiff(robust.target(robust.frameCount() - 2), p.sourceWeights()) > 1e-6, "μ moved");
    }

    /** Unbalanced frames are the damped c-transforms f = ε log a − κ ε LSE_j((g − C_ij)/ε), κ = τ/(τ + ε), and likewise g. */
    @Test
    void unbalancedHalfStepsAreTheDampedCTransforms() {
        TransportProblem p = line(8, 2);
        SolverSettings s = settings(UnbalancedSinkhornSolver.ID);
        StepRecording r = StepThrough.record(UnbalancedSinkhornSolver.ID, p, s, SolverMonitor.NONE, BUDGET);
        double eps = r.epsilon();
        double kappa = s.tau() / (s.tau() + eps);
        double[] a = p.sourceWeights();
        double[] b = p.targetWeights();
        for (int k = 1; k < Math.min(r.frameCount(), 20); k++) {
            double[] f = r.f(k);
            double[] g = r.g(k);
            if (r.step(k) == StepRecording.Step.ROWS) {
                double[] gBefore = r.g(k - 1);
                for (int i = 0; i < p.n(); i++) {
                    double lse = 0;
                    for (int j = 0; j < p.m(); j++) {
                        lse += Math.exp((gBefore[j] - p.cost(i, j)) / eps);
                    }
                    assertEquals(eps * Math.log(a[i]) - kappa * eps * Math.log(lse), f[i], 1e-12, "f at frame " + k);
                }
            } else {
                for (int j = 0; j < p.m(); j++) {
                    double lse = 0;
                    for (int i = 0; i < p.n(); i++) {
                        lse += Math.exp((f[i] - p.cost(i, j)) / eps);
                    }
                    assertEquals(eps * Math.log(b[j]) - kappa * eps * Math.log(lse), g[j], 1e-12, "g at frame " + k);
                }
            }
        }
    }

    @Test
    void theNewtonPhaseIsRecordedWhereTheSolverSwitches() {
        TransportProblem p = SinkhornNewtonTest.fivePointsOnALine(3);
        SolverSettings s = SinkhornNewtonTest.stalling(p);
        for (String method : new String[] {SinkhornSolver.ID, LogDomainSinkhornSolver.ID}) {
            StepRecording r = StepThrough.record(method, p, s, SolverMonitor.NONE, BUDGET);
            TransportResult direct = SolverFactory.create(method).solve(p, s);
            assertTrue(direct.newtonIterations() > 0, method);
            int newton = 0;
            int firstNewton = -1;
            for (int k = 0; k < r.frameCount(); k++) {
                if (SolverPhase.NEWTON.equals(r.phase(k))) {
                    newton++;
                    firstNewton = firstNewton < 0 ? k : firstNewton;
                }
            }
            assertTrue(newton >= direct.newtonIterations(), method + " " + newton);
            int sinkhornIterations = direct.phases().get(0).iterations();
            assertEquals(sinkhornIterations + 1, r.iteration(firstNewton), method);
            assertEquals(SolverPhase.NEWTON, r.phase(r.frameCount() - 1), method);
            assertTrue(maxAbsDiff(r.plan(r.frameCount() - 1).values(), direct.plan().values()) <= 1e-12, method);
        }
    }

    @Test
    void memoryStaysWithinTheBudgetOverAHundredThousandIterations() {
        TransportProblem p = SinkhornNewtonTest.fivePointsOnALine(2);
        SolverSettings s = SinkhornNewtonTest.stalling(p).withNewton(false).withMaxIterations(100_000);
        long budget = 10_000;
        StepRecording r = StepThrough.record(SinkhornSolver.ID, p, s, SolverMonitor.NONE, budget);
        assertEquals(100_000, r.result().iterations());
        assertTrue(r.storedDoubles() <= budget, r.storedDoubles() + " doubles");
        assertTrue(r.stride() > 1, "stride " + r.stride());
        assertEquals(100_000, r.iteration(r.frameCount() - 1));
        // The first iterations are kept whole: frames 1, 2, 3 are iteration 1's rows, then its columns, then 2's rows.
        assertEquals(1, r.iteration(1));
        assertEquals(StepRecording.Step.COLUMNS, r.step(2));
        for (int k = 1; k < r.frameCount(); k++) {
            assertTrue(r.iteration(k) >= r.iteration(k - 1), "frames in order at " + k);
        }
        assertTrue(r.frameCount() > 100, r.frameCount() + " frames");
        assertTrue(maxAbsDiff(r.plan(r.frameCount() - 1).rowSums(), p.sourceWeights()) <= 1e-14);
    }

    @Test
    void refusesMethodsItCannotRecordAndTinyBudgets() {
        TransportProblem p = line(6, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StepThrough.record("exact", p, SolverSettings.defaults(), SolverMonitor.NONE, BUDGET));
        assertTrue(e.getMessage().contains("exact") && e.getMessage().contains("sinkhorn-log"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> StepThrough.record(SinkhornSolver.ID, p, SolverSettings.defaults(), SolverMonitor.NONE, 10));
    }
}

package org.otexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Robust OT (ROBOT's L2-ball relaxation) and unbalanced OT (KL penalty τ). */
class RelaxedMarginalSolversTest {

    /** 20 inliers near the source cloud plus 3 target outliers far away. */
    private static TransportProblem withTargetOutliers() {
        double[][] x = PointClouds.uniformSquare(20, 1);
        double[][] y = new double[23][];
        double[][] inliers = PointClouds.uniformSquare(20, 2);
        System.arraycopy(inliers, 0, y, 0, 20);
        y[20] = new double[] {4, 4};
        y[21] = new double[] {4.5, 3.5};
        y[22] = new double[] {3.5, 4.5};
        return TransportProblem.fromPoints(x, y);
    }

    private static double outlierMass(TransportResult r) {
        double s = 0;
        for (int i = 0; i < r.plan().n(); i++) {
            for (int j = 20; j < 23; j++) {
                s += r.plan().get(i, j);
            }
        }
        return s;
    }

    @Test
    void robustWithZeroRadiiEqualsBalancedSinkhorn() {
        TransportProblem p = withTargetOutliers();
        SolverSettings s = SolverSettings.defaults().withEpsilon(0.05).withTolerance(1e-13).withMaxIterations(100_000);
        TransportResult robust = new RobustSinkhornSolver().solve(p, s);
        TransportResult sinkhorn = new LogDomainSinkhornSolver().solve(p, s);
        assertTrue(robust.converged());
        for (int k = 0; k < robust.plan().values().length; k++) {
            assertEquals(sinkhorn.plan().values()[k], robust.plan().values()[k], 1e-10);
        }
        assertEquals(p.targetWeights()[3], robust.relaxedTargetWeights()[3], 1e-15);
    }

    @Test
    void declaredRadiiAreFractionsOfTheWeightNormsUnlessTurnedOff() {
        TransportProblem p = withTargetOutliers(); // uniform weights: ||a|| = 1/sqrt(20), ||b|| = 1/sqrt(23)
        org.otexplorer.parameters.ParameterValues declared = org.otexplorer.parameters.ParameterValues.empty()
                .with(SolverParameters.RHO1, 0.5).with(SolverParameters.RHO2, 0.25);
        SolverSettings relative = SolverSettings.of(declared, p);
        assertEquals(0.5 / Math.sqrt(20), relative.rho1(), 1e-15);
        assertEquals(0.25 / Math.sqrt(23), relative.rho2(), 1e-15);
        SolverSettings absolute = SolverSettings.of(declared.with(SolverParameters.RELATIVE_RHO, false), p);
        assertEquals(0.5, absolute.rho1(), 0);
        assertEquals(0.25, absolute.rho2(), 0);
        // a relative radius r lets a fraction r^2/(1 + r^2) of uniformly weighted points lose all their mass:
        // moving the 3 outliers' mass evenly onto the 20 inliers is exactly at r = sqrt(3/20)
        double[] moved = new double[23];
        java.util.Arrays.fill(moved, 0, 20, 1.0 / 20);
        double r = Math.sqrt(3.0 / 20);
        assertEquals(r / Math.sqrt(23), distance(moved, p.targetWeights()), 1e-15);
    }

    /**
     * ROBOT Algorithm 1 as written (math.md §11.2), with plain max-shifted log-sum-exps: f, then g, then the
     * projected steps, then the error of the plan (f, g) against the marginals it fitted. The solver runs the same
     * iteration as fused scaling sweeps on two cores and learns each iterate's row marginal from the next sweep.
     */
    @Test
    void robustRunsRobotAlgorithmOneIterateForIterate() {
        int converged = 0;
        // seed, ε, ρ1 (ρ2 = 2ρ1): the last does not converge in 5000 iterations (ROBOT's steps cycle there)
        double[][] cases = {{1, 0.05, 0.02}, {2, 0.1, 0.02}, {3, 0.2, 0.02}, {3, 0.05, 0.05}};
        for (double[] setting : cases) {
            long seed = (long) setting[0];
            TransportProblem p = TransportProblem.fromPoints(PointClouds.gaussian(31, 2, seed),
                    PointClouds.gaussian(37, 2, seed + 10));
            SolverSettings s = SolverSettings.defaults().withEpsilon(setting[1]).withRho(setting[2], 2 * setting[2])
                    .withRobustStep(5e-3).withTolerance(1e-10).withMaxIterations(5000);
            TransportResult solved = new RobustSinkhornSolver().solve(p, s);
            Reference reference = Reference.run(p, s);
            assertEquals(reference.iterations, solved.iterations(), "seed " + seed);
            assertEquals(reference.iterations < s.maxIterations(), solved.converged(), "seed " + seed);
            if (solved.converged()) { // (a run that does not converge drifts from round-off apart after ~10³ steps)
                converged++;
                assertSamePlan(reference, solved, "seed " + seed);
            }
            for (int cap : new int[] {1, 7, 60}) {
                TransportResult capped = new RobustSinkhornSolver().solve(p, s.withMaxIterations(cap));
                Reference early = Reference.run(p, s.withMaxIterations(cap));
                assertEquals(cap, capped.iterations());
                assertSamePlan(early, capped, "seed " + seed + ", " + cap + " iterations");
                // round-off apart: the solver's half-steps are scaling sweeps (u = μ/(K̃v)), the reference's
                // log-sum-exps; the error sums 31 row deviations, each of a row sum near 1/31 (1.3e-15 seen)
                assertEquals(early.error, capped.marginalError(), 1e-14, "the capped run's last iterate");
                assertEquals(cap, capped.marginalErrorHistory().length);
            }
        }
        assertEquals(3, converged, "the stopping test is exercised");
    }

    /**
     * At ROBOT's radii ρ1 = 0.05, ρ2 = 0.1 (absolute) and step η = 5e-3, its fixed-step iteration often does not
     * converge (the projected steps on μ, ν cycle): on 31 × 37 Gaussian clouds, seeds 1–8, ε = 0.1 and 0.2, several
     * runs hit the 5000-iteration limit, and each says so (not converged, its marginal error above the tolerance);
     * at ρ1 = 0.02, ρ2 = 0.04 every run converges (README, "robust" row of the methods table).
     */
    @Test
    void atRobotsRadiiTheFixedStepIterationOftenCyclesAndSaysSo() {
        int capped = 0;
        int runs = 0;
        for (double epsilon : new double[] {0.1, 0.2}) {
            for (long seed = 1; seed <= 8; seed++) {
                TransportProblem p = TransportProblem.fromPoints(PointClouds.gaussian(31, 2, seed),
                        PointClouds.gaussian(37, 2, seed + 10));
                for (double rho : new double[] {0.05, 0.02}) {
                    SolverSettings s = SolverSettings.defaults().withEpsilon(epsilon).withRho(rho, 2 * rho)
                            .withRobustStep(5e-3).withTolerance(1e-10).withMaxIterations(5000);
                    TransportResult r = new RobustSinkhornSolver().solve(p, s);
                    String what = "seed " + seed + ", ε " + epsilon + ", ρ1 " + rho + ": " + r.iterations()
                            + " iterations, error " + r.marginalError();
                    assertEquals(r.marginalError() <= s.tolerance(), r.converged(), what);
                    if (rho == 0.02) {
                        assertTrue(r.converged() && r.iterations() < 1000, what);
                    } else {
                        runs++;
                        if (!r.converged()) {
                            capped++;
                            assertEquals(StopReason.MAX_ITERATIONS, r.stopReason(), what);
                            assertEquals(5000, r.iterations(), what);
                            assertTrue(r.marginalError() > 1e-4, what);
                        }
                    }
                }
            }
        }
        assertTrue(capped >= runs / 5 && capped <= runs / 2, capped + " of " + runs + " runs capped");
    }

    /**
     * At ε far below the costs' spread the scaled kernel's columns underflow, and the solver's scaling half-steps fall
     * back to exact log-domain ones (and say so): the iterates are still the textbook iteration's.
     */
    @Test
    void robustAtSmallEpsilonFallsBackToExactHalfStepsIterateForIterate() {
        TransportProblem p = TransportProblem.fromPoints(PointClouds.gaussian(29, 2, 5),
                PointClouds.gaussian(33, 2, 15));
        SolverSettings s = SolverSettings.defaults().withEpsilon(1e-4 * p.meanCost()).withRho(0.02, 0.04)
                .withRobustStep(5e-3).withTolerance(1e-10);
        for (int cap : new int[] {1, 4, 30}) {
            TransportResult solved = new RobustSinkhornSolver().solve(p, s.withMaxIterations(cap));
            Reference reference = Reference.run(p, s.withMaxIterations(cap));
            // an entry exp(x) carries the round-off of its exponent x = (f + g − C)/ε, about 1e-16 · C/ε = 1e-12
            assertSamePlan(reference, solved, cap + " iterations", 1e-10);
            assertTrue(solved.warnings().stream().anyMatch(w -> w.contains("fell back to exact log-domain")),
                    "the fall-back is exercised and reported: " + solved.warnings());
        }
    }

    private static void assertSamePlan(Reference reference, TransportResult solved, String what) {
        assertSamePlan(reference, solved, what, 1e-12);
    }

    private static void assertSamePlan(Reference reference, TransportResult solved, String what, double relative) {
        for (int k = 0; k < reference.plan.length; k++) {
            assertEquals(reference.plan[k], solved.plan().values()[k], relative * reference.plan[k] + 1e-300, // subnormals: 0
                    what + ", entry " + k);
        }
        for (int j = 0; j < reference.nu.length; j++) {
            assertEquals(reference.nu[j], solved.relaxedTargetWeights()[j], 1e-14, what);
        }
    }

    /** The textbook form of ROBOT's iteration (the test's independent truth). */
    private record Reference(int iterations, double[] plan, double[] nu, double error) {
        static Reference run(TransportProblem p, SolverSettings s) {
            int n = p.n();
            int m = p.m();
            double eps = s.epsilon();
            double[] c = p.costArray();
            double[] mu = p.sourceWeights().clone();
            double[] nu = p.targetWeights().clone();
            double[] f = new double[n];
            double[] g = new double[m];
            double[] plan = new double[n * m];
            int it = 0;
            while (true) {
                double[] usedMu = mu.clone();
                double[] usedNu = nu.clone();
                for (int i = 0; i < n; i++) {
                    double[] terms = new double[m];
                    for (int j = 0; j < m; j++) {
                        terms[j] = (g[j] - c[i * m + j]) / eps;
                    }
                    f[i] = eps * Math.log(usedMu[i]) - eps * logSumExp(terms);
                }
                for (int j = 0; j < m; j++) {
                    double[] terms = new double[n];
                    for (int i = 0; i < n; i++) {
                        terms[i] = (f[i] - c[i * m + j]) / eps;
                    }
                    g[j] = eps * Math.log(usedNu[j]) - eps * logSumExp(terms);
                }
                double change = RobustSinkhornSolver.projectedStep(mu, p.sourceWeights(), f, eps, s.robustStep(), s.rho1())
                        + RobustSinkhornSolver.projectedStep(nu, p.targetWeights(), g, eps, s.robustStep(), s.rho2());
                it++;
                for (int k = 0; k < n * m; k++) {
                    plan[k] = Math.exp((f[k / m] + g[k % m] - c[k]) / eps);
                }
                double error = new TransportPlan(n, m, plan).marginalError(usedMu, usedNu);
                if (error <= s.tolerance() && change <= s.tolerance() || it == s.maxIterations()) {
                    return new Reference(it, plan, usedNu, error);
                }
            }
        }

        private static double logSumExp(double[] x) {
            double max = Double.NEGATIVE_INFINITY;
            for (double v : x) {
                max = Math.max(max, v);
            }
            double sum = 0;
            for (double v : x) {
                sum += Math.exp(v - max);
            }
            return max + Math.log(sum);
        }
    }

    @Test
    void outliersLoseMassAsTheRadiusGrows() {
        TransportProblem p = withTargetOutliers();
        double previous = Double.POSITIVE_INFINITY;
        for (double rho : new double[] {0, 0.02, 0.05, 0.1}) {
            TransportResult r = new RobustSinkhornSolver().solve(p, SolverSettings.defaults().withEpsilon(0.05)
                    .withRho(rho, rho).withRobustStep(1e-2).withMaxIterations(3000).withTolerance(1e-12));
            double mass = outlierMass(r);
            assertTrue(mass < previous, "outlier mass " + mass + " at rho " + rho);
            previous = mass;
            assertTrue(distance(r.relaxedSourceWeights(), p.sourceWeights()) <= rho + 1e-12);
            assertTrue(distance(r.relaxedTargetWeights(), p.targetWeights()) <= rho + 1e-12);
            assertTrue(r.marginalError() < 1e-6, "plan meets the relaxed marginals: " + r.marginalError());
        }
        assertTrue(previous < 0.5 * 3.0 / 23, "outliers keep less than half their weight: " + previous);
    }

    @Test
    void onlyUnbalancedResultsSayTheirMarginalsArePenalised() {
        TransportProblem p = withTargetOutliers();
        SolverSettings s = SolverSettings.defaults().withEpsilon(0.05);
        assertTrue(new UnbalancedSinkhornSolver().solve(p, s).marginalsPenalised());
        assertTrue(new UnbalancedSinkhornSolver().solve(p, s.withEpsilonScaling(true)).marginalsPenalised(),
                "the flag survives ε-scaling's stages");
        for (String id : new String[] {"sinkhorn", "sinkhorn-log", "robust", "ipot", "exact"}) {
            TransportResult r = SolverFactory.create(id).solve(p, s.withRho(0.1, 0.1));
            assertEquals(false, r.marginalsPenalised(), id + " imposes (or relaxes within a ball) its marginals");
        }
    }

    @Test
    void unbalancedTendsToBalancedAsTauGrows() {
        TransportProblem p = TransportProblem.fromPoints(PointClouds.uniformSquare(10, 1), PointClouds.uniformSquare(8, 2));
        SolverSettings s = SolverSettings.defaults().withEpsilon(0.05).withTolerance(1e-13).withMaxIterations(200_000);
        double[] balanced = new LogDomainSinkhornSolver().solve(p, s).plan().values();
        double previous = Double.POSITIVE_INFINITY;
        for (double tau : new double[] {1, 10, 100, 1e4}) {
            double[] plan = new UnbalancedSinkhornSolver().solve(p, s.withTau(tau)).plan().values();
            double diff = 0;
            for (int k = 0; k < plan.length; k++) {
                diff = Math.max(diff, Math.abs(plan[k] - balanced[k]));
            }
            assertTrue(diff < previous, "difference " + diff + " at tau " + tau);
            previous = diff;
        }
        assertTrue(previous < 1e-5, "at tau = 1e4 the plans agree to " + previous);
    }

    @Test
    void unbalancedFixedPointSatisfiesTheFirstOrderConditions() {
        // f_i − ε log a_i = −τ log((P1)_i / a_i) and g_j − ε log b_j = −τ log((Pᵀ1)_j / b_j).
        TransportProblem p = withTargetOutliers();
        double eps = 0.05;
        double tau = 0.3;
        TransportResult r = new UnbalancedSinkhornSolver().solve(p, SolverSettings.defaults().withEpsilon(eps).withTau(tau)
                .withTolerance(1e-14).withMaxIterations(100_000));
        assertTrue(r.converged());
        double[] rows = r.plan().rowSums();
        double[] cols = r.plan().columnSums();
        for (int i = 0; i < p.n(); i++) {
            double a = p.sourceWeights()[i];
            assertEquals(-tau * Math.log(rows[i] / a), r.f()[i] - eps * Math.log(a), 1e-10);
        }
        for (int j = 0; j < p.m(); j++) {
            double b = p.targetWeights()[j];
            assertEquals(-tau * Math.log(cols[j] / b), r.g()[j] - eps * Math.log(b), 1e-10);
        }
    }

    @Test
    void unbalancedPlanIsAStationaryPointOfItsObjective() {
        // d/dP_ij of <C,P> + ε KL(P|a⊗b) + τ KL(P1|a) + τ KL(Pᵀ1|b), from the plan alone (no potentials):
        // C_ij + ε log(P_ij/(a_i b_j)) + τ log((P1)_i/a_i) + τ log((Pᵀ1)_j/b_j) = 0.
        double[] a = {0.1, 0.3, 0.2, 0.25, 0.15};
        double[] b = {0.2, 0.2, 0.1, 0.3, 0.1, 0.3};
        TransportProblem p = TransportProblem.fromPoints(PointClouds.uniformSquare(5, 8), PointClouds.uniformSquare(6, 9), a, b);
        double eps = 0.1;
        double tau = 0.7;
        TransportResult r = new UnbalancedSinkhornSolver().solve(p, SolverSettings.defaults().withEpsilon(eps).withTau(tau)
                .withTolerance(1e-14).withMaxIterations(100_000));
        double[] rows = r.plan().rowSums();
        double[] cols = r.plan().columnSums();
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 6; j++) {
                double gradient = p.cost(i, j) + eps * Math.log(r.plan().get(i, j) / (a[i] * b[j]))
                        + tau * Math.log(rows[i] / a[i]) + tau * Math.log(cols[j] / b[j]);
                assertEquals(0, gradient, 1e-11, "stationarity at " + i + "," + j);
            }
        }
        for (double h : new double[] {-1e-3, 1e-3}) {
            double[] scaled = r.plan().values().clone();
            for (int k = 0; k < scaled.length; k++) {
                scaled[k] *= 1 + h;
            }
            double perturbed = UnbalancedSinkhornSolver.objective(p, new TransportPlan(5, 6, scaled), eps, tau);
            assertTrue(perturbed > r.objective(), "scaling the plan by " + (1 + h) + " raises the objective");
        }
    }

    @Test
    void unbalancedTransportsLessMassToFarPoints() {
        TransportProblem p = withTargetOutliers();
        TransportResult r = new UnbalancedSinkhornSolver().solve(p, SolverSettings.defaults().withEpsilon(0.05)
                .withTau(0.5).withTolerance(1e-12).withMaxIterations(100_000));
        double total = 0;
        for (double v : r.plan().values()) {
            total += v;
        }
        assertTrue(total < 1, "mass is destroyed rather than moved far: " + total);
        assertTrue(r.plan().columnSums()[21] < 0.01 * p.targetWeights()[21]);
        assertTrue(r.objective() > r.transportCost() - 1e-12);
    }

    @Test
    void badParametersAreRejectedWithANamingMessage() {
        TransportProblem p = withTargetOutliers();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RobustSinkhornSolver().solve(p, SolverSettings.defaults().withRho(-0.1, 0)));
        assertTrue(e.getMessage().contains("rho1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new RobustSinkhornSolver().solve(p, SolverSettings.defaults().withRho(0, -1e-3)));
        assertTrue(e.getMessage().contains("rho2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new UnbalancedSinkhornSolver().solve(p, SolverSettings.defaults().withTau(-1)));
        assertTrue(e.getMessage().contains("tau"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new RobustSinkhornSolver().solve(p, SolverSettings.defaults().withRobustStep(0)));
        assertTrue(e.getMessage().contains("eta"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new UnbalancedSinkhornSolver().solve(p, SolverSettings.defaults().withTau(0)));
        assertTrue(e.getMessage().contains("tau"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new UnbalancedSinkhornSolver().solve(p, SolverSettings.defaults().withEpsilon(-2)));
        assertTrue(e.getMessage().contains("epsilon"), e.getMessage());
    }

    private static double distance(double[] x, double[] y) {
        double s = 0;
        for (int k = 0; k < x.length; k++) {
            s += (x[k] - y[k]) * (x[k] - y[k]);
        }
        return Math.sqrt(s);
    }
}

package org.otexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.otexplorer.io.EngineSpec;
import org.otexplorer.io.Scenario;
import org.otexplorer.service.SampleClaims;

/**
 * Robust OT's step-independent scheme ({@code robustScheme = "exact"}, math.md §11.2), checked against truths the
 * scheme does not compute: agreement across steps η, the KKT conditions and a perturbation test with potentials of
 * the plain log-domain solver, balanced Sinkhorn at zero radii.
 */
class RobustExactSchemeTest {
    private static final Scenario SAMPLE = SampleClaims.sample("robust-ot-drops-outliers");

    /** The sample's problem (n = m = 50, seed 4), or the same generator at another size. */
    private static TransportProblem sample(int size) {
        Scenario s = size == SAMPLE.data().n() ? SAMPLE
                : SAMPLE.withData(SAMPLE.data().withSizes(size, size, SAMPLE.data().d()));
        return SampleClaims.problem(s, SAMPLE.seed());
    }

    /** The sample's engine (ρ2 = 0.5‖b‖₂) with ε relative to mean C, tolerance 1e-9, 20,000 iterations. */
    private static EngineSpec engine(double relativeEpsilon, String scheme, double eta) {
        return SAMPLE.engine().with(SolverParameters.ROBUST_SCHEME, scheme).withEpsilon(relativeEpsilon, true)
                .withStopping(1e-9, 20_000).with(SolverParameters.ROBUST_STEP, eta);
    }

    private static TransportResult solve(TransportProblem p, SolverSettings s) {
        return new RobustSinkhornSolver().solve(p, s);
    }

    @Test
    void theAnswerDoesNotDependOnTheStep() {
        TransportProblem p = sample(50);
        double first = Double.NaN;
        for (double eta : new double[] {2e-3, 1e-3, 2.5e-4}) {
            TransportResult exact = solve(p, engine(0.05, "exact", eta).toSettings(p));
            TransportResult robot = solve(p, engine(0.05, "robot", eta).toSettings(p));
            System.out.printf("eta %.1e: exact <C,P> = %.10f (%d iterations, %.3f s), robot %.10f (%d)%n", eta,
                    exact.transportCost(), exact.iterations(), exact.elapsedSeconds(), robot.transportCost(),
                    robot.iterations());
            assertTrue(exact.converged() && exact.marginalError() <= 1e-9, "eta " + eta + ": " + exact.warnings());
            if (Double.isNaN(first)) {
                first = exact.transportCost();
            }
            assertEquals(first, exact.transportCost(), 1e-7 * first, "eta " + eta);
            assertTrue(Math.abs(robot.transportCost() - first) > 1e-2 * first, "ROBOT's floor biases its answer");
        }
    }

    @Test
    void theAnswerMeetsTheKktConditionsAndNoFeasibleMoveLowersF() {
        TransportProblem p = sample(50);
        EngineSpec both = engine(0.05, "exact", 1e-3).with(SolverParameters.RHO1, 0.3);
        SolverSettings active = both.toSettings(p);
        SolverSettings inactive = active.withRho(10, 10); // absolute radii beyond the simplex's diameter
        for (SolverSettings s : new SolverSettings[] {active, inactive}) {
            boolean binding = s == active;
            TransportResult r = solve(p, s);
            assertTrue(r.converged(), r.warnings().toString());
            double[] mu = r.relaxedSourceWeights();
            double[] nu = r.relaxedTargetWeights();
            Potentials truth = Potentials.of(p, mu, nu, r.epsilon());
            double lambdaMu = assertKkt(truth.f, mu, p.sourceWeights(), r.epsilon(), binding);
            double lambdaNu = assertKkt(truth.g, nu, p.targetWeights(), r.epsilon(), binding);
            if (binding) {
                assertEquals(s.rho1(), distance(mu, p.sourceWeights()), 1e-12);
                assertEquals(s.rho2(), distance(nu, p.targetWeights()), 1e-12);
                assertTrue(lambdaMu > 0 && lambdaNu > 0, lambdaMu + ", " + lambdaNu);
            } else {
                assertTrue(distance(mu, p.sourceWeights()) < 1 && distance(nu, p.targetWeights()) < 1);
            }
            double f0 = truth.value;
            Random random = new Random(7);
            for (int k = 0; k < 5; k++) {
                for (boolean source : new boolean[] {true, false}) {
                    double[] w = source ? mu : nu;
                    double[] centre = source ? p.sourceWeights() : p.targetWeights();
                    double[] d = feasibleDirection(w, centre, binding, random);
                    double room = binding ? -2 * dot(sub(w, centre), d) / dot(d, d) : Double.POSITIVE_INFINITY;
                    for (double fraction : new double[] {0.9, 0.1, 0.01}) {
                        double t = fraction * Math.min(0.4, room);
                        double[] moved = add(w, d, t);
                        Potentials there = source ? Potentials.of(p, moved, nu, r.epsilon())
                                : Potentials.of(p, mu, moved, r.epsilon());
                        assertTrue(there.value >= f0 - 1e-10, "F falls by " + (f0 - there.value) + " at t = " + t);
                    }
                }
            }
        }
    }

    /**
     * {@code f_i + ε log μ_i + λ(μ_i − a_i)} is one constant (to 1e-7) with λ fitted by least squares, λ ≥ 0 when
     * the ball binds and 0 when it does not; returns λ.
     */
    private static double assertKkt(double[] potential, double[] w, double[] centre, double eps, boolean binding) {
        int len = w.length;
        double[] grad = new double[len];
        double meanG = 0;
        double meanD = 0;
        for (int i = 0; i < len; i++) {
            grad[i] = potential[i] + eps * Math.log(w[i]);
            meanG += grad[i] / len;
            meanD += (w[i] - centre[i]) / len;
        }
        double cross = 0;
        double square = 0;
        for (int i = 0; i < len; i++) {
            cross += (grad[i] - meanG) * (w[i] - centre[i] - meanD);
            square += (w[i] - centre[i] - meanD) * (w[i] - centre[i] - meanD);
        }
        double lambda = binding ? -cross / square : 0;
        double worst = 0;
        for (int i = 0; i < len; i++) {
            worst = Math.max(worst, Math.abs(grad[i] - meanG + lambda * (w[i] - centre[i] - meanD)));
        }
        System.out.printf("KKT: lambda %.6g, largest deviation %.3g (min weight %.3g)%n", lambda, worst, min(w));
        assertTrue(worst <= 1e-7, "KKT deviation " + worst);
        return lambda;
    }

    /** A random direction with Σd = 0, |d_i| ≤ 2 w_i, pointing into the ball when it binds. */
    private static double[] feasibleDirection(double[] w, double[] centre, boolean binding, Random random) {
        double[] r = new double[w.length];
        double mean = 0;
        for (int i = 0; i < w.length; i++) {
            r[i] = 2 * random.nextDouble() - 1;
            mean += w[i] * r[i];
        }
        double[] d = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            d[i] = w[i] * (r[i] - mean);
        }
        double sign = binding && dot(sub(w, centre), d) > 0 ? -1 : 1;
        for (int i = 0; i < w.length; i++) {
            d[i] *= sign;
        }
        return d;
    }

    @Test
    void theStiffCasesOfRobotsStepConverge() {
        Object[][] cases = {{50, 0.2}, {300, 0.1}};
        for (Object[] c : cases) {
            TransportProblem p = sample((Integer) c[0]);
            SolverSettings s = engine((Double) c[1], "exact", 1e-3).toSettings(p);
            TransportResult r = solve(p, s);
            System.out.printf("n = m = %d, eps = %.1f mean C: %s, %d iterations, %.3f s, marginal error %.2e%n", c[0],
                    c[1], r.stopReason(), r.iterations(), r.elapsedSeconds(), r.marginalError());
            assertTrue(r.converged() && r.iterations() < s.maxIterations(), r.warnings().toString());
            assertTrue(r.marginalError() <= 1e-9);
        }
    }

    @Test
    void zeroRadiiGiveBalancedSinkhorn() {
        TransportProblem p = TransportProblem.fromPoints(PointClouds.gaussian(23, 2, 3), PointClouds.gaussian(29, 2, 4));
        SolverSettings s = SolverSettings.defaults().withEpsilon(0.05).withTolerance(1e-12).withMaxIterations(100_000)
                .withRobustScheme("exact"); // without a Newton phase the sweeps stall near 5e-13 here
        TransportResult robust = solve(p, s);
        TransportResult sinkhorn = new LogDomainSinkhornSolver().solve(p, s);
        assertTrue(robust.converged(), robust.warnings().toString());
        for (int k = 0; k < robust.plan().values().length; k++) {
            assertEquals(sinkhorn.plan().values()[k], robust.plan().values()[k], 1e-10);
        }
        assertEquals(p.targetWeights()[3], robust.relaxedTargetWeights()[3], 0);
    }

    @Test
    void badParametersAreRejectedWithANamingMessage() {
        TransportProblem p = sample(50);
        SolverSettings s = engine(0.05, "exact", 1e-3).toSettings(p);
        String scheme = assertThrows(IllegalArgumentException.class,
                () -> solve(p, s.withRobustScheme("newton"))).getMessage();
        assertTrue(scheme.contains("robustScheme") && scheme.contains("newton"), scheme);
        String recorder = assertThrows(IllegalArgumentException.class, () -> new RobustSinkhornSolver().solve(p, s,
                SolverMonitor.NONE, (mu, nu, f, g) -> { })).getMessage();
        assertTrue(recorder.contains("robustScheme"), recorder);
        String rho = assertThrows(IllegalArgumentException.class, () -> solve(p, s.withRho(-1, 0))).getMessage();
        assertTrue(rho.contains("rho1"), rho);
        String eta = assertThrows(IllegalArgumentException.class, () -> solve(p, s.withRobustStep(0))).getMessage();
        assertTrue(eta.contains("eta"), eta);
    }

    @Test
    void aCappedSolveSaysItDidNotConverge() {
        TransportProblem p = sample(50);
        TransportResult r = solve(p, engine(0.05, "exact", 1e-3).withStopping(1e-9, 3).toSettings(p));
        assertEquals(StopReason.MAX_ITERATIONS, r.stopReason());
        assertEquals(3, r.iterations());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("first-order residual")), r.warnings().toString());
    }

    /**
     * The KL projection onto simplex ∩ ball is no farther (in KL from softmax(z)) than any of many random feasible
     * points, and lies on the sphere when softmax(z) is outside the ball, inside it unchanged otherwise.
     */
    @Test
    void theKlProjectionIsTheClosestFeasiblePoint() {
        Random random = new Random(3);
        int len = 12;
        double[] a = new double[len];
        java.util.Arrays.fill(a, 1.0 / len);
        for (int trial = 0; trial < 20; trial++) {
            double[] z = new double[len];
            for (int i = 0; i < len; i++) {
                z[i] = 4 * random.nextGaussian();
            }
            double[] target = softmax(z);
            double rho = (0.05 + random.nextDouble()) * distance(target, a);
            double[] x = KlBallProjection.project(z, a, rho);
            assertEquals(1, java.util.Arrays.stream(x).sum(), 1e-15);
            if (rho >= distance(target, a)) {
                assertEquals(0, distance(x, target), 1e-15);
                continue;
            }
            assertEquals(rho, distance(x, a), 1e-12 * rho);
            double best = kl(x, target);
            for (int k = 0; k < 2000; k++) {
                double[] y = softmax(add(z, randomVector(random, len), 0.5 + random.nextDouble()));
                double d = distance(y, a);
                if (d > rho) { // pull y into the ball along the segment to a (stays in the simplex)
                    y = add(a, sub(y, a), rho / d);
                }
                assertTrue(kl(y, target) >= best - 1e-13, "a feasible point is closer: " + kl(y, target) + " < " + best);
            }
        }
    }

    private static double[] randomVector(Random random, int len) {
        double[] v = new double[len];
        for (int i = 0; i < len; i++) {
            v[i] = random.nextGaussian();
        }
        return v;
    }

    private static double[] softmax(double[] z) {
        double top = java.util.Arrays.stream(z).max().orElse(0);
        double[] x = new double[z.length];
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            x[i] = Math.exp(z[i] - top);
            sum += x[i];
        }
        for (int i = 0; i < z.length; i++) {
            x[i] /= sum;
        }
        return x;
    }

    private static double kl(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * Math.log(x[i] / y[i]);
        }
        return s;
    }

    @Test
    void cancellingStopsTheSolveAndSaysSo() {
        TransportProblem p = sample(50);
        int[] calls = {0};
        SolverMonitor cancelSoon = new SolverMonitor() {
            @Override
            public boolean isCancelled() {
                return ++calls[0] > 30;
            }
        };
        TransportResult r = new RobustSinkhornSolver().solve(p, engine(0.05, "exact", 1e-3).toSettings(p), cancelSoon);
        assertEquals(StopReason.CANCELLED, r.stopReason());
        assertTrue(!r.converged());
    }

    /** Potentials of the plain log-domain solver for marginals (μ, ν), and F(μ, ν) from them. */
    private record Potentials(double[] f, double[] g, double value) {
        static Potentials of(TransportProblem p, double[] mu, double[] nu, double eps) {
            TransportResult r = new LogDomainSinkhornSolver().solve(p.withWeights(mu, nu),
                    SolverSettings.defaults().withEpsilon(eps).withTolerance(1e-14).withMaxIterations(200_000));
            assertTrue(r.marginalError() <= 1e-13, "reference solve " + r.marginalError());
            double mass = 0;
            for (double v : r.plan().values()) {
                mass += v;
            }
            // OT_ε = max over (f, g) of ⟨f, μ⟩ + ⟨g, ν⟩ − ε ΣP + ε, plus ε Σ w (log w − 1) on both sides
            double value = dot(r.f(), mu) + dot(r.g(), nu) - eps * mass + eps;
            for (double x : mu) {
                value += eps * x * (Math.log(x) - 1);
            }
            for (double y : nu) {
                value += eps * y * (Math.log(y) - 1);
            }
            return new Potentials(r.f(), r.g(), value);
        }
    }

    private static double dot(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }

    private static double[] sub(double[] x, double[] y) {
        return add(x, y, -1);
    }

    private static double[] add(double[] x, double[] y, double t) {
        double[] z = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            z[i] = x[i] + t * y[i];
        }
        return z;
    }

    private static double distance(double[] x, double[] y) {
        return Math.sqrt(dot(sub(x, y), sub(x, y)));
    }

    private static double min(double[] w) {
        double v = Double.POSITIVE_INFINITY;
        for (double x : w) {
            v = Math.min(v, x);
        }
        return v;
    }
}

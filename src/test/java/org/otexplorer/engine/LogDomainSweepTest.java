package org.otexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The fused log-domain sweep skips the exps of negligible terms (below e⁻⁶⁰ of the plan's entries, or subnormal);
 * the potentials must still be those of the straightforward iteration to 1e-14 relative: alternating exact
 * max-shifted c-transforms (math.md §2.1), written out here without any of the sweep's shortcuts.
 */
class LogDomainSweepTest {
    /** {@code ε LSE_k(v_k)} over the given values, max-shifted, every term evaluated. */
    private static double logSumExp(double[] v, double eps) {
        double max = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            max = Math.max(max, x);
        }
        double s = 0;
        for (double x : v) {
            s += Math.exp((x - max) / eps);
        }
        return max + eps * Math.log(s);
    }

    /** The reference: f-update, then (g-update, f-update) for the remaining iterations. */
    private static double[][] reference(TransportProblem p, double eps, int iterations) {
        int n = p.n();
        int m = p.m();
        double[] f = new double[n];
        double[] g = new double[m];
        for (int it = 0; it < iterations; it++) {
            if (it > 0) {
                for (int j = 0; j < m; j++) {
                    double[] column = new double[n];
                    for (int i = 0; i < n; i++) {
                        column[i] = f[i] - p.cost(i, j);
                    }
                    g[j] = eps * Math.log(p.targetWeights()[j]) - logSumExp(column, eps);
                }
            }
            for (int i = 0; i < n; i++) {
                double[] row = new double[m];
                for (int j = 0; j < m; j++) {
                    row[j] = g[j] - p.cost(i, j);
                }
                f[i] = eps * Math.log(p.sourceWeights()[i]) - logSumExp(row, eps);
            }
        }
        return new double[][] {f, g};
    }

    @Test
    void skippedTermsLeaveThePotentialsOfTheExactIteration() {
        for (double relative : new double[] {0.05, 3e-3, 1e-4}) {
            for (long seed = 1; seed <= 3; seed++) {
                TransportProblem p = TransportProblem.fromPoints(PointClouds.uniformSquare(150, seed),
                        PointClouds.uniformSquare(120, seed + 10));
                double eps = relative * p.meanCost();
                int iterations = 60;
                TransportResult r = new LogDomainSinkhornSolver().solve(p, SolverSettings.defaults().withEpsilon(eps)
                        .withTolerance(0).withMaxIterations(iterations).withNewton(false));
                double[][] expected = reference(p, eps, iterations);
                assertPotentials(expected[0], r.f(), "f at " + relative + " seed " + seed);
                assertPotentials(expected[1], r.g(), "g at " + relative + " seed " + seed);
            }
        }
    }

    private static void assertPotentials(double[] expected, double[] actual, String what) {
        double scale = 0;
        for (double x : expected) {
            scale = Math.max(scale, Math.abs(x));
        }
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], actual[k], 1e-14 * scale, what + " entry " + k);
        }
    }
}

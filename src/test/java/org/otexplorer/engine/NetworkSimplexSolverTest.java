package org.otexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Network simplex on the problems that break careless implementations: heavy degeneracy (rational weights
 * whose partial sums coincide, costs with few distinct values, ties everywhere) and zero weights.
 *
 * <p>Truth: a transportation problem with weights {@code p_i/K}, {@code q_j/K} (integers p, q summing to K)
 * has the same optimal cost as the K×K assignment problem that repeats row i p_i times and column j q_j
 * times (an integral optimal vertex exists), divided by K; the assignment solver is itself checked against
 * brute force in {@link ExactSolversTest}.
 */
class NetworkSimplexSolverTest {
    private static final SolverSettings DEFAULTS = SolverSettings.defaults();

    @Test
    void degenerateRationalProblemsReachTheOptimumOfTheExpandedAssignment() {
        SplittableRandom rng = new SplittableRandom(7);
        for (int trial = 0; trial < 400; trial++) {
            int n = 1 + rng.nextInt(8);
            int m = 1 + rng.nextInt(8);
            int total = Math.max(n, m) + rng.nextInt(16);
            int[] p = composition(total, n, rng, false);
            int[] q = composition(total, m, rng, trial % 3 == 0);
            double[][] c = fewLevelCosts(n, m, 1 + rng.nextInt(4), rng);
            TransportProblem problem = TransportProblem.fromCost(c, fractions(p, total), fractions(q, total));
            TransportResult r = new NetworkSimplexSolver().solve(problem, DEFAULTS);
            String what = "trial " + trial + " (" + n + "x" + m + ", K=" + total + ")";
            assertTrue(r.converged(), what);
            assertEquals(expandedAssignmentCost(c, p, q, total), r.transportCost(), 1e-14, what);
            assertTrue(r.plan().nonZeroCount() <= n + m - 1, what + ": a vertex has at most n+m-1 nonzeros");
            assertTrue(r.marginalError() <= 1e-15, what + ": marginal error " + r.marginalError());
        }
    }

    @Test
    void pricingBlocksThatStraddleRowsStillReachTheExactOptimum() {
        // √(nm) is not a multiple of m here, so each pricing block ends mid-row and the scan resumes there;
        // tied costs, zero weights and n ≠ m both ways. Truth: the expanded assignment.
        SplittableRandom rng = new SplittableRandom(23);
        int[][] shapes = {{37, 91}, {91, 37}, {60, 61}};
        for (int[] shape : shapes) {
            int n = shape[0];
            int m = shape[1];
            int total = 160;
            int[] p = composition(total, n, rng, true);
            int[] q = composition(total, m, rng, true);
            double[][] c = fewLevelCosts(n, m, 5, rng);
            TransportProblem problem = TransportProblem.fromCost(c, fractions(p, total), fractions(q, total));
            TransportResult r = new NetworkSimplexSolver().solve(problem, DEFAULTS);
            String what = n + "x" + m;
            assertTrue(r.converged(), what);
            assertTrue(r.iterations() > 0, what + ": the start is not already optimal");
            assertEquals(expandedAssignmentCost(c, p, q, total), r.transportCost(), 1e-14, what);
            assertTrue(r.plan().nonZeroCount() <= n + m - 1, what + ": a vertex");
            assertTrue(r.marginalError() <= 1e-15, what + ": marginal error " + r.marginalError());
        }
    }

    @Test
    void zeroWeightPointsReceiveAndSendNothing() {
        double[][] c = fewLevelCosts(4, 5, 3, new SplittableRandom(3));
        int[] p = {2, 0, 3, 1};
        int[] q = {0, 1, 4, 0, 1};
        TransportProblem problem = TransportProblem.fromCost(c, fractions(p, 6), fractions(q, 6));
        TransportResult r = new NetworkSimplexSolver().solve(problem, DEFAULTS);
        assertEquals(expandedAssignmentCost(c, p, q, 6), r.transportCost(), 1e-15);
        assertEquals(0.0, r.plan().rowSums()[1]);
        assertEquals(0.0, r.plan().columnSums()[0]);
        assertEquals(0.0, r.plan().columnSums()[3]);
        assertTrue(r.marginalError() <= 1e-15, "marginal error " + r.marginalError());
    }

    @Test
    void uniformSquareProblemsGiveAPermutationPlanByBirkhoffVonNeumann() {
        int n = 80;
        TransportProblem problem = TransportProblem.fromPoints(PointClouds.gaussian(n, 2, 1), PointClouds.gaussian(n, 2, 2));
        TransportResult r = new NetworkSimplexSolver().solve(problem, DEFAULTS);
        assertEquals(n, r.plan().nonZeroCount(), "a vertex of the Birkhoff polytope is a permutation");
        for (double v : r.plan().values()) {
            assertTrue(v == 0 || Math.abs(v - 1.0 / n) <= 1e-17, "entry " + v);
        }
        int[] lap = AssignmentSolver.solveAssignment(problem.costArray(), n);
        double lapCost = 0;
        for (int i = 0; i < n; i++) {
            lapCost += problem.cost(i, lap[i]) / n;
        }
        assertEquals(lapCost, r.transportCost(), 1e-14);
    }

    @Test
    void allEqualCostsAreOptimalAtTheStartingVertex() {
        double[][] c = new double[6][9];
        for (double[] row : c) {
            java.util.Arrays.fill(row, 2.5);
        }
        TransportResult r = new NetworkSimplexSolver().solve(TransportProblem.fromCost(c), DEFAULTS);
        assertEquals(0, r.iterations(), "no cell has a negative reduced cost");
        assertEquals(2.5, r.transportCost(), 1e-15);
        assertTrue(r.plan().nonZeroCount() <= 6 + 9 - 1);
        assertTrue(r.marginalError() <= 1e-15);
    }

    @Test
    void optimalPlanIsInvariantUnderScalingAndRowAndColumnShiftsOfTheCost() {
        // C'_ij = λ C_ij + r_i + s_j changes every feasible plan's cost by the same Σ a r + Σ b s (times λ on
        // <C,P>), so the unique optimal plan of a generic problem must not move.
        SplittableRandom rng = new SplittableRandom(11);
        int n = 40;
        int m = 30;
        double[] a = fractions(composition(400, n, rng, false), 400);
        double[] b = fractions(composition(400, m, rng, false), 400);
        TransportProblem p = TransportProblem.fromPoints(PointClouds.gaussian(n, 3, 1), PointClouds.gaussian(m, 3, 2), a, b);
        double[][] shifted = p.costMatrix();
        double shift = 0;
        for (int i = 0; i < n; i++) {
            double r = 1e9 * rng.nextDouble();
            shift += a[i] * r;
            for (int j = 0; j < m; j++) {
                shifted[i][j] = 1e6 * shifted[i][j] + r;
            }
        }
        for (int j = 0; j < m; j++) {
            double s = -1e8 * rng.nextDouble();
            shift += b[j] * s;
            for (int i = 0; i < n; i++) {
                shifted[i][j] += s;
            }
        }
        TransportResult plain = new NetworkSimplexSolver().solve(p, DEFAULTS);
        TransportResult transformed = new NetworkSimplexSolver().solve(TransportProblem.fromCost(shifted, a, b), DEFAULTS);
        double[] expected = plain.plan().values();
        double[] actual = transformed.plan().values();
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], actual[k], 1e-15, "plan entry " + k);
        }
        assertEquals(1e6 * plain.transportCost() + shift, transformed.transportCost(), 1e-6);
    }

    /** K×K assignment with row i repeated p_i times and column j q_j times; its optimum divided by K. */
    private static double expandedAssignmentCost(double[][] c, int[] p, int[] q, int total) {
        int[] rowOf = repeat(p, total);
        int[] colOf = repeat(q, total);
        double[] big = new double[total * total];
        for (int x = 0; x < total; x++) {
            for (int y = 0; y < total; y++) {
                big[x * total + y] = c[rowOf[x]][colOf[y]];
            }
        }
        int[] sigma = AssignmentSolver.solveAssignment(big, total);
        double s = 0;
        for (int x = 0; x < total; x++) {
            s += big[x * total + sigma[x]];
        }
        return s / total;
    }

    private static int[] repeat(int[] counts, int total) {
        int[] out = new int[total];
        int k = 0;
        for (int i = 0; i < counts.length; i++) {
            for (int r = 0; r < counts[i]; r++) {
                out[k++] = i;
            }
        }
        return out;
    }

    /** k non-negative integers summing to total (each ≥ 1 unless zeros are allowed). */
    private static int[] composition(int total, int k, SplittableRandom rng, boolean allowZeros) {
        int[] parts = new int[k];
        int left = total;
        if (!allowZeros) {
            java.util.Arrays.fill(parts, 1);
            left -= k;
        } else {
            parts[rng.nextInt(k)] = 1;
            left -= 1;
        }
        for (int s = 0; s < left; s++) {
            parts[rng.nextInt(k)]++;
        }
        return parts;
    }

    private static double[] fractions(int[] counts, int total) {
        double[] w = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            w[i] = counts[i] / (double) total;
        }
        return w;
    }

    /** Costs drawn from a few levels, so that many cells tie. */
    private static double[][] fewLevelCosts(int n, int m, int levels, SplittableRandom rng) {
        double[][] c = new double[n][m];
        for (double[] row : c) {
            for (int j = 0; j < m; j++) {
                row[j] = rng.nextInt(levels) * 0.5;
            }
        }
        return c;
    }
}

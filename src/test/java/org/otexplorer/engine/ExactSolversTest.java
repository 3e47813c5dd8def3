package org.otexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.otexplorer.engine.Rejections.expectRejected;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Exact OT, assignment and IPOT against brute force, LP duality and each other. */
class ExactSolversTest {
    private static final SolverSettings DEFAULTS = SolverSettings.defaults();

    @Test
    void exactCostEqualsBruteForceOverAllPermutations() {
        for (int n = 1; n <= 7; n++) {
            for (long seed = 0; seed < 6; seed++) {
                TransportProblem p = TransportProblem.fromPoints(PointClouds.uniformCube(n, 3, seed),
                        PointClouds.uniformCube(n, 3, seed + 100));
                double best = BruteForce.optimalAssignmentCost(p) / n;
                assertEquals(best, new NetworkSimplexSolver().solve(p, DEFAULTS).transportCost(), 1e-14, "n=" + n);
                TransportResult assignment = new AssignmentSolver().solve(p, DEFAULTS);
                assertEquals(best, assignment.transportCost(), 1e-14, "n=" + n);
                assertEquals(best * n, assignedCost(p, assignment.assignment()), 1e-13);
            }
        }
    }

    @Test
    void assignmentWithManyTiedCostsIsOptimalOverAllPermutations() {
        // Few cost levels: many rows are the minimum of several columns, the hard case for column reduction.
        SplittableRandom rng = new SplittableRandom(17);
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + rng.nextInt(7);
            double[][] c = new double[n][n];
            for (double[] row : c) {
                for (int j = 0; j < n; j++) {
                    row[j] = rng.nextInt(3);
                }
            }
            TransportProblem p = TransportProblem.fromCost(c);
            int[] sigma = AssignmentSolver.solveAssignment(p.costArray(), n);
            assertTrue(isPermutation(sigma), "trial " + trial);
            assertEquals(BruteForce.optimalAssignmentCost(p), assignedCost(p, sigma), 1e-15, "trial " + trial);
        }
    }

    @Test
    void assignmentInsertsAlmostEveryRowByShortestPathsAndAgreesWithTheNetworkSimplex() {
        // C_ij = 10 i + noise: every column's minimum is in row 0, so column reduction matches one row and the
        // shortest-path phase inserts the other n - 1, along ever longer paths.
        SplittableRandom rng = new SplittableRandom(23);
        for (int n : new int[] {2, 17, 150}) {
            double[][] c = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    c[i][j] = 10 * i + rng.nextDouble();
                }
            }
            TransportProblem p = TransportProblem.fromCost(c);
            int[] sigma = AssignmentSolver.solveAssignment(p.costArray(), n);
            assertTrue(isPermutation(sigma), "n=" + n);
            double simplex = new NetworkSimplexSolver().solve(p, DEFAULTS).transportCost();
            assertEquals(simplex * n, assignedCost(p, sigma), 1e-10 * simplex * n, "n=" + n);
        }
    }

    @Test
    void networkSimplexAgreesWithAssignmentOnLargerSquareProblems() {
        for (int n : new int[] {20, 60, 100}) {
            TransportProblem p = TransportProblem.fromPoints(PointClouds.gaussian(n, 2, n), PointClouds.gaussian(n, 2, n + 1));
            TransportResult exact = new NetworkSimplexSolver().solve(p, DEFAULTS);
            TransportResult lap = new AssignmentSolver().solve(p, DEFAULTS);
            assertTrue(exact.converged());
            assertEquals(lap.transportCost(), exact.transportCost(), 1e-12, "n=" + n);
            assertTrue(exact.marginalError() < 1e-14);
        }
    }

    @Test
    void exactPlanIsAVertexAndPassesTheLpDualityCertificate() {
        SplittableRandom rng = new SplittableRandom(5);
        for (int trial = 0; trial < 7; trial++) {
            // Five small problems, then two with thousands of pivots (incremental tree updates at scale).
            int n = trial < 5 ? 5 + rng.nextInt(20) : 150 * (trial - 3);
            int m = trial < 5 ? 5 + rng.nextInt(20) : 110 * (trial - 3);
            TransportProblem p = TransportProblem.fromPoints(PointClouds.uniformSquare(n, trial),
                    PointClouds.uniformSquare(m, trial + 50), randomWeights(n, rng), randomWeights(m, rng));
            TransportResult r = new NetworkSimplexSolver().solve(p, DEFAULTS);
            assertTrue(r.converged());
            assertTrue(r.plan().nonZeroCount() <= n + m - 1, "a vertex has at most n+m-1 nonzeros");
            assertTrue(r.marginalError() < 1e-14, "marginal error " + r.marginalError());
            assertOptimalByComplementarySlackness(p, r.plan());
        }
    }

    @Test
    void ipotTendsToTheExactCost() {
        TransportProblem p = TransportProblem.fromPoints(PointClouds.uniformSquare(12, 1), PointClouds.uniformSquare(9, 2));
        double exact = new NetworkSimplexSolver().solve(p, DEFAULTS).transportCost();
        double previousGap = Double.POSITIVE_INFINITY;
        for (int iterations : new int[] {5, 50, 500, 5000}) {
            TransportResult r = new IpotSolver().solve(p, DEFAULTS.withBeta(0.05).withTolerance(0)
                    .withMaxIterations(iterations));
            double gap = Math.abs(r.transportCost() - exact);
            assertTrue(gap < previousGap, "gap " + gap + " after " + iterations);
            previousGap = gap;
        }
        assertTrue(previousGap < 1e-9, "IPOT gap " + previousGap);
    }

    @Test
    void ipotPlanApproachesTheUniqueExactPlan() {
        TransportProblem p = TransportProblem.fromPoints(PointClouds.uniformSquare(8, 3), PointClouds.uniformSquare(8, 4));
        double[] exact = new NetworkSimplexSolver().solve(p, DEFAULTS).plan().values();
        double[] ipot = new IpotSolver().solve(p, DEFAULTS.withBeta(0.05).withTolerance(1e-13).withMaxIterations(100_000))
                .plan().values();
        for (int k = 0; k < exact.length; k++) {
            assertEquals(exact[k], ipot[k], 1e-8);
        }
    }

    @Test
    void moreInnerIterationsAlsoConverge() {
        TransportProblem p = TransportProblem.fromPoints(PointClouds.uniformSquare(10, 3), PointClouds.uniformSquare(10, 4));
        double exact = new NetworkSimplexSolver().solve(p, DEFAULTS).transportCost();
        TransportResult r = new IpotSolver().solve(p, DEFAULTS.withBeta(0.1).withInnerIterations(5).withTolerance(1e-12)
                .withMaxIterations(50_000));
        assertTrue(r.converged());
        assertEquals(exact, r.transportCost(), 1e-9);
    }

    @Test
    void ipotReportsMarginalErrorAfterEveryProximalStep() {
        TransportProblem p = TransportProblem.fromPoints(PointClouds.uniformSquare(6, 1), PointClouds.uniformSquare(7, 2));
        TransportResult r = new IpotSolver().solve(p, DEFAULTS.withBeta(0.1).withTolerance(0).withMaxIterations(40));
        assertEquals(40, r.iterations());
        assertEquals(40, r.marginalErrorHistory().length);
        assertEquals(r.plan().marginalError(p), r.marginalErrorHistory()[39], 1e-15);
        assertTrue(r.marginalErrorHistory()[39] < r.marginalErrorHistory()[0], "the marginal error falls");
    }

    @Test
    void ipotKeepsZeroWeightPointsEmptyAndStillReachesTheExactCost() {
        double[][] c = {{0, 1, 2}, {2, 0, 1}, {1, 2, 0}};
        TransportProblem p = TransportProblem.fromCost(c, new double[] {0.5, 0, 0.5}, null);
        TransportResult r = new IpotSolver().solve(p, DEFAULTS.withBeta(0.1).withTolerance(1e-14).withMaxIterations(20_000));
        assertTrue(r.converged());
        assertEquals(0.0, r.plan().rowSums()[1]);
        assertEquals(new NetworkSimplexSolver().solve(p, DEFAULTS).transportCost(), r.transportCost(), 1e-12);
    }

    @Test
    void ipotInTheLogDomainHasTheSameIteratesAsTheThesisScalingForm() {
        TransportProblem p = TransportProblem.fromPoints(PointClouds.uniformSquare(9, 5), PointClouds.uniformSquare(7, 6),
                randomWeights(9, new SplittableRandom(1)), randomWeights(7, new SplittableRandom(2)));
        for (int inner : new int[] {1, 3}) {
            IpotIterate scaling = new IpotScalingIterate(p, 0.05, inner);
            IpotIterate logDomain = new IpotLogDomainIterate(p, 0.05, inner);
            for (int step = 1; step <= 200; step++) {
                assertTrue(scaling.advance() && logDomain.advance());
                if (step % 50 == 0) {
                    double[] expected = scaling.plan();
                    double[] actual = logDomain.plan();
                    for (int k = 0; k < expected.length; k++) {
                        assertEquals(expected[k], actual[k], 1e-13 + 1e-9 * expected[k], "L=" + inner + " step " + step);
                    }
                }
            }
        }
    }

    @Test
    void ipotWithBetaFarBelowTheCostRangeRunsInTheLogDomainAndStillReachesTheExactCost() {
        TransportProblem p = TransportProblem.fromPoints(PointClouds.uniformSquare(10, 7), PointClouds.uniformSquare(8, 8));
        double exact = new NetworkSimplexSolver().solve(p, DEFAULTS).transportCost();
        // Cost ranges here are about 1, so beta = 1e-3 puts exp(-C/beta) below 1e-260: scaling form is unsafe.
        TransportResult r = new IpotSolver().solve(p, DEFAULTS.withBeta(1e-3).withTolerance(1e-9).withMaxIterations(30_000));
        assertTrue(r.warnings().get(0).contains("log domain"), r.warnings().toString());
        assertTrue(r.converged(), "stopped: " + r.stopReason());
        assertEquals(exact, r.transportCost(), 1e-9);
    }

    @Test
    void ipotRestartsInTheLogDomainWhenItsScalingsUnderflow() {
        // A weight of 1e-300 with exp(−590) in the kernel: a row of Q = G ⊙ T underflows to zero.
        double[][] c = {{0, 1, 2}, {2, 0, 1}, {1, 2, 0}};
        TransportProblem p = TransportProblem.fromCost(c, new double[] {0.5, 0.5 - 1e-300, 1e-300}, null);
        TransportResult r = new IpotSolver().solve(p, DEFAULTS.withBeta(2.0 / 590).withTolerance(1e-9).withMaxIterations(5000));
        assertTrue(r.warnings().get(0).contains("restarted in the log domain"), r.warnings().toString());
        assertTrue(r.converged(), "stopped: " + r.stopReason());
        assertEquals(new NetworkSimplexSolver().solve(p, DEFAULTS).transportCost(), r.transportCost(), 1e-9);
    }

    @Test
    void badInputIsRejectedWithANamingMessage() {
        TransportProblem rect = TransportProblem.fromPoints(PointClouds.uniformSquare(3, 1), PointClouds.uniformSquare(4, 2));
        TransportProblem square = TransportProblem.fromPoints(PointClouds.uniformSquare(3, 1), PointClouds.uniformSquare(3, 2));
        expectRejected("as many target as source", () -> new AssignmentSolver().solve(rect, DEFAULTS));
        expectRejected("uniform", () -> new AssignmentSolver().solve(square.withWeights(new double[] {0.5, 0.25, 0.25}, null), DEFAULTS));
        expectRejected("sum", () -> new NetworkSimplexSolver().solve(square.withWeights(new double[] {0.5, 0.5, 0.25}, null), DEFAULTS));
        expectRejected("beta", () -> new IpotSolver().solve(square, DEFAULTS.withBeta(0)));
        expectRejected("beta", () -> new IpotSolver().solve(square, DEFAULTS.withBeta(-1)));
        expectRejected("not finite", () -> AssignmentSolver.solveAssignment(new double[] {0, 1, Double.NaN, 2}, 2));
        expectRejected("n x n", () -> AssignmentSolver.solveAssignment(new double[] {0, 1, 2}, 2));
        expectRejected("inner iterations", () -> new IpotSolver().solve(square, DEFAULTS.withInnerIterations(0)));
    }

    /** LP duality: u_i + v_j = C_ij on the (spanning-tree) support and C_ij − u_i − v_j ≥ 0 everywhere. */
    private static void assertOptimalByComplementarySlackness(TransportProblem p, TransportPlan plan) {
        int n = p.n();
        int m = p.m();
        double[] pot = new double[n + m];
        boolean[] seen = new boolean[n + m];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(0);
        seen[0] = true;
        while (!queue.isEmpty()) {
            int node = queue.poll();
            for (int other = 0; other < (node < n ? m : n); other++) {
                int i = node < n ? node : other;
                int j = node < n ? other : node - n;
                int otherNode = node < n ? n + other : other;
                if (plan.get(i, j) > 0 && !seen[otherNode]) {
                    seen[otherNode] = true;
                    pot[otherNode] = p.cost(i, j) - pot[node];
                    queue.add(otherNode);
                }
            }
        }
        boolean[] all = new boolean[n + m];
        Arrays.fill(all, true);
        assertArrayEquals(all, seen, "random weights make the support a spanning tree");
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                assertTrue(p.cost(i, j) - pot[i] - pot[n + j] >= -1e-12, "negative reduced cost at " + i + "," + j);
            }
        }
    }

    private static double[] randomWeights(int k, SplittableRandom rng) {
        double[] w = new double[k];
        double s = 0;
        for (int i = 0; i < k; i++) {
            w[i] = 0.2 + rng.nextDouble();
            s += w[i];
        }
        for (int i = 0; i < k; i++) {
            w[i] /= s;
        }
        return w;
    }

    private static boolean isPermutation(int[] sigma) {
        boolean[] seen = new boolean[sigma.length];
        for (int j : sigma) {
            if (j < 0 || j >= sigma.length || seen[j]) {
                return false;
            }
            seen[j] = true;
        }
        return true;
    }

    private static double assignedCost(TransportProblem p, int[] assignment) {
        double s = 0;
        for (int i = 0; i < assignment.length; i++) {
            s += p.cost(i, assignment[i]);
        }
        return s;
    }
}

package org.otexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.otexplorer.engine.Rejections.expectRejected;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** IPOT step by step: with exact inner solves iterate t is the entropic plan at ε = β/t (math.md §16.1). */
class IpotStepperTest {
    private static final SolverSettings DEFAULTS = SolverSettings.defaults();

    @Test
    void withExactInnerSolvesIterateTIsTheSinkhornPlanAtBetaOverT() {
        for (long seed = 1; seed <= 3; seed++) {
            SplittableRandom rng = new SplittableRandom(seed);
            TransportProblem p = TransportProblem.fromPoints(PointClouds.uniformSquare(9, seed),
                    PointClouds.uniformSquare(7, seed + 10), weights(9, rng), weights(7, rng));
            double beta = 0.3;
            IpotStepper ipot = IpotStepper.withInnerTolerance(p, beta, 1e-14, 100_000);
            for (int t = 1; t <= 12; t++) {
                ipot.step();
                assertTrue(ipot.lastInnerError() <= 1e-14, "inner error " + ipot.lastInnerError());
                assertEquals(beta / t, ipot.equivalentEpsilon(), 1e-15);
                TransportResult sinkhorn = new LogDomainSinkhornSolver().solve(p, DEFAULTS.withEpsilon(beta / t)
                        .withTolerance(1e-14).withMaxIterations(1_000_000));
                assertTrue(sinkhorn.converged());
                double[] expected = sinkhorn.plan().values();
                double[] actual = ipot.plan().values();
                for (int k = 0; k < expected.length; k++) {
                    assertEquals(expected[k], actual[k], 1e-12, "seed " + seed + " t=" + t + " entry " + k);
                }
            }
        }
    }

    @Test
    void withOneInnerIterationTheIterateIsNotTheEntropicPlan() {
        // Negative control: the identity needs exact inner solves; Algorithm 1 with L = 1 is only near it.
        TransportProblem p = TransportProblem.fromPoints(PointClouds.uniformSquare(9, 4), PointClouds.uniformSquare(9, 5));
        IpotStepper ipot = IpotStepper.of(p, 0.3, 1);
        for (int t = 0; t < 5; t++) {
            ipot.step();
        }
        double[] sinkhorn = new LogDomainSinkhornSolver().solve(p, DEFAULTS.withEpsilon(0.3 / 5).withTolerance(1e-14)
                .withMaxIterations(100_000)).plan().values();
        double[] actual = ipot.plan().values();
        double max = 0;
        for (int k = 0; k < actual.length; k++) {
            max = Math.max(max, Math.abs(actual[k] - sinkhorn[k]));
        }
        assertTrue(max > 1e-3, "L = 1 iterate differs from the entropic plan by only " + max);
    }

    @Test
    void fixedInnerIterationsAreReportedAndTheMarginalErrorFalls() {
        TransportProblem p = TransportProblem.fromPoints(PointClouds.uniformSquare(8, 1), PointClouds.uniformSquare(8, 2));
        IpotStepper ipot = IpotStepper.of(p, 0.1, 3);
        ipot.step();
        double first = ipot.marginalError();
        for (int t = 1; t < 200; t++) {
            ipot.step();
        }
        assertEquals(200, ipot.iteration());
        assertEquals(3, ipot.lastInnerIterations());
        assertTrue(Double.isNaN(ipot.lastInnerError()));
        assertTrue(ipot.marginalError() < 1e-3 * first, first + " -> " + ipot.marginalError());
        assertEquals(ipot.plan().marginalError(p), ipot.marginalError(), 1e-14);
        assertEquals(ipot.plan().transportCost(p), ipot.transportCost(), 1e-14);
    }

    /**
     * Off the optimal support T's entries shrink geometrically through the subnormal range, where arithmetic is tens
     * of times slower (a proximal step at n = 300 took 3 ms instead of 0.4 ms): the scaling form sets them to 0, and
     * its plan is still the log-domain iteration's (a second way of computing the same iterates).
     */
    @Test
    void planEntriesNeverTurnSubnormalAndTheIteratesStayTheLogDomainOnes() {
        for (long seed = 1; seed <= 3; seed++) {
            TransportProblem p = TransportProblem.fromPoints(PointClouds.uniformSquare(30, seed),
                    PointClouds.uniformSquare(30, seed + 10));
            IpotScalingIterate scaling = new IpotScalingIterate(p, 0.05, 1);
            IpotLogDomainIterate logDomain = new IpotLogDomainIterate(p, 0.05, 1);
            int zeros = 0;
            for (int t = 1; t <= 4000; t++) {
                assertTrue(scaling.advance(), "step " + t);
                logDomain.advance();
            }
            double[] plan = scaling.plan();
            double[] reference = logDomain.plan();
            for (int k = 0; k < plan.length; k++) {
                assertTrue(plan[k] == 0 || plan[k] >= Double.MIN_NORMAL, "seed " + seed + " entry " + k + " " + plan[k]);
                zeros += plan[k] == 0 ? 1 : 0;
                assertEquals(reference[k], plan[k], 1e-12, "seed " + seed + " entry " + k);
            }
            assertTrue(zeros > 0, "seed " + seed + ": no entry reached the subnormal range, the case is not tested");
            assertEquals(logDomain.transportCost(), scaling.transportCost(), 1e-12 * scaling.transportCost());
        }
    }

    @Test
    void supportSizeCountsEntriesAboveTheThreshold() {
        TransportProblem p = TransportProblem.fromPoints(PointClouds.uniformSquare(6, 1), PointClouds.uniformSquare(6, 2));
        IpotStepper ipot = IpotStepper.of(p, 0.05, 1);
        for (int t = 0; t < 3000; t++) {
            ipot.step();
        }
        int aboveThreshold = 0;
        for (double v : ipot.plan().values()) {
            aboveThreshold += v > 1e-6 ? 1 : 0;
        }
        assertEquals(aboveThreshold, ipot.supportSize(1e-6));
        // Uniform weights, generic points: the exact plan is a permutation (6 entries).
        assertEquals(6, ipot.supportSize(1e-6));
    }

    @Test
    void badInputIsRejectedWithANamingMessage() {
        TransportProblem p = TransportProblem.fromPoints(PointClouds.uniformSquare(3, 1), PointClouds.uniformSquare(3, 2));
        expectRejected("beta", () -> IpotStepper.of(p, 0, 1));
        expectRejected("beta", () -> IpotStepper.of(p, Double.NaN, 1));
        expectRejected("inner iterations", () -> IpotStepper.of(p, 1, 0));
        expectRejected("inner tolerance", () -> IpotStepper.withInnerTolerance(p, 1, -1, 10));
        expectRejected("inner tolerance", () -> IpotStepper.withInnerTolerance(p, 1, 0, 10));
        expectRejected("sum to", () -> IpotStepper.of(p.withWeights(new double[] {1, 1, 1}, null), 1, 1));
        IpotStepper fresh = IpotStepper.of(p, 1, 1);
        assertEquals(Double.POSITIVE_INFINITY, fresh.equivalentEpsilon());
    }

    private static double[] weights(int k, SplittableRandom rng) {
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
}

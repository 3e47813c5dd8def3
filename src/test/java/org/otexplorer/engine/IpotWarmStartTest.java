package org.otexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.otexplorer.engine.Rejections.expectRejected;

import org.junit.jupiter.api.Test;

/**
 * IPOT going on from an earlier run ({@link IpotStepper#continuing}, a warm start after a change of β): it converges
 * by the same stopping test, in a small fraction of the proximal steps, to a plan about as close to the exact optimum
 * — the network simplex's, an exact LP solver — as a solve from {@code 1 1ᵀ} at the new β (within 1.5 times its
 * cost gap: where the test stops depends on the path).
 */
class IpotWarmStartTest {
    private static final SolverSettings SAMPLE = SolverSettings.defaults().withBeta(0.1).withInnerIterations(1)
            .withTolerance(1e-9).withMaxIterations(200_000);

    private static TransportProblem problem(long seed, int n) {
        return TransportProblem.fromPoints(PointClouds.uniformSquare(n, seed), PointClouds.uniformSquare(n, seed + 100));
    }

    private static double exactCost(TransportProblem p) {
        return new NetworkSimplexSolver().solve(p, SolverSettings.defaults()).transportCost();
    }

    @Test
    void aBetaStepFromAConvergedRunTakesFewStepsToAPlanAsCloseToTheLpAsAColdSolve() {
        for (long seed = 1; seed <= 3; seed++) {
            TransportProblem p = problem(seed, 40);
            double exact = exactCost(p);
            IpotStepper converged = IpotStepper.of(p, 0.1, 1);
            assertTrue(new IpotSolver().solve(p, SAMPLE, SolverMonitor.NONE, converged).converged());
            for (double beta : new double[] {0.09, 0.11, 0.05, 0.2}) {
                String where = "seed " + seed + " beta " + beta;
                TransportResult cold = new IpotSolver().solve(p, SAMPLE.withBeta(beta));
                IpotStepper stepper = IpotStepper.continuing(converged, p, beta, 1);
                TransportResult warm = new IpotSolver().solve(p, SAMPLE.withBeta(beta), SolverMonitor.NONE, stepper);
                assertTrue(stepper.warmStarted(), where);
                assertTrue(warm.converged(), where + ": " + warm.stopReason());
                // a slider step of 10 %: a tenth of the steps; a jump by a factor 2: still a third
                int fewer = Math.abs(beta / 0.1 - 1) <= 0.1 + 1e-12 ? 10 : 3;
                assertTrue(warm.iterations() * fewer < cold.iterations(), where + ": " + warm.iterations()
                        + " warm steps against " + cold.iterations() + " cold");
                double warmGap = warm.transportCost() / exact - 1;
                double coldGap = cold.transportCost() / exact - 1;
                assertTrue(warmGap >= -1e-12 && warmGap <= 1e-4, where + ": gap to the LP " + warmGap);
                assertTrue(warmGap <= 1.5 * coldGap, where + ": gap " + warmGap + ", cold " + coldGap);
                assertTrue(warm.plan().marginalError(p) <= 1e-9, where + ": marginal error "
                        + warm.plan().marginalError(p));
            }
        }
    }

    @Test
    void fromAnEarlyIterateItStillConvergesToTheLp() {
        TransportProblem p = problem(7, 30);
        double exact = exactCost(p);
        IpotStepper early = IpotStepper.of(p, 0.1, 1);
        TransportResult five = new IpotSolver().solve(p, SAMPLE.withMaxIterations(5), SolverMonitor.NONE, early);
        assertTrue(five.transportCost() > exact * (1 + 1e-2), "five steps are already optimal: the test says nothing");
        TransportResult warm = new IpotSolver().solve(p, SAMPLE.withBeta(0.05), SolverMonitor.NONE,
                IpotStepper.continuing(early, p, 0.05, 1));
        assertTrue(warm.converged(), warm.stopReason().toString());
        double gap = warm.transportCost() / exact - 1;
        assertTrue(gap >= -1e-12 && gap <= 1e-4, "gap to the LP " + gap); // five steps left it above 1e-2
    }

    @Test
    void whereTheScalingFormUnderflowsTheRunStartsFromOneOneTransposed() {
        TransportProblem p = problem(3, 12);
        IpotStepper converged = IpotStepper.of(p, 0.1, 1);
        new IpotSolver().solve(p, SAMPLE, SolverMonitor.NONE, converged);
        double tiny = 1e-4; // cost range / β above 600: the log domain, which carries no scaling σ
        assertFalse(IpotStepper.acceptsStart(p, tiny));
        assertFalse(IpotStepper.continuing(converged, p, tiny, 1).warmStarted());
        assertTrue(IpotStepper.acceptsStart(p, 0.1));
        assertTrue(IpotStepper.continuing(converged, p, 0.09, 1).warmStarted());
        assertFalse(IpotStepper.continuing(IpotStepper.of(p, 0.1, 1), p, 0.09, 1).warmStarted(), "no step taken yet");
        IpotStepper logDomain = IpotStepper.of(p, tiny, 1);
        logDomain.step();
        assertFalse(IpotStepper.continuing(logDomain, p, 0.1, 1).warmStarted());
    }

    @Test
    void aRunOfAProblemOfAnotherSizeIsRejected() {
        IpotStepper other = IpotStepper.of(problem(3, 5), 0.1, 1);
        other.step();
        expectRejected("same size: 5 x 5 against 6 x 6", () -> IpotStepper.continuing(other, problem(3, 6), 0.1, 1));
    }
}

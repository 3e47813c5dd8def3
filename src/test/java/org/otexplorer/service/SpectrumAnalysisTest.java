package org.otexplorer.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.otexplorer.derivatives.EntropicDerivatives;
import org.otexplorer.derivatives.HMatrix;
import org.otexplorer.derivatives.NullSpaceHandling;
import org.otexplorer.engine.PointClouds;
import org.otexplorer.engine.SinkhornSolver;
import org.otexplorer.engine.SolverMonitor;
import org.otexplorer.engine.SolverSettings;
import org.otexplorer.engine.TransportProblem;
import org.otexplorer.engine.TransportResult;

/**
 * The spectrum panel's analysis against the dense computations it avoids: whichever route it takes (the shared
 * decomposition, the singular values of P), what it reports is the dense eigendecomposition's spectrum to the
 * precision it promises, and its Prop. 4 check is the formed Hessian's.
 */
class SpectrumAnalysisTest {
    private static TransportResult solve(TransportProblem p, double relativeEpsilon) {
        return new SinkhornSolver().solve(p, SolverSettings.defaults().withEpsilon(relativeEpsilon * p.meanCost())
                .withTolerance(1e-9).withMaxIterations(100_000));
    }

    @ParameterizedTest(name = "n = {0}, seed {1}, ε = {2} mean C")
    @CsvSource({"40, 1, 0.1", "40, 7, 0.02", "150, 2, 0.1", "150, 3, 0.001", "220, 4, 0.1", "220, 5, 0.001",
        "260, 6, 0.05"})
    void reportsTheDenseSpectrumAndTheFormedHessiansCheck(int n, long seed, double eps) {
        TransportProblem p = TransportProblem.fromPoints(PointClouds.gaussian(n, 2, seed),
                PointClouds.gaussian(n, 2, seed + 50));
        TransportResult r = solve(p, eps);
        double tau = 1e-10;
        SpectrumView view = SpectrumAnalysis.analyse(1, p, r, tau, SolverMonitor.NONE);
        double[] dense = HMatrix.of(r.plan()).spectrum();
        assertEquals(dense.length, view.eigenvalues().length);
        double lambda = dense[1];
        double roundOff = 1e-14 * dense[dense.length - 1]; // two dense decompositions differ by this much
        for (int k = 1; k < dense.length; k++) {
            assertEquals(dense[k], view.eigenvalues()[k], 1e-6 * Math.abs(lambda) + roundOff, "eigenvalue " + k);
        }
        assertEquals(lambda, view.smallestPositive(), 1e-6 * Math.abs(lambda) + roundOff);
        if (lambda > 1e6 * roundOff) { // not a split plan, whose λ_{2N−1} is round-off
            assertEquals(dense[dense.length - 1] / lambda, view.conditionNumber(), 1e-5 * view.conditionNumber());
        }
        int truncated = 0;
        while (truncated < dense.length && dense[truncated] <= tau) {
            truncated++;
        }
        assertEquals(truncated, view.truncatedCount());
        if (2 * n <= SpectrumAnalysis.MAX_CHECK_SIZE) {
            EntropicDerivatives d = EntropicDerivatives.of(p, r);
            double formed = d.hessianMarginalError(d.hessian(NullSpaceHandling.TRUNCATED_EIGEN, tau));
            assertEquals(formed, view.hessianMarginalError(), 1e-12 + 1e-8 * formed);
        } else {
            assertTrue(Double.isNaN(view.hessianMarginalError()), "no check past " + SpectrumAnalysis.MAX_CHECK_SIZE);
        }
    }

    /** An unbalanced plan gets its spectrum but no balanced-OT Hessian check; the note says why. */
    @org.junit.jupiter.api.Test
    void anUnbalancedPlanHasItsSpectrumButNoBalancedHessianCheck() {
        TransportProblem p = TransportProblem.fromPoints(PointClouds.gaussian(30, 2, 1), PointClouds.gaussian(30, 2, 2));
        TransportResult r = new org.otexplorer.engine.UnbalancedSinkhornSolver().solve(p, SolverSettings.defaults()
                .withEpsilon(0.05 * p.meanCost()).withTau(0.5).withTolerance(1e-9).withMaxIterations(100_000));
        SpectrumView view = SpectrumAnalysis.analyse(1, p, r, 1e-10, SolverMonitor.NONE);
        assertEquals(60, view.eigenvalues().length, "its H spectrum");
        assertTrue(Double.isNaN(view.hessianMarginalError()), "no check");
        assertTrue(view.notes().stream().anyMatch(n -> n.startsWith("Hessian check skipped: unbalanced OT")),
                view.notes().toString());
    }
}

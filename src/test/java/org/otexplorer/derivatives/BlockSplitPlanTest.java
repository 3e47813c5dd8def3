package org.otexplorer.derivatives;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.otexplorer.engine.TransportProblem;
import org.otexplorer.engine.TransportResult;

/** A plan whose support splits into two blocks (two far-apart clusters, small ε): H has two zero eigenvalues. */
class BlockSplitPlanTest {
    @Test
    void hessianFallsBackToTheTruncatedPseudoInverseAndSaysSo() {
        double[][] x = {{0, 0}, {0.1, 0}, {50, 50}, {50.1, 50}};
        double[][] y = {{0, 0.05}, {0.1, 0.05}, {50, 50.05}, {50.1, 50.05}};
        TransportProblem p = TransportProblem.fromPoints(x, y);
        TransportResult r = Converged.solve(p, 0.05);
        double[] spectrum = HMatrix.of(r.plan()).spectrum();
        assertTrue(spectrum[1] < 1e-12, "the two clusters decouple: a second zero eigenvalue " + spectrum[1]);
        EntropicDerivatives der = EntropicDerivatives.of(p, r);
        DMatrixRMaj hess = der.hessian();
        assertFalse(der.warnings().isEmpty());
        assertTrue(der.warnings().get(0).contains("truncated pseudo-inverse"), der.warnings().get(0));
        assertTrue(der.hessianMarginalError(hess) < 1e-10, "exact within each block");
        for (double[] g : der.sinkhornDistanceGradient()) {
            assertTrue(Double.isFinite(g[0]) && Double.isFinite(g[1]));
        }
    }

    /** The hypergradient's solve on a split plan: the Schur complement's truncated inverse, as exact as H's on the support. */
    @Test
    void solveWithFallbackAgreesWithTheTruncatedPseudoInverseOnThePlansSupport() {
        double[][] x = {{0, 0}, {0.1, 0}, {50, 50}, {50.1, 50}, {50.2, 50.1}};
        double[][] y = {{0, 0.05}, {0.1, 0.05}, {50, 50.05}, {50.1, 50.05}, {50.3, 50}};
        TransportProblem p = TransportProblem.fromPoints(x, y);
        TransportResult r = Converged.solve(p, 0.05);
        assertTrue(HMatrixSolver.ofIfRegular(r.plan()) == null, "the deflated Cholesky fails on a split plan");
        int n = 5;
        double[] plan = r.plan().values();
        double[] rhs = new double[2 * n];
        java.util.SplittableRandom rng = new java.util.SplittableRandom(4);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double gp = rng.nextDouble(-1, 1) * plan[i * n + j];
                rhs[i] += gp;
                rhs[n + j] += gp;
            }
        }
        double[] schur = HMatrixSolver.solveWithFallback(r.plan(), rhs);
        double[] full = TruncatedPseudoInverse.of(r.plan(), TruncatedPseudoInverse.DEFAULT_THRESHOLD).solve(rhs);
        double max = java.util.Arrays.stream(plan).max().orElseThrow();
        int compared = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (plan[i * n + j] > 1e-8 * max) {
                    org.junit.jupiter.api.Assertions.assertEquals(full[i] + full[n + j], schur[i] + schur[n + j],
                            1e-6 * (Math.abs(full[i]) + Math.abs(full[n + j])), "alpha_i + beta_j at " + i + ", " + j);
                    compared++;
                }
            }
        }
        assertTrue(compared >= 2 * 2 + 3 * 3 - 4, "entries on the support: " + compared);
    }
}

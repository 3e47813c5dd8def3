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
}

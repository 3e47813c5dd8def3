package org.otexplorer.derivatives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.otexplorer.engine.PointClouds;
import org.otexplorer.engine.SinkhornSolver;
import org.otexplorer.engine.SolverSettings;
import org.otexplorer.engine.TransportProblem;
import org.otexplorer.engine.TransportResult;

/**
 * The spectrum panel's cheaper routes against the dense ones they replace: one decomposition of H shared by the
 * spectrum and the truncated pseudo-inverse, the Prop. 4 check from the Hessian's column-block sums against the
 * check of the formed Hessian (math.md §5.4), and the singular-value spectrum of scalar diagonal blocks within its
 * Weyl bound of the dense eigendecomposition (§4.2).
 */
class SharedDecompositionTest {

    /** A Sinkhorn plan at the explorer's tolerance (not to round-off: the marginals are off by about 1e-9). */
    private static TransportResult solve(TransportProblem p, double relativeEpsilon) {
        return new SinkhornSolver().solve(p, SolverSettings.defaults().withEpsilon(relativeEpsilon * p.meanCost())
                .withTolerance(1e-9).withMaxIterations(100_000));
    }

    private static TransportProblem problem(int n, int m, int d, long seed, boolean uniform) {
        double[][] x = PointClouds.gaussian(n, d, seed);
        double[][] y = PointClouds.gaussian(m, d, seed + 100);
        if (uniform) {
            return TransportProblem.fromPoints(x, y);
        }
        double[] a = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            a[i] = 1 + (i * 7 + seed) % 5;
            total += a[i];
        }
        for (int i = 0; i < n; i++) {
            a[i] /= total;
        }
        return TransportProblem.fromPoints(x, y, a, null);
    }

    @ParameterizedTest(name = "N = {0}, M = {1}, d = {2}, seed {3}")
    @CsvSource({"12, 12, 2, 1", "9, 14, 1, 2", "15, 8, 3, 3", "30, 30, 2, 4"})
    void theSharedDecompositionPairsEachValueWithItsVector(int n, int m, int d, long seed) {
        TransportResult r = solve(problem(n, m, d, seed, false), 0.1);
        HMatrix shared = HMatrix.of(r.plan());
        TruncatedPseudoInverse pinv = TruncatedPseudoInverse.of(shared, 0);
        double[] values = HMatrix.of(r.plan()).spectrum(); // a values-only decomposition of its own
        double[] fromShared = shared.spectrum();
        double scale = values[values.length - 1];
        for (int k = 0; k < values.length; k++) {
            assertEquals(values[k], fromShared[k], 1e-13 * scale, "eigenvalue " + k);
        }
        // H H⁺ r = r for r orthogonal to the null vector [1; −1]: fails if a vector is paired with another value
        double[] rhs = new double[n + m];
        double nullPart = 0;
        for (int k = 0; k < rhs.length; k++) {
            rhs[k] = Math.sin(3.0 * k + seed);
            nullPart += k < n ? rhs[k] : -rhs[k];
        }
        for (int k = 0; k < rhs.length; k++) {
            rhs[k] -= nullPart / rhs.length * (k < n ? 1 : -1);
        }
        double[] back = shared.multiply(pinv.solve(rhs));
        for (int k = 0; k < rhs.length; k++) {
            assertEquals(rhs[k], back[k], 1e-9, "(H H⁺ r)_" + k);
        }
    }

    @ParameterizedTest(name = "N = {0}, M = {1}, d = {2}, seed {3}, ε = {4} mean C, τ = {5}")
    @CsvSource({"12, 12, 2, 1, 0.1, 1e-10", "9, 14, 1, 2, 0.05, 1e-10", "15, 8, 3, 3, 0.1, 1e-10",
        "20, 20, 2, 5, 0.01, 1e-4", "25, 18, 2, 6, 0.005, 1e-3"})
    void thePropFourCheckFromColumnSumsIsTheFormedHessiansCheck(int n, int m, int d, long seed, double eps,
                                                                  double tau) {
        TransportProblem p = problem(n, m, d, seed, seed % 2 == 0);
        TransportResult r = solve(p, eps);
        EntropicDerivatives derivatives = EntropicDerivatives.of(p, r);
        double formed = derivatives.hessianMarginalError(derivatives.hessian(NullSpaceHandling.TRUNCATED_EIGEN, tau));
        double sums = derivatives.hessianMarginalError(TruncatedPseudoInverse.of(HMatrix.of(r.plan()), tau));
        assertEquals(formed, sums, 1e-12 + 1e-8 * formed);
        if (tau >= 1e-4) {
            assertTrue(formed > 1e-8, "a τ that truncates real eigenvalues shows in the check: " + formed);
        }
    }

    @ParameterizedTest(name = "N = {0}, M = {1}, seed {2}, ε = {3} mean C")
    @CsvSource({"40, 40, 1, 0.1", "40, 40, 2, 0.01", "30, 45, 3, 0.1", "50, 20, 4, 0.05", "60, 60, 5, 0.001"})
    void theSingularValueSpectrumIsWithinItsWeylBoundOfTheDenseOne(int n, int m, long seed, double eps) {
        HMatrix h = HMatrix.of(solve(problem(n, m, 2, seed, true), eps).plan());
        double[] dense = h.spectrum();
        double[] fast = h.scalarBlockSpectrum();
        double bound = h.scalarBlockBound();
        double roundOff = 1e-14 * dense[dense.length - 1];
        assertTrue(bound > 0 && bound < 1e-8, "a converged plan's blocks are scalar to its marginal error: " + bound);
        for (int k = 0; k < dense.length; k++) {
            assertEquals(dense[k], fast[k], bound + roundOff, "eigenvalue " + k);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @CsvSource({"1", "2"})
    void nonUniformWeightsHaveABoundAsLargeAsTheirSpread(long seed) {
        HMatrix h = HMatrix.of(solve(problem(20, 20, 2, seed, false), 0.1).plan());
        assertTrue(h.scalarBlockBound() > 0.1 / 20, "weights 1..5 over 20 points: " + h.scalarBlockBound());
    }
}

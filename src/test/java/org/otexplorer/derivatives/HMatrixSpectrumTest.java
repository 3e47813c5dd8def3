package org.otexplorer.derivatives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.otexplorer.engine.PointClouds;
import org.otexplorer.engine.TransportPlan;
import org.otexplorer.engine.TransportProblem;
import org.otexplorer.engine.TransportResult;

/** math.md §4.2 and §10: recipe M1 with its limits L1, L2, and recipe E12 on the unit circle. */
class HMatrixSpectrumTest {

    @Test
    void m1NullVectorIsOnesMinusOnes() {
        TransportResult r = Converged.solve(TransportProblem.fromPoints(PointClouds.uniformSquare(5, 1),
                PointClouds.uniformSquare(8, 2), new double[] {0.1, 0.2, 0.3, 0.25, 0.15}, null), 0.1);
        double[] v = new double[13];
        Arrays.fill(v, 0, 5, 1);
        Arrays.fill(v, 5, 13, -1);
        for (double hv : HMatrix.of(r.plan()).multiply(v)) {
            assertEquals(0, hv, 1e-16);
        }
        double[] spectrum = HMatrix.of(r.plan()).spectrum();
        assertEquals(0, spectrum[0], 1e-14);
        assertTrue(spectrum[1] > 1e-6, "zero is a simple eigenvalue when P > 0");
    }

    @ParameterizedTest(name = "N = {0}, M = {1}")
    @CsvSource({"6, 6", "4, 9", "9, 4"})
    void m1UniformWeightSpectrumFollowsTheSingularValueFormula(int n, int m) {
        TransportResult r = Converged.solve(TransportProblem.fromPoints(PointClouds.uniformSquare(n, 3),
                PointClouds.uniformSquare(m, 4)), 0.05);
        assertArrayClose(UniformWeightsSpectrum.fromPlan(r.plan()), HMatrix.of(r.plan()).spectrum(), 1e-12);
    }

    @Test
    void l1ProductPlanHasTheTwoOneZeroPattern() {
        int n = 4;
        int m = 6;
        double[] p = new double[n * m];
        Arrays.fill(p, 1.0 / (n * m));
        double[] spectrum = HMatrix.of(new TransportPlan(n, m, p)).spectrum();
        double[] expected = new double[n + m];
        Arrays.fill(expected, 1, n, 1.0 / n);
        Arrays.fill(expected, n, n + m - 1, 1.0 / m);
        expected[n + m - 1] = 1.0 / n + 1.0 / m;
        Arrays.sort(expected);
        assertArrayClose(expected, spectrum, 1e-14);
    }

    @Test
    void l2PermutationPlanHasEigenvaluesTwoAndZero() {
        int n = 5;
        int[] perm = {3, 0, 4, 1, 2};
        double[] p = new double[n * n];
        for (int i = 0; i < n; i++) {
            p[i * n + perm[i]] = 1.0 / n;
        }
        HMatrix h = HMatrix.of(new TransportPlan(n, n, p));
        double[] scaled = h.spectrum();
        for (int k = 0; k < 2 * n; k++) {
            assertEquals(k < n ? 0 : 2, n * scaled[k], 1e-14);
        }
        assertTrue(h.conditionNumber() > 1e14, "a permutation plan splits H into blocks: cond " + h.conditionNumber());
    }

    @ParameterizedTest(name = "N = {0}, eps = {1}")
    @CsvSource({
        "8, 2.0, 6.9201104605e-02, 3.61265910",
        "8, 0.5, 1.6767332105e-02, 14.9099450",
        "12, 0.5, 1.1372724729e-02, 14.6549460",
        "12, 0.1, 1.3501565220e-03, 123.442478",
        "31, 0.1, 8.1708035967e-04, 78.9593438",
        "31, 0.02, 1.3671563895e-04, 471.900139",
        "50, 0.05, 2.5160317326e-04, 158.980507",
        "100, 0.01, 2.5031407433e-05, 798.996223"})
    void e12UnitCircleSpectrumMatchesTheClosedForm(int n, double eps, double lambda, double cond) {
        double[][] circle = PointClouds.unitCircle(n);
        TransportResult r = Converged.solve(TransportProblem.fromPoints(circle, circle), eps);
        HMatrix h = HMatrix.of(r.plan());
        assertArrayClose(UnitCircleSpectrum.eigenvalues(n, eps), h.spectrum(), 1e-12);
        assertEquals(lambda, UnitCircleSpectrum.smallestPositiveEigenvalue(n, eps), lambda * 1e-9);
        assertEquals(cond, UnitCircleSpectrum.conditionNumber(n, eps), cond * 1e-8);
        assertEquals(lambda, h.smallestPositiveEigenvalue(), lambda * 1e-8);
        assertEquals(cond, h.conditionNumber(), cond * 1e-8);
    }

    @Test
    void regimeApproximationsMatchTheClosedFormInsideTheirRegimes() {
        // Discrete regime: eps = 1e-3 << 4 sin^2(pi/50) = 0.0158.
        double exact = UnitCircleSpectrum.smallestPositiveEigenvalue(50, 1e-3);
        assertEquals(exact, UnitCircleSpectrum.nearestNeighbourApproximation(50, 1e-3), 1e-3 * exact);
        // Continuum regime: 4 sin^2(pi/400) = 2.5e-4 << eps = 0.02 << 1.
        double continuum = UnitCircleSpectrum.smallestPositiveEigenvalue(400, 0.02);
        assertEquals(continuum, UnitCircleSpectrum.continuumApproximation(400, 0.02), 0.02 * continuum);
        // Outside its regime each approximation is visibly off.
        assertTrue(Math.abs(UnitCircleSpectrum.continuumApproximation(50, 1e-3) - exact) > exact);
    }

    /**
     * Deep in the discrete regime ρ_1 is 1 to within round-off, so 1 − ρ_1 taken as a difference was 0 or noise (the
     * one-dimensional sample's reference read "0.000"); summed as Σ κ_m 2 sin²(πm/N) / Z it keeps full precision:
     * it matches the nearest-neighbour form, which neglects terms of relative size r³ with r = exp(−4 sin²(π/N)/ε)
     * (below 1e-6 here), while λ_{2N−1} itself is far below round-off of 1 (1e-18 to 1e-100).
     */
    @Test
    void theSmallestPositiveEigenvalueKeepsItsPrecisionWhereItIsFarBelowRoundOff() {
        for (double eps : new double[] {3e-4, 1e-4, 5e-5}) {
            double exact = UnitCircleSpectrum.smallestPositiveEigenvalue(60, eps);
            double nearest = UnitCircleSpectrum.nearestNeighbourApproximation(60, eps);
            assertTrue(exact > 0 && exact < 1e-17, "eps " + eps + ": " + exact);
            assertEquals(nearest, exact, 1e-6 * nearest, "eps " + eps);
            assertEquals(2 / (60 * exact), UnitCircleSpectrum.conditionNumber(60, eps), 1e-12 * 2 / (60 * exact));
            double[] all = UnitCircleSpectrum.eigenvalues(60, eps);
            assertEquals(0, all[0], 1e-300, "the structural zero (k = 0)");
            assertEquals(exact, all[2], 1e-12 * exact, "λ_{2N−1} is the second of the two smallest after the zero");
        }
    }

    @Test
    void conditionNumberExplodesAsEpsilonShrinks() {
        double previous = 0;
        for (double eps : new double[] {1, 0.3, 0.1, 0.03, 0.01}) {
            double cond = UnitCircleSpectrum.conditionNumber(40, eps);
            assertTrue(cond > previous);
            previous = cond;
        }
    }

    @Test
    void invalidPlansAndArgumentsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> HMatrix.of(new TransportPlan(1, 2, new double[] {0.5, -0.5})));
        assertThrows(IllegalArgumentException.class, () -> UnitCircleSpectrum.rho(8, 0));
        assertThrows(IllegalArgumentException.class, () -> UnitCircleSpectrum.rho(1, 0.1));
    }

    private static void assertArrayClose(double[] expected, double[] actual, double tol) {
        assertEquals(expected.length, actual.length);
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], actual[k], tol, "eigenvalue " + k);
        }
    }
}

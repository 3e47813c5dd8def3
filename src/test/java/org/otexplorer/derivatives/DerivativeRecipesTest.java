package org.otexplorer.derivatives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.MatrixFeatures_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.otexplorer.engine.PointClouds;
import org.otexplorer.engine.TransportPlan;
import org.otexplorer.engine.TransportProblem;
import org.otexplorer.engine.TransportResult;

/** The test recipes of math.md §13.2 (G1, G2, H1–H4, S1, R1, D1) on the §13 set-up (N = M = 6, d = 2). */
class DerivativeRecipesTest {
    private static final double[][] X = PointClouds.uniformSquare(6, 0);
    private static final double[][] Y = PointClouds.uniformSquare(6, 1);

    private static TransportProblem at(double[][] x) {
        return TransportProblem.fromPoints(x, Y);
    }

    private static double[][] shifted(int k, int t, double h) {
        double[][] x = new double[X.length][];
        for (int i = 0; i < X.length; i++) {
            x[i] = X[i].clone();
        }
        x[k][t] += h;
        return x;
    }

    @ParameterizedTest(name = "eps = {0}")
    @ValueSource(doubles = {0.5, 0.05})
    void g1GradientMatchesFiniteDifferencesOfTheObjective(double eps) {
        double[][] grad = EntropicDerivatives.of(at(X), Converged.solve(at(X), eps)).gradient();
        double h = 1e-5;
        double maxErr = 0;
        double maxFd = 0;
        for (int k = 0; k < X.length; k++) {
            for (int t = 0; t < 2; t++) {
                double fd = (objective(shifted(k, t, h), eps) - objective(shifted(k, t, -h), eps)) / (2 * h);
                maxErr = Math.max(maxErr, Math.abs(fd - grad[k][t]));
                maxFd = Math.max(maxFd, Math.abs(fd));
            }
        }
        assertTrue(maxErr / maxFd < 1e-7, "relative error " + maxErr / maxFd);
    }

    @ParameterizedTest(name = "eps = {0}")
    @ValueSource(doubles = {0.5, 0.05})
    void g2GradientsSumToTwiceTheMeanDifference(double eps) {
        double[][] grad = EntropicDerivatives.of(at(X), Converged.solve(at(X), eps)).gradient();
        for (int t = 0; t < 2; t++) {
            double sum = 0;
            double expected = 0;
            for (int k = 0; k < 6; k++) {
                sum += grad[k][t];
                expected += 2 * (X[k][t] - Y[k][t]) / 6;
            }
            assertEquals(expected, sum, 1e-12);
        }
    }

    @ParameterizedTest(name = "eps = {0}")
    @ValueSource(doubles = {0.5, 0.05})
    void h1HessianMatchesFiniteDifferencesOfTheGradient(double eps) {
        DMatrixRMaj hess = EntropicDerivatives.of(at(X), Converged.solve(at(X), eps)).hessian();
        double h = 1e-5;
        double maxErr = 0;
        for (int l = 0; l < 6; l++) {
            for (int t = 0; t < 2; t++) {
                double[][] gp = gradientAt(shifted(l, t, h), eps);
                double[][] gm = gradientAt(shifted(l, t, -h), eps);
                for (int k = 0; k < 6; k++) {
                    for (int s = 0; s < 2; s++) {
                        double fd = (gp[k][s] - gm[k][s]) / (2 * h);
                        maxErr = Math.max(maxErr, Math.abs(fd - hess.get(k * 2 + s, l * 2 + t)));
                    }
                }
            }
        }
        assertTrue(maxErr / CommonOps_DDRM.elementMaxAbs(hess) < 1e-6, "relative error " + maxErr);
    }

    @ParameterizedTest(name = "eps = {0}")
    @ValueSource(doubles = {0.5, 0.05})
    void h2HessianIsSymmetric(double eps) {
        DMatrixRMaj hess = EntropicDerivatives.of(at(X), Converged.solve(at(X), eps)).hessian();
        DMatrixRMaj diff = new DMatrixRMaj(hess.numRows, hess.numCols);
        CommonOps_DDRM.transpose(hess, diff);
        CommonOps_DDRM.subtract(hess, diff, diff);
        assertTrue(CommonOps_DDRM.elementMaxAbs(diff) / CommonOps_DDRM.elementMaxAbs(hess) < 1e-12);
    }

    @ParameterizedTest(name = "eps = {0}")
    @ValueSource(doubles = {0.5, 0.05})
    void h3MarginalIdentityHoldsAndBreaksWhenTruncationCutsIntoTheSpectrum(double eps) {
        TransportResult r = Converged.solve(at(X), eps);
        EntropicDerivatives der = EntropicDerivatives.of(at(X), r);
        assertTrue(der.hessianMarginalError(der.hessian()) < 1e-10);
        assertTrue(der.hessianMarginalError(der.hessian(NullSpaceHandling.TRUNCATED_EIGEN)) < 1e-10);
        double lambda = HMatrix.of(r.plan()).smallestPositiveEigenvalue();
        double broken = der.hessianMarginalError(der.hessian(NullSpaceHandling.TRUNCATED_EIGEN, 10 * lambda));
        assertTrue(broken > 1e-6, "negative control: truncating above lambda_{2N-1} must break the identity, got "
                + broken);
    }

    @ParameterizedTest(name = "eps = {0}")
    @ValueSource(doubles = {0.5, 0.05})
    void h4HessianVectorProductEqualsTheDenseProduct(double eps) {
        EntropicDerivatives der = EntropicDerivatives.of(at(X), Converged.solve(at(X), eps));
        DMatrixRMaj hess = der.hessian();
        double[][] a = PointClouds.gaussian(6, 2, 9);
        DMatrixRMaj dense = new DMatrixRMaj(12, 1);
        CommonOps_DDRM.mult(hess, flatten(a), dense);
        double scale = CommonOps_DDRM.elementMaxAbs(dense);
        double[][] hvp = der.hessianVectorProduct(a);
        double[][] biased = der.hessianVectorProduct(a, 1e-5);
        double exactErr = 0;
        double biasErr = 0;
        for (int k = 0; k < 6; k++) {
            for (int t = 0; t < 2; t++) {
                exactErr = Math.max(exactErr, Math.abs(hvp[k][t] - dense.get(k * 2 + t)));
                biasErr = Math.max(biasErr, Math.abs(biased[k][t] - dense.get(k * 2 + t)));
            }
        }
        assertTrue(exactErr / scale < 1e-10, "tau2 = 0: " + exactErr / scale);
        assertTrue(biasErr / scale > 1e-9 && biasErr / scale < 1e-3, "tau2 = 1e-5 biases by O(tau2): " + biasErr / scale);
    }

    @ParameterizedTest(name = "eps = {0}")
    @ValueSource(doubles = {0.5, 0.05})
    void deflationAndTruncatedPseudoInverseGiveTheSameHessianBelowTheSpectralGap(double eps) {
        EntropicDerivatives der = EntropicDerivatives.of(at(X), Converged.solve(at(X), eps));
        DMatrixRMaj deflated = der.hessian(NullSpaceHandling.DEFLATION);
        DMatrixRMaj truncated = der.hessian(NullSpaceHandling.TRUNCATED_EIGEN);
        DMatrixRMaj diff = new DMatrixRMaj(deflated.numRows, deflated.numCols);
        CommonOps_DDRM.subtract(deflated, truncated, diff);
        assertTrue(CommonOps_DDRM.elementMaxAbs(diff) / CommonOps_DDRM.elementMaxAbs(deflated) < 1e-12,
                "math.md §13: deflation vs pinv agreed to 2.5e-14; got " + CommonOps_DDRM.elementMaxAbs(diff));
    }

    @Test
    void plainLuOnAnExactlySingularHRefusesAndNamesTheSpectralGap() {
        TransportProblem p = TransportProblem.fromPoints(new double[][] {{0, 0}, {1, 0}}, new double[][] {{0, 1}, {1, 1}});
        TransportResult product = TransportResult.builder("product plan").epsilon(1)
                .plan(new TransportPlan(2, 2, new double[] {0.25, 0.25, 0.25, 0.25})).build(p);
        EntropicDerivatives der = EntropicDerivatives.of(p, product);
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> der.hessian(NullSpaceHandling.PLAIN_LU));
        // Product plan, N = M = 2: spec(H) = {0, 1/2, 1/2, 1} (math.md §4.2, limit L1), so λ_{2N−1} = 0.5.
        Matcher reported = Pattern.compile("lambda_\\{2N-1\\} = (\\S+)\\)").matcher(e.getMessage());
        assertTrue(reported.find(), e.getMessage());
        assertEquals(0.5, Double.parseDouble(reported.group(1)), 1e-12);
        assertFalse(MatrixFeatures_DDRM.hasUncountable(der.hessian()), "deflation handles the same singular H");
    }

    @ParameterizedTest(name = "eps = {0}")
    @ValueSource(doubles = {0.5, 0.05})
    void s1SinkhornDistanceGradientMatchesFiniteDifferences(double eps) {
        double[][] grad = EntropicDerivatives.of(at(X), Converged.solve(at(X), eps)).sinkhornDistanceGradient();
        double h = 1e-5;
        double maxErr = 0;
        double maxFd = 0;
        for (int k = 0; k < 6; k++) {
            for (int t = 0; t < 2; t++) {
                double fd = (Converged.solve(at(shifted(k, t, h)), eps).transportCost()
                        - Converged.solve(at(shifted(k, t, -h)), eps).transportCost()) / (2 * h);
                maxErr = Math.max(maxErr, Math.abs(fd - grad[k][t]));
                maxFd = Math.max(maxFd, Math.abs(fd));
            }
        }
        assertTrue(maxErr / maxFd < 1e-6, "relative error " + maxErr / maxFd);
    }

    @ParameterizedTest(name = "eps = {0}")
    @ValueSource(doubles = {0.5, 0.05})
    void r1RobotHypergradientMatchesFiniteDifferencesInTheCost(double eps) {
        TransportProblem p = at(X);
        TransportResult r = Converged.solve(p, eps);
        double[] g = new double[36];
        SplittableRandom rng = new SplittableRandom(3);
        for (int k = 0; k < g.length; k++) {
            g[k] = rng.nextDouble() - 0.5;
        }
        double[] analytic = RobotHypergradient.costGradient(p, r, g);
        double h = 1e-6;
        double maxErr = 0;
        double maxFd = 0;
        double[][] c = p.costMatrix();
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                double[][] up = copy(c);
                double[][] down = copy(c);
                up[i][j] += h;
                down[i][j] -= h;
                double fd = (loss(up, g, eps) - loss(down, g, eps)) / (2 * h);
                maxErr = Math.max(maxErr, Math.abs(fd - analytic[i * 6 + j]));
                maxFd = Math.max(maxFd, Math.abs(fd));
            }
        }
        assertTrue(maxErr / maxFd < 1e-6, "relative error " + maxErr / maxFd);
        double[] pinvForm = pseudoInverseForm(r.plan(), eps, g);
        for (int k = 0; k < 36; k++) {
            assertEquals(pinvForm[k], analytic[k], 1e-10 * maxFd);
        }
    }

    @ParameterizedTest(name = "eps = {0}")
    @ValueSource(doubles = {0.5, 0.05})
    void d1DualValueEqualsThePrimalObjective(double eps) {
        TransportProblem p = at(X);
        TransportResult r = Converged.solve(p, eps);
        double dual = 0;
        for (int i = 0; i < 6; i++) {
            dual += (r.f()[i] - eps * Math.log(1.0 / 6)) / 6 + (r.g()[i] - eps * Math.log(1.0 / 6)) / 6;
        }
        double mass = 0;
        for (double v : r.plan().values()) {
            mass += v;
        }
        dual += eps * (1 - mass);
        assertEquals(r.objective(), dual, 1e-12);
    }

    /** The same checks with non-uniform weights and N ≠ M, d = 3 (math.md §13, extra check). */
    @ParameterizedTest(name = "eps = {0}")
    @ValueSource(doubles = {0.2})
    void nonUniformWeightsGradientAndHessianMatchFiniteDifferences(double eps) {
        double[][] x = PointClouds.uniformCube(5, 3, 4);
        double[][] y = PointClouds.uniformCube(7, 3, 5);
        double[] a = {0.1, 0.3, 0.2, 0.25, 0.15};
        double[] b = {0.2, 0.1, 0.1, 0.15, 0.15, 0.05, 0.25};
        TransportProblem p = TransportProblem.fromPoints(x, y, a, b);
        EntropicDerivatives der = EntropicDerivatives.of(p, Converged.solve(p, eps));
        DMatrixRMaj hess = der.hessian();
        double h = 1e-5;
        double maxErr = 0;
        for (int l = 0; l < 5; l++) {
            for (int t = 0; t < 3; t++) {
                double[][] xp = copy(x);
                double[][] xm = copy(x);
                xp[l][t] += h;
                xm[l][t] -= h;
                TransportProblem pp = TransportProblem.fromPoints(xp, y, a, b);
                TransportProblem pm = TransportProblem.fromPoints(xm, y, a, b);
                double[][] gp = EntropicDerivatives.of(pp, Converged.solve(pp, eps)).gradient();
                double[][] gm = EntropicDerivatives.of(pm, Converged.solve(pm, eps)).gradient();
                for (int k = 0; k < 5; k++) {
                    for (int s = 0; s < 3; s++) {
                        maxErr = Math.max(maxErr, Math.abs((gp[k][s] - gm[k][s]) / (2 * h) - hess.get(k * 3 + s, l * 3 + t)));
                    }
                }
            }
        }
        assertTrue(maxErr / CommonOps_DDRM.elementMaxAbs(hess) < 1e-6, "relative error " + maxErr);
        assertTrue(der.hessianMarginalError(hess) < 1e-10);
    }

    private static double objective(double[][] x, double eps) {
        return Converged.solve(at(x), eps).objective();
    }

    private static double[][] gradientAt(double[][] x, double eps) {
        return EntropicDerivatives.of(at(x), Converged.solve(at(x), eps)).gradient();
    }

    private static double loss(double[][] c, double[] g, double eps) {
        TransportPlan plan = Converged.solve(TransportProblem.fromCost(c), eps).plan();
        double s = 0;
        for (int k = 0; k < g.length; k++) {
            s += g[k] * plan.values()[k];
        }
        return s;
    }

    /** The §6.1 formula with H⁺ from EJML's pseudo-inverse: an independent route to α_i + β_j. */
    private static double[] pseudoInverseForm(TransportPlan plan, double eps, double[] g) {
        DMatrixRMaj pinv = new DMatrixRMaj(12, 12);
        CommonOps_DDRM.pinv(HMatrix.of(plan).toDense(), pinv);
        double[] gp = new double[36];
        DMatrixRMaj rhs = new DMatrixRMaj(12, 1);
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                gp[i * 6 + j] = g[i * 6 + j] * plan.get(i, j);
                rhs.add(i, 0, gp[i * 6 + j]);
                rhs.add(6 + j, 0, gp[i * 6 + j]);
            }
        }
        DMatrixRMaj ab = new DMatrixRMaj(12, 1);
        CommonOps_DDRM.mult(pinv, rhs, ab);
        double[] out = new double[36];
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                out[i * 6 + j] = (-gp[i * 6 + j] + plan.get(i, j) * (ab.get(i) + ab.get(6 + j))) / eps;
            }
        }
        return out;
    }

    private static DMatrixRMaj flatten(double[][] a) {
        DMatrixRMaj v = new DMatrixRMaj(a.length * a[0].length, 1);
        for (int k = 0; k < a.length; k++) {
            for (int t = 0; t < a[0].length; t++) {
                v.set(k * a[0].length + t, a[k][t]);
            }
        }
        return v;
    }

    private static double[][] copy(double[][] c) {
        double[][] out = new double[c.length][];
        for (int i = 0; i < c.length; i++) {
            out[i] = c[i].clone();
        }
        return out;
    }
}

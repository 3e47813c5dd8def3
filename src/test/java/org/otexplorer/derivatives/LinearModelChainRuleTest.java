package org.otexplorer.derivatives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.otexplorer.engine.PointClouds;
import org.otexplorer.engine.TransportProblem;

/** math.md §7 against finite differences in the parameters Θ of Ŷ = XΘ. */
class LinearModelChainRuleTest {
    private static final double EPS = 0.3;
    private static final double[][] DESIGN = PointClouds.gaussian(7, 3, 1);
    private static final double[][] TARGETS = PointClouds.gaussian(7, 2, 2);
    private static final double[][] THETA = {{0.5, -0.2}, {0.1, 0.8}, {-0.4, 0.3}};

    private static double[][] predictions(double[][] theta) {
        double[][] y = new double[DESIGN.length][2];
        for (int k = 0; k < DESIGN.length; k++) {
            for (int a = 0; a < 3; a++) {
                for (int t = 0; t < 2; t++) {
                    y[k][t] += DESIGN[k][a] * theta[a][t];
                }
            }
        }
        return y;
    }

    private static EntropicDerivatives at(double[][] theta) {
        TransportProblem p = TransportProblem.fromPoints(predictions(theta), TARGETS);
        return EntropicDerivatives.of(p, Converged.solve(p, EPS));
    }

    private static double[][] shifted(int a, int t, double h) {
        double[][] th = new double[3][];
        for (int i = 0; i < 3; i++) {
            th[i] = THETA[i].clone();
        }
        th[a][t] += h;
        return th;
    }

    @Test
    void parameterGradientAndHessianMatchFiniteDifferences() {
        EntropicDerivatives der = at(THETA);
        double[][] grad = LinearModelChainRule.parameterGradient(DESIGN, der.gradient());
        DMatrixRMaj hess = LinearModelChainRule.parameterHessian(DESIGN, der.hessian(), 2);
        double h = 1e-5;
        for (int a = 0; a < 3; a++) {
            for (int t = 0; t < 2; t++) {
                TransportProblem up = TransportProblem.fromPoints(predictions(shifted(a, t, h)), TARGETS);
                TransportProblem down = TransportProblem.fromPoints(predictions(shifted(a, t, -h)), TARGETS);
                double fd = (Converged.solve(up, EPS).objective() - Converged.solve(down, EPS).objective()) / (2 * h);
                assertEquals(fd, grad[a][t], 1e-7 * Math.max(1, Math.abs(fd)));
                double[][] gUp = LinearModelChainRule.parameterGradient(DESIGN, at(shifted(a, t, h)).gradient());
                double[][] gDown = LinearModelChainRule.parameterGradient(DESIGN, at(shifted(a, t, -h)).gradient());
                for (int b = 0; b < 3; b++) {
                    for (int s = 0; s < 2; s++) {
                        double fdh = (gUp[b][s] - gDown[b][s]) / (2 * h);
                        assertEquals(fdh, hess.get(b * 2 + s, a * 2 + t), 1e-6 * Math.max(1, Math.abs(fdh)));
                    }
                }
            }
        }
    }

    @Test
    void newtonDirectionSolvesTheParameterSystem() {
        EntropicDerivatives der = at(THETA);
        double[][] grad = LinearModelChainRule.parameterGradient(DESIGN, der.gradient());
        DMatrixRMaj hess = LinearModelChainRule.parameterHessian(DESIGN, der.hessian(), 2);
        double[][] delta = LinearModelChainRule.newtonDirection(hess, grad);
        for (int row = 0; row < 6; row++) {
            double s = 0;
            for (int col = 0; col < 6; col++) {
                s += hess.get(row, col) * delta[col / 2][col % 2];
            }
            assertEquals(grad[row / 2][row % 2], s, 1e-10);
        }
        assertTrue(Double.isFinite(LinearModelChainRule.smallestEigenvalue(hess)));
    }
}

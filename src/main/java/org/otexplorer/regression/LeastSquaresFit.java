package org.otexplorer.regression;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Ordinary least squares {@code argmin_Θ Σ_i ||f(u_i; Θ) − y_i||²} on given pairs: the normal equations
 * for the {@link LinearModel}, Levenberg–Marquardt from a start Θ0 for nonlinear models (ROBOT §4.2 fits
 * its Oracle and LS baselines "ensuring convergence"; LM converges where their fixed-rate gradient steps
 * need tuning).
 */
public final class LeastSquaresFit {
    private static final int MAX_ITERATIONS = 200;
    private static final double RELATIVE_TOLERANCE = 1e-12;

    private LeastSquaresFit() {
    }

    /**
     * The least-squares fit of the model on the pairs: closed form for the linear model; for the similarity
     * model the closed-form Procrustes solution (Umeyama) polished by Levenberg–Marquardt (a local search from
     * the identity can end with the scale collapsing when the rotation is large); other nonlinear models by
     * Levenberg–Marquardt from {@code start}.
     */
    public static double[][] fit(RegressionModel model, RegressionData.Pairs pairs, double[][] start) {
        if (model instanceof LinearModel linear) {
            return LinearAlgebra.leastSquares(linear.design(pairs.inputs()), pairs.outputs(), 0);
        }
        double[][] from = model instanceof SimilarityModel ? Procrustes.fit(pairs.inputs(), pairs.outputs())
                : LinearAlgebra.copy(start);
        return model.canonical(levenbergMarquardt(model, pairs.inputs(), pairs.outputs(), from));
    }

    /** {@code Σ_i ||f(u_i; Θ) − y_i||² / n}. */
    public static double meanSquaredResidual(RegressionModel model, double[][] u, double[][] y, double[][] theta) {
        double s = 0;
        for (int i = 0; i < u.length; i++) {
            double[] f = model.predict(u[i], theta);
            for (int t = 0; t < f.length; t++) {
                s += (f[t] - y[i][t]) * (f[t] - y[i][t]);
            }
        }
        return s / u.length;
    }

    private static double[][] levenbergMarquardt(RegressionModel model, double[][] u, double[][] y, double[][] theta) {
        int rows = theta.length;
        int q = theta[0].length;
        int k = rows * q;
        double lambda = 1e-3;
        double cost = meanSquaredResidual(model, u, y, theta);
        for (int it = 0; it < MAX_ITERATIONS && cost > 0; it++) {
            DMatrixRMaj jtj = new DMatrixRMaj(k, k);
            DMatrixRMaj jtr = new DMatrixRMaj(k, 1);
            normalEquations(model, u, y, theta, jtj, jtr);
            double[][] trial = null;
            double trialCost = Double.POSITIVE_INFINITY;
            while (lambda < 1e12) {
                DMatrixRMaj damped = jtj.copy();
                for (int a = 0; a < k; a++) {
                    damped.add(a, a, lambda * (1 + jtj.get(a, a)));
                }
                DMatrixRMaj step = new DMatrixRMaj(k, 1);
                if (CommonOps_DDRM.solve(damped, jtr, step)) {
                    trial = LinearAlgebra.copy(theta);
                    for (int a = 0; a < k; a++) {
                        trial[a / q][a % q] -= step.get(a);
                    }
                    trialCost = meanSquaredResidual(model, u, y, trial);
                    if (trialCost < cost) {
                        break;
                    }
                }
                lambda *= 10;
            }
            if (!(trialCost < cost)) {
                break;
            }
            boolean settled = cost - trialCost <= RELATIVE_TOLERANCE * cost;
            theta = trial;
            cost = trialCost;
            lambda = Math.max(lambda / 10, 1e-12);
            if (settled) {
                break;
            }
        }
        return theta;
    }

    /** JᵀJ and Jᵀr of the residuals r = f − y, the Jacobian rows taken one response at a time. */
    private static void normalEquations(RegressionModel model, double[][] u, double[][] y, double[][] theta,
                                        DMatrixRMaj jtj, DMatrixRMaj jtr) {
        int q = theta[0].length;
        int k = theta.length * q;
        double[] row = new double[k];
        for (int i = 0; i < u.length; i++) {
            double[] f = model.predict(u[i], theta);
            for (int t = 0; t < q; t++) {
                double[] unit = new double[q];
                unit[t] = 1;
                double[][] g = new double[theta.length][q];
                model.addGradient(u[i], theta, unit, g);
                for (int a = 0; a < k; a++) {
                    row[a] = g[a / q][a % q];
                }
                double r = f[t] - y[i][t];
                for (int a = 0; a < k; a++) {
                    jtr.add(a, 0, row[a] * r);
                    for (int b = 0; b < k; b++) {
                        jtj.add(a, b, row[a] * row[b]);
                    }
                }
            }
        }
    }
}

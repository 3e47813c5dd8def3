package org.otexplorer.regression;

import java.util.Arrays;
import org.otexplorer.derivatives.RobotHypergradient;
import org.otexplorer.derivatives.UnrolledRobustSinkhornGradient;
import org.otexplorer.engine.LogDomainSinkhornSolver;
import org.otexplorer.engine.SinkhornNewton;
import org.otexplorer.engine.SinkhornSolver;
import org.otexplorer.engine.SolverSettings;
import org.otexplorer.engine.TransportProblem;
import org.otexplorer.engine.TransportResult;

/**
 * ROBOT's losses of a model through an OT plan (ROBOT §2–3, math.md §6.3), in ROBOT's orientation: outputs
 * y_i as rows, inputs z_j as columns, {@code C_ij = ||y_i − f([x_i, z_j]; Θ)||²}, uniform weights (n ≠ m
 * allowed).
 * <ul>
 *   <li>{@link Kind#SINKHORN_DISTANCE}: {@code L = n <C, P_ε(C)>} (the code's {@code sum(nΓ∘C)}), dL/dC by one
 *       H-solve (math.md §6.2, {@link RobotHypergradient#sinkhornDistanceCostGradient}).</li>
 *   <li>{@link Kind#ROBUST_SINKHORN_DISTANCE}: ROBOT-robust. The marginals relax to μ, ν in L2 balls of radii
 *       ρ1, ρ2 ({@link org.otexplorer.engine.RobustSinkhornSolver}, math.md §11.2) and L = n <C, P> at the robust plan. dL/dC is exact
 *       for the iterations the solver ran: reverse mode through them ({@link UnrolledRobustSinkhornGradient},
 *       checked against finite differences), as math.md §11.3 recommends instead of the authors' unverified
 *       backward; it includes how μ and ν move with C. With ρ1 = ρ2 = 0 this loss is the balanced one.</li>
 * </ul>
 * Then {@code dL/dΘ = Σ_ij (dL/dC_ij) · 2(f_ij − y_i)ᵀ ∂f_ij/∂Θ} through the model.
 * <p>The balanced plan: Sinkhorn (ε-scaling from scratch, or, when the previous solve was on the same rows and
 * columns as in full-batch ROBOT where Θ moves a little per step, from the previous potentials: the same plan to
 * the tolerance in a fraction of the sweeps; a loss object therefore belongs to one run). When Sinkhorn stops at
 * its iteration limit above the tolerance, as it does when the plan nearly splits into blocks (a good fit with
 * badly matched points: the marginal error then falls by a tiny factor per sweep), Newton steps on the dual
 * finish the solve ({@link SinkhornNewton#polish}, math.md §2.3; quadratic convergence, each step one H-solve).
 */
final class CorrespondenceLoss {
    /** Which loss. */
    enum Kind { SINKHORN_DISTANCE, ROBUST_SINKHORN_DISTANCE }

    private final Kind kind;
    private final EntropicSettings entropic;
    private int[] lastOutputRows;
    private int[] lastInputRows;
    private TransportResult lastResult;

    CorrespondenceLoss(Kind kind, EntropicSettings entropic) {
        this.kind = kind;
        this.entropic = entropic;
    }

    /** Value and Θ-gradient on the given output rows and input rows. */
    OtLoss.Evaluation evaluate(RegressionData data, int[] outputRows, int[] inputRows, double[][] theta) {
        int nb = outputRows.length;
        int mb = inputRows.length;
        RegressionModel model = data.model();
        double[][][] pred = predictions(data, outputRows, inputRows, theta);
        double[][] cost = new double[nb][mb];
        for (int i = 0; i < nb; i++) {
            double[] y = data.outputs()[outputRows[i]];
            for (int j = 0; j < mb; j++) {
                cost[i][j] = squaredDistance(y, pred[i][j]);
            }
        }
        TransportProblem problem = TransportProblem.fromCost(cost);
        TransportResult r;
        double[] dLdC;
        if (kind == Kind.ROBUST_SINKHORN_DISTANCE) {
            UnrolledRobustSinkhornGradient.Result robust = UnrolledRobustSinkhornGradient.compute(problem,
                    settings(problem).withRho(entropic.rho1(), entropic.rho2()).withRobustStep(entropic.robustStep()));
            r = robust.result();
            dLdC = robust.costGradient();
        } else {
            r = solve(problem, outputRows, inputRows);
            dLdC = RobotHypergradient.sinkhornDistanceCostGradient(r.plan(), problem.costArray(), r.epsilon());
        }
        double value = r.transportCost();
        double[][] gradient = new double[theta.length][theta[0].length];
        int q = data.responses();
        double[] upstream = new double[q];
        for (int j = 0; j < mb; j++) {
            for (int i = 0; i < nb; i++) {
                double[] y = data.outputs()[outputRows[i]];
                double gij = nb * dLdC[i * mb + j];
                for (int t = 0; t < q; t++) {
                    upstream[t] += 2 * gij * (pred[i][j][t] - y[t]);
                }
                if (data.hasPairedInputs()) {
                    model.addGradient(data.modelInput(outputRows[i], inputRows[j]), theta, upstream, gradient);
                    Arrays.fill(upstream, 0);
                }
            }
            if (!data.hasPairedInputs()) {
                model.addGradient(data.inputs()[inputRows[j]], theta, upstream, gradient);
                Arrays.fill(upstream, 0);
            }
        }
        return new OtLoss.Evaluation(nb * value, gradient, null, r.marginalError());
    }

    /** f_ij; without paired features f depends on j only and is computed once per input. */
    private static double[][][] predictions(RegressionData data, int[] outputRows, int[] inputRows, double[][] theta) {
        double[][][] pred = new double[outputRows.length][inputRows.length][];
        for (int j = 0; j < inputRows.length; j++) {
            double[] shared = data.hasPairedInputs() ? null : data.model().predict(data.inputs()[inputRows[j]], theta);
            for (int i = 0; i < outputRows.length; i++) {
                pred[i][j] = shared != null ? shared
                        : data.model().predict(data.modelInput(outputRows[i], inputRows[j]), theta);
            }
        }
        return pred;
    }

    private SolverSettings settings(TransportProblem problem) {
        return SolverSettings.defaults().withEpsilon(entropic.absoluteEpsilon(problem))
                .withTolerance(entropic.tolerance()).withMaxIterations(entropic.maxIterations());
    }

    private TransportResult solve(TransportProblem problem, int[] outputRows, int[] inputRows) {
        SolverSettings settings = settings(problem);
        if (entropic.fixedIterations()) {
            // The authors' code: a fixed number of log-domain iterations from zero potentials, no convergence test.
            return new LogDomainSinkhornSolver().solve(problem, settings.withTolerance(0));
        }
        boolean warm = lastResult != null && Arrays.equals(outputRows, lastOutputRows)
                && Arrays.equals(inputRows, lastInputRows);
        TransportResult r = new SinkhornSolver().solve(problem, warm
                ? settings.withWarmStart(lastResult.f(), lastResult.g()) : settings.withEpsilonScaling(true));
        if (r.marginalError() > entropic.tolerance()) {
            r = SinkhornNewton.polish(problem, r, entropic.tolerance());
        }
        lastOutputRows = outputRows.clone();
        lastInputRows = inputRows.clone();
        lastResult = r;
        return r;
    }

    private static double squaredDistance(double[] a, double[] b) {
        double s = 0;
        for (int t = 0; t < a.length; t++) {
            s += (a[t] - b[t]) * (a[t] - b[t]);
        }
        return s;
    }
}

package org.otexplorer.regression;

import java.util.SplittableRandom;
import org.otexplorer.derivatives.LinearModelChainRule;
import org.otexplorer.io.RegressionSpec.OptimizerSpec;

/**
 * SGD then relaxed Newton (the differentiation paper's Algorithm 2, as math.md §8.1 reads the authors'
 * code), with the safeguards of math.md §8.4, on the entropic objective {@code W_ε(XΘ; Y)}. Stage 1: SGD steps
 * with learning rate η on minibatches of {@code batchSize} inputs (weights 1/n_s) against all outputs (weights
 * 1/n); every {@code checkEvery} steps (default 5) the full-batch parameter Hessian is formed and, once all its
 * eigenvalues are positive, stage 2 starts (at most {@code sgdSteps}, default 15). Stage 2: relaxed Newton
 * steps {@code Θ ← Θ − t Hess⁻¹∇}, the Hessian's positive definiteness re-checked at every step (when it fails,
 * the "modified Newton" direction on |λ|, {@link ModifiedNewtonDirection}), the step t starting at
 * {@code newtonStep} (η_N, default 0.25 as the .py; the notebook uses 0.5) and halved until the loss falls by
 * the Armijo fraction of its predicted decrease. Stops as converged once the Hessian is positive definite and a
 * full Newton step's predicted improvement {@code ∇ᵀHess⁻¹∇/2} is below {@code improvementThreshold} (1e-4);
 * stops (without claiming convergence) when the loss improves by less than that {@code patience} times in a row
 * (3; the notebook 1), when no step lowers the loss, or after {@code iterations} Newton steps. ε defaults to
 * 0.05 absolute; full-batch evaluations converge Sinkhorn to {@code newtonSinkhornTolerance} (1e-9),
 * minibatches to the authors' {@code 0.01/n^0.33}, each in at most {@code sinkhornIterations} (5000) sweeps and
 * then Newton steps on the dual ({@link OtLoss}); when a Newton-stage plan still stays above its tolerance (the
 * plan nearly splits into blocks) the stop reason says how far.
 */
final class SgdNewtonOptimizer extends NamedOptimizer {
    static final String ID = "sgd-newton";
    /** The sufficient-decrease fraction of the line search (Nocedal &amp; Wright's customary 1e-4). */
    static final double ARMIJO = 1e-4;
    /** Halvings of the relaxed Newton step before the line search gives up (the shortest trial is η_N/1024). */
    static final int HALVINGS = 10;
    /** The default Sinkhorn tolerance of the full-batch evaluations (Newton needs an accurate plan). */
    static final double NEWTON_TOLERANCE = 1e-9;

    SgdNewtonOptimizer() {
        super(ID);
    }

    /**
     * The entropic objective with the spec's ε (default 0.05 absolute) and Sinkhorn tolerance (default the
     * authors' {@code 0.01/n^0.33}, math.md §2.1).
     */
    static OtLoss entropicLoss(OptimizerSpec spec, int n) {
        return entropicLoss(spec, spec.parameter("sinkhornTolerance", 0.01 / Math.pow(n, 0.33)));
    }

    private static OtLoss entropicLoss(OptimizerSpec spec, double tolerance) {
        return new OtLoss(spec.epsilon() == null ? 0.05 : spec.epsilon(),
                spec.relativeEpsilon() != null && spec.relativeEpsilon(), tolerance,
                (int) spec.parameter("sinkhornIterations", 5_000));
    }

    @Override
    public Trace run(RegressionData data, OptimizerSpec spec, long seed, TraceListener listener, RunControl control) {
        data.requireOneToOne(ID);
        RunRecorder recorder = new RunRecorder(ID, data, listener);
        double[][] theta = recorder.begin(Initialization.initial(data, spec, "perturbed-truth", seed));
        try {
            return stages(data, spec, seed, theta, recorder, control);
        } catch (IllegalArgumentException | IllegalStateException breakdown) {
            recorder.stop("diverged: " + breakdown.getMessage());
            return recorder.finish(theta);
        }
    }

    private static Trace stages(RegressionData data, OptimizerSpec spec, long seed, double[][] theta,
                                RunRecorder recorder, RunControl control) {
        SplittableRandom rng = new SplittableRandom(seed);
        // Newton needs an accurate plan for its Hessian; the SGD minibatches use the authors' loose threshold.
        OtLoss full = entropicLoss(spec, spec.parameter("newtonSinkhornTolerance", NEWTON_TOLERANCE));
        OtLoss batch = entropicLoss(spec, data.size());
        int sgdSteps = (int) spec.parameter("sgdSteps", 15);
        int checkEvery = Math.max(1, (int) spec.parameter("checkEvery", 5));
        int batchSize = spec.batchSize() == 0 ? 100 : spec.batchSize();
        double[][] design = data.design();
        boolean newton = false;
        for (int i = 0; i < sgdSteps && !newton; i++) {
            if (!control.awaitTurn()) {
                recorder.stop("cancelled");
                return recorder.finish(theta);
            }
            OtLoss.Evaluation e = batch.evaluate(Minibatch.rows(design, batchSize, rng), data.outputs(), theta, false);
            double gradNorm = LinearAlgebra.norm(e.gradient());
            new MomentumStep(spec.learningRate(), 0, 0).apply(theta, e.gradient());
            Double minEig = null;
            double value = e.value();
            if ((i + 1) % checkEvery == 0) {
                OtLoss.Evaluation f = full.evaluate(design, data.outputs(), theta, true);
                minEig = LinearModelChainRule.smallestEigenvalue(f.hessian());
                value = f.value();
                newton = minEig > 0;
            }
            if (!recorder.record(value, gradNorm, theta, "SGD", minEig)) {
                return recorder.finish(theta);
            }
        }
        return newtonStage(data, spec, theta, full, recorder, control);
    }

    /**
     * Stage 2, the relaxed Newton steps with their safeguards (math.md §8.4): the curvature is re-checked at every
     * step, a Hessian that is not positive definite gives the modified direction, and the step length starts at
     * the paper's η_N and is halved until the loss decreases by the Armijo fraction of its predicted decrease.
     */
    private static Trace newtonStage(RegressionData data, OptimizerSpec spec, double[][] theta, OtLoss full,
                                     RunRecorder recorder, RunControl control) {
        double eta = spec.parameter("newtonStep", 0.25);
        double threshold = spec.parameter("improvementThreshold", 1e-4);
        int patience = (int) spec.parameter("patience", 3);
        int stagnant = 0;
        double[][] design = data.design();
        OtLoss.Evaluation e = full.evaluate(design, data.outputs(), theta, true);
        double worstPlan = e.marginalError();
        for (int j = 0; j < spec.iterations(); j++) {
            if (!control.awaitTurn()) {
                recorder.stop("cancelled");
                break;
            }
            ModifiedNewtonDirection newton = ModifiedNewtonDirection.of(e.hessian(), e.gradient());
            if (newton.positiveDefinite() && newton.slope() / 2 < threshold) {
                recorder.stop(String.format("converged: positive-definite Hessian and predicted Newton improvement %.3g"
                        + " below %s", newton.slope() / 2, threshold));
                break;
            }
            double[][] next = backtrack(full, design, data.outputs(), theta, e.value(), newton, eta);
            if (next == null) {
                recorder.stop(String.format("stalled: no step of at most %s along the %s direction lowered the loss"
                        + " (slope %.3g)", eta, newton.positiveDefinite() ? "Newton" : "modified Newton", newton.slope()));
                break;
            }
            double previous = e.value();
            double gradNorm = LinearAlgebra.norm(e.gradient());
            theta = next;
            e = full.evaluate(design, data.outputs(), theta, true);
            worstPlan = Math.max(worstPlan, e.marginalError());
            if (!recorder.record(e.value(), gradNorm, theta, newton.positiveDefinite() ? "Newton" : "modified Newton",
                    newton.smallestEigenvalue())) {
                break;
            }
            stagnant = previous - e.value() < threshold ? stagnant + 1 : 0;
            if (stagnant >= patience) {
                recorder.stop("stopped: the loss improved by less than " + threshold + " for " + patience + " steps");
                break;
            }
        }
        recorder.qualify(planAccuracy(worstPlan, spec.parameter("newtonSinkhornTolerance", NEWTON_TOLERANCE)));
        return recorder.finish(theta);
    }

    /** A note for the stop reason when a Newton-stage plan stayed above the Sinkhorn tolerance, else null. */
    private static String planAccuracy(double worst, double tolerance) {
        return worst > tolerance ? String.format("but the full-batch plans stopped at marginal error %.2g, above the"
                + " tolerance %s (Sinkhorn crawls where the plan nearly splits into blocks)", worst, tolerance) : null;
    }

    /**
     * {@code Θ − tΔ} for the first {@code t = η_N, η_N/2, …} ({@link #HALVINGS} halvings at most) whose loss
     * satisfies the Armijo condition {@code L(Θ − tΔ) ≤ L(Θ) − c t ∇ᵀΔ} (c = {@link #ARMIJO}), or null.
     */
    private static double[][] backtrack(OtLoss full, double[][] design, double[][] outputs, double[][] theta,
                                        double value, ModifiedNewtonDirection newton, double eta) {
        double[][] delta = newton.direction();
        double t = eta;
        for (int h = 0; h <= HALVINGS; h++, t /= 2) {
            double[][] trial = new double[theta.length][theta[0].length];
            for (int a = 0; a < theta.length; a++) {
                for (int c = 0; c < theta[0].length; c++) {
                    trial[a][c] = theta[a][c] - t * delta[a][c];
                }
            }
            double trialValue = full.evaluate(design, outputs, trial, false).value();
            if (trialValue <= value - ARMIJO * t * newton.slope()) {
                return trial;
            }
        }
        return null;
    }
}

package org.otexplorer.regression;

import java.util.List;
import java.util.SplittableRandom;
import org.otexplorer.derivatives.LinearModelChainRule;
import org.otexplorer.engine.Epsilon;
import org.otexplorer.parameters.Parameter;

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
 * stops as stalled (without claiming convergence) when the loss improves by less than that {@code patience}
 * times in a row (3; the notebook 1) or when no step lowers the loss, and at the limit after {@code iterations}
 * Newton steps. ε defaults to 0.05 absolute; full-batch evaluations converge Sinkhorn to
 * {@code newtonSinkhornTolerance} (1e-9), minibatches to the authors' {@code 0.01/n^0.33}, each in at most
 * {@code sinkhornIterations} (5000) sweeps and then Newton steps on the dual ({@link OtLoss}); when a
 * Newton-stage plan still stays above its tolerance (the plan nearly splits into blocks) the stop detail says
 * how far.
 */
final class SgdNewtonOptimizer extends NamedOptimizer {
    static final String ID = "sgd-newton";
    /** The sufficient-decrease fraction of the line search (Nocedal &amp; Wright's customary 1e-4). */
    static final double ARMIJO = 1e-4;
    /** Halvings of the relaxed Newton step before the line search gives up (the shortest trial is η_N/1024). */
    static final int HALVINGS = 10;

    /** ε of the objective (the paper's 0.05, absolute). */
    static final Parameter<Epsilon> EPSILON = OptimizerParameters.epsilon(Epsilon.absolute(0.05));
    /** Θ0: the truth perturbed, as in the paper. */
    static final Parameter<String> INIT = OptimizerParameters.init("perturbed-truth");
    /** Minibatch rows of the SGD stage. */
    static final Parameter<Integer> BATCH_SIZE = Parameter.integer("batchSize").defaultValue(100).atLeast(1)
            .describe("Rows per SGD minibatch (against all outputs).").build();
    /** Sinkhorn's tolerance on minibatches and in GD; 0 is the authors' 0.01/n^0.33. */
    static final Parameter<Double> SINKHORN_TOLERANCE = OptimizerParameters.sinkhornTolerance(0,
            " (0: the authors' 0.01/n^0.33)");
    /** Sinkhorn sweeps per evaluation, then Newton steps on the dual finish the plan (math.md §8.4). */
    static final Parameter<Integer> SINKHORN_ITERATIONS = OptimizerParameters.sinkhornIterations(5_000);
    /** Sinkhorn's tolerance of the full-batch evaluations the Newton steps differentiate. */
    static final Parameter<Double> NEWTON_SINKHORN_TOLERANCE = Parameter.real("newtonSinkhornTolerance")
            .defaultValue(1e-9).atLeast(0).logScale()
            .describe("Sinkhorn tolerance of the full-batch evaluations whose Hessian the Newton steps use.").build();
    static final Parameter<Integer> SGD_STEPS = Parameter.integer("sgdSteps").defaultValue(15).atLeast(0)
            .describe("SGD steps at most before the Newton stage.").build();
    static final Parameter<Integer> CHECK_EVERY = Parameter.integer("checkEvery").defaultValue(5).atLeast(1)
            .describe("Every this many SGD steps the parameter Hessian is checked for positive definiteness.")
            .build();
    static final Parameter<Double> NEWTON_STEP = Parameter.real("newtonStep").defaultValue(0.25).above(0)
            .atMost(1).describe("Relaxation η_N of the Newton steps Θ ← Θ − η_N Hess⁻¹∇.").build();
    static final Parameter<Double> IMPROVEMENT_THRESHOLD = Parameter.real("improvementThreshold")
            .defaultValue(1e-4).atLeast(0).logScale()
            .describe("A Newton step improving the loss by less than this counts as stagnant.").build();
    static final Parameter<Integer> PATIENCE = Parameter.integer("patience").defaultValue(3).atLeast(1)
            .describe("The Newton stage stops after this many stagnant steps in a row.").build();

    SgdNewtonOptimizer() {
        super(ID, "SGD until the parameter Hessian is positive definite, then relaxed Newton steps (the "
                        + "differentiation paper's Algorithm 2).",
                List.of(OptimizerParameters.ITERATIONS, OptimizerParameters.LEARNING_RATE, BATCH_SIZE, EPSILON, INIT,
                        OptimizerParameters.INIT_SCALE, SINKHORN_TOLERANCE, SINKHORN_ITERATIONS,
                        NEWTON_SINKHORN_TOLERANCE, SGD_STEPS, CHECK_EVERY, NEWTON_STEP, IMPROVEMENT_THRESHOLD,
                        PATIENCE));
    }

    /**
     * The entropic objective at ε with the Sinkhorn tolerance set (default the authors' {@code 0.01/n^0.33},
     * math.md §2.1) and iteration budget of {@code settings}.
     */
    static OtLoss entropicLoss(OptimizerSettings settings, Epsilon epsilon, int n) {
        double tolerance = settings.get(SINKHORN_TOLERANCE);
        return entropicLoss(settings, epsilon, tolerance > 0 ? tolerance : 0.01 / Math.pow(n, 0.33));
    }

    private static OtLoss entropicLoss(OptimizerSettings settings, Epsilon epsilon, double tolerance) {
        return new OtLoss(epsilon, tolerance, settings.get(SINKHORN_ITERATIONS));
    }

    @Override
    public Trace run(RegressionData data, OptimizerSettings settings, long seed, TraceListener listener,
                     RunControl control) {
        data.requireOneToOne(ID);
        RunRecorder recorder = new RunRecorder(ID, data, listener);
        double[][] theta = recorder.begin(Initialization.initial(data, settings, INIT, seed));
        try {
            return stages(data, settings, seed, theta, recorder, control);
        } catch (IllegalArgumentException | IllegalStateException breakdown) {
            recorder.stop(RunStopReason.DIVERGED, breakdown.getMessage());
            return recorder.finish(theta);
        }
    }

    private static Trace stages(RegressionData data, OptimizerSettings settings, long seed, double[][] theta,
                                RunRecorder recorder, RunControl control) {
        SplittableRandom rng = new SplittableRandom(seed);
        // Newton needs an accurate plan for its Hessian; the SGD minibatches use the authors' loose threshold.
        Epsilon epsilon = settings.get(EPSILON);
        OtLoss full = entropicLoss(settings, epsilon, settings.get(NEWTON_SINKHORN_TOLERANCE));
        OtLoss batch = entropicLoss(settings, epsilon, data.size());
        int sgdSteps = settings.get(SGD_STEPS);
        int checkEvery = settings.get(CHECK_EVERY);
        int batchSize = settings.get(BATCH_SIZE);
        double[][] design = data.design();
        boolean newton = false;
        for (int i = 0; i < sgdSteps && !newton; i++) {
            if (!control.awaitTurn()) {
                recorder.stop(RunStopReason.CANCELLED, "before SGD step " + (i + 1));
                return recorder.finish(theta);
            }
            OtLoss.Evaluation e = batch.evaluate(Minibatch.rows(design, batchSize, rng), data.outputs(), theta, false);
            double gradNorm = LinearAlgebra.norm(e.gradient());
            new MomentumStep(settings.learningRate(), 0, 0).apply(theta, e.gradient());
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
        return newtonStage(data, settings, theta, full, recorder, control);
    }

    /**
     * Stage 2, the relaxed Newton steps with their safeguards (math.md §8.4): the curvature is re-checked at every
     * step, a Hessian that is not positive definite gives the modified direction, and the step length starts at
     * the paper's η_N and is halved until the loss decreases by the Armijo fraction of its predicted decrease.
     */
    private static Trace newtonStage(RegressionData data, OptimizerSettings settings, double[][] theta, OtLoss full,
                                     RunRecorder recorder, RunControl control) {
        double eta = settings.get(NEWTON_STEP);
        double threshold = settings.get(IMPROVEMENT_THRESHOLD);
        int patience = settings.get(PATIENCE);
        int stagnant = 0;
        double[][] design = data.design();
        OtLoss.Evaluation e = full.evaluate(design, data.outputs(), theta, true);
        double worstPlan = e.marginalError();
        for (int j = 0; j < settings.iterations(); j++) {
            if (!control.awaitTurn()) {
                recorder.stop(RunStopReason.CANCELLED, "before Newton step " + (j + 1));
                break;
            }
            ModifiedNewtonDirection newton = ModifiedNewtonDirection.of(e.hessian(), e.gradient());
            if (newton.positiveDefinite() && newton.slope() / 2 < threshold) {
                recorder.stop(RunStopReason.CONVERGED, String.format("positive-definite Hessian and predicted Newton "
                        + "improvement %.3g below %s", newton.slope() / 2, threshold));
                break;
            }
            double[][] next = backtrack(full, design, data.outputs(), theta, e.value(), newton, eta);
            if (next == null) {
                recorder.stop(RunStopReason.STALLED, String.format("no step of at most %s along the %s direction "
                        + "lowered the loss (slope %.3g)", eta, kind(newton), newton.slope()));
                break;
            }
            double previous = e.value();
            double gradNorm = LinearAlgebra.norm(e.gradient());
            theta = next;
            e = full.evaluate(design, data.outputs(), theta, true);
            worstPlan = Math.max(worstPlan, e.marginalError());
            if (!recorder.record(e.value(), gradNorm, theta, kind(newton), newton.smallestEigenvalue())) {
                break;
            }
            stagnant = previous - e.value() < threshold ? stagnant + 1 : 0;
            if (stagnant >= patience) {
                recorder.stop(RunStopReason.STALLED, "the loss improved by less than " + threshold + " for " + patience
                        + " steps (the paper's stopping rule) before the convergence test held");
                break;
            }
        }
        recorder.qualify(planAccuracy(worstPlan, settings.get(NEWTON_SINKHORN_TOLERANCE)));
        return recorder.finish(theta);
    }

    private static String kind(ModifiedNewtonDirection newton) {
        return newton.positiveDefinite() ? "Newton" : "modified Newton";
    }

    /** A caveat for the stop detail when a Newton-stage plan stayed above the Sinkhorn tolerance, else null. */
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

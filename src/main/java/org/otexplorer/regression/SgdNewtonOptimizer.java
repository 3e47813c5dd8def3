package org.otexplorer.regression;

import java.util.List;
import java.util.SplittableRandom;
import org.otexplorer.derivatives.LinearModelChainRule;
import org.otexplorer.engine.Epsilon;
import org.otexplorer.parameters.Parameter;

/**
 * SGD then relaxed Newton (the differentiation paper's Algorithm 2, as math.md §8.1 reads the authors'
 * code) on the entropic objective {@code W_ε(XΘ; Y)}. Stage 1: SGD steps with learning rate η on
 * minibatches of {@code batchSize} inputs (weights 1/n_s) against all outputs (weights 1/n); every
 * {@code checkEvery} steps (default 5) the full-batch parameter Hessian is formed and, once all its
 * eigenvalues are positive, stage 2 starts (at most {@code sgdSteps}, default 15). Stage 2: relaxed Newton
 * steps {@code Θ ← Θ − η_N Hess⁻¹∇} ({@code newtonStep}, default 0.25 as the .py; the notebook uses 0.5)
 * until the loss improves by less than {@code improvementThreshold} (1e-4) {@code patience} times in a row
 * (3; the notebook 1), or {@code iterations} Newton steps. ε defaults to 0.05 absolute; full-batch
 * evaluations converge Sinkhorn to {@code newtonSinkhornTolerance} (1e-9), minibatches to the authors'
 * {@code 0.01/n^0.33}.
 */
final class SgdNewtonOptimizer extends NamedOptimizer {
    static final String ID = "sgd-newton";

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
    static final Parameter<Integer> SINKHORN_ITERATIONS = OptimizerParameters.sinkhornIterations(200_000);
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

    private static Trace newtonStage(RegressionData data, OptimizerSettings settings, double[][] theta, OtLoss full,
                                     RunRecorder recorder, RunControl control) {
        double eta = settings.get(NEWTON_STEP);
        double threshold = settings.get(IMPROVEMENT_THRESHOLD);
        int patience = settings.get(PATIENCE);
        int stagnant = 0;
        double[][] design = data.design();
        OtLoss.Evaluation e = full.evaluate(design, data.outputs(), theta, true);
        for (int j = 0; j < settings.iterations(); j++) {
            if (!control.awaitTurn()) {
                recorder.stop(RunStopReason.CANCELLED, "before Newton step " + (j + 1));
                break;
            }
            double previous = e.value();
            double[][] delta = LinearModelChainRule.newtonDirection(e.hessian(), e.gradient());
            double minEig = LinearModelChainRule.smallestEigenvalue(e.hessian());
            double gradNorm = LinearAlgebra.norm(e.gradient());
            for (int a = 0; a < theta.length; a++) {
                for (int t = 0; t < theta[0].length; t++) {
                    theta[a][t] -= eta * delta[a][t];
                }
            }
            e = full.evaluate(design, data.outputs(), theta, true);
            if (!recorder.record(e.value(), gradNorm, theta, "Newton", minEig)) {
                break;
            }
            stagnant = Math.abs(previous - e.value()) < threshold ? stagnant + 1 : 0;
            if (stagnant >= patience) {
                recorder.stop(RunStopReason.CONVERGED, "improvement below " + threshold + " for " + patience + " steps");
                break;
            }
        }
        return recorder.finish(theta);
    }
}

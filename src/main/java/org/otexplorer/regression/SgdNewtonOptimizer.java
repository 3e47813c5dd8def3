package org.otexplorer.regression;

import java.util.SplittableRandom;
import org.otexplorer.derivatives.LinearModelChainRule;
import org.otexplorer.io.RegressionSpec.OptimizerSpec;

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
                (int) spec.parameter("sinkhornIterations", 200_000));
    }

    @Override
    public Trace run(RegressionData data, OptimizerSpec spec, long seed, TraceListener listener, RunControl control) {
        data.requireOneToOne(ID);
        RunRecorder recorder = new RunRecorder(ID, data, listener);
        double[][] theta = recorder.begin(Initialization.initial(data, spec, "perturbed-truth", seed));
        try {
            return stages(data, spec, seed, theta, recorder, control);
        } catch (IllegalArgumentException | IllegalStateException breakdown) {
            recorder.stop(RunStopReason.DIVERGED, breakdown.getMessage());
            return recorder.finish(theta);
        }
    }

    private static Trace stages(RegressionData data, OptimizerSpec spec, long seed, double[][] theta,
                                RunRecorder recorder, RunControl control) {
        SplittableRandom rng = new SplittableRandom(seed);
        // Newton needs an accurate plan for its Hessian; the SGD minibatches use the authors' loose threshold.
        OtLoss full = entropicLoss(spec, spec.parameter("newtonSinkhornTolerance", 1e-9));
        OtLoss batch = entropicLoss(spec, data.size());
        int sgdSteps = (int) spec.parameter("sgdSteps", 15);
        int checkEvery = Math.max(1, (int) spec.parameter("checkEvery", 5));
        int batchSize = spec.batchSize() == 0 ? 100 : spec.batchSize();
        double[][] design = data.design();
        boolean newton = false;
        for (int i = 0; i < sgdSteps && !newton; i++) {
            if (!control.awaitTurn()) {
                recorder.stop(RunStopReason.CANCELLED, "before SGD step " + (i + 1));
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

    private static Trace newtonStage(RegressionData data, OptimizerSpec spec, double[][] theta, OtLoss full,
                                     RunRecorder recorder, RunControl control) {
        double eta = spec.parameter("newtonStep", 0.25);
        double threshold = spec.parameter("improvementThreshold", 1e-4);
        int patience = (int) spec.parameter("patience", 3);
        int stagnant = 0;
        double[][] design = data.design();
        OtLoss.Evaluation e = full.evaluate(design, data.outputs(), theta, true);
        for (int j = 0; j < spec.iterations(); j++) {
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

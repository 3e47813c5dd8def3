package org.otexplorer.regression;

import org.otexplorer.io.RegressionSpec.OptimizerSpec;

/**
 * Full-batch gradient descent on the entropic objective {@code W_ε(XΘ; Y)} (the differentiation paper's
 * GD baseline, math.md §8.1): {@code Θ ← Θ − η ∇_Θ W}, optional momentum (parameter {@code momentum},
 * default 0: the paper's plain GD). Stops early once the loss falls to parameter {@code targetLoss}, or
 * once it changes by less than parameter {@code tolerance} in an iteration. ε defaults to 0.05 absolute
 * (the paper's setting for the Gaussian mixture).
 */
final class GradientDescentOptimizer extends NamedOptimizer {
    static final String ID = "gd";

    GradientDescentOptimizer() {
        super(ID);
    }

    @Override
    public Trace run(RegressionData data, OptimizerSpec spec, long seed, TraceListener listener, RunControl control) {
        double[][] design = data.design();
        RunRecorder recorder = new RunRecorder(ID, data, listener);
        double[][] theta = recorder.begin(Initialization.initial(data, spec, "perturbed-truth", seed));
        OtLoss loss = SgdNewtonOptimizer.entropicLoss(spec, data.size());
        MomentumStep step = new MomentumStep(spec.learningRate(), spec.parameter("momentum", 0), 0);
        double target = spec.parameter("targetLoss", Double.NEGATIVE_INFINITY);
        double tolerance = spec.parameter("tolerance", 0);
        OtLoss.Evaluation e = loss.evaluate(design, data.outputs(), theta, false);
        try {
            for (int it = 0; it < spec.iterations(); it++) {
                if (!control.awaitTurn()) {
                    recorder.stop(RunStopReason.CANCELLED, "before iteration " + (it + 1));
                    break;
                }
                double previous = e.value();
                double gradNorm = LinearAlgebra.norm(e.gradient());
                step.apply(theta, e.gradient());
                e = loss.evaluate(design, data.outputs(), theta, false);
                if (!recorder.record(e.value(), gradNorm, theta, "GD", null)) {
                    break;
                }
                if (e.value() <= target) {
                    recorder.stop(RunStopReason.TARGET_REACHED, "loss " + e.value() + " <= target " + target);
                    break;
                }
                if (Math.abs(previous - e.value()) < tolerance) {
                    recorder.stop(RunStopReason.CONVERGED, "loss change below tolerance " + tolerance);
                    break;
                }
            }
        } catch (IllegalArgumentException | IllegalStateException breakdown) {
            // The loss could not be evaluated any more (for instance predictions overflowed).
            recorder.stop(RunStopReason.DIVERGED, breakdown.getMessage());
        }
        return recorder.finish(theta);
    }
}

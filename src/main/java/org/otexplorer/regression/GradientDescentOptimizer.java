package org.otexplorer.regression;

import java.util.List;
import org.otexplorer.engine.Epsilon;
import org.otexplorer.parameters.Parameter;

/**
 * Full-batch gradient descent on the entropic objective {@code W_ε(XΘ; Y)} (the differentiation paper's
 * GD baseline, math.md §8.1): {@code Θ ← Θ − η ∇_Θ W}, optional momentum (parameter {@code momentum},
 * default 0: the paper's plain GD). Stops early once the loss falls to parameter {@code targetLoss}, or
 * once it changes by less than parameter {@code tolerance} in an iteration. ε defaults to 0.05 absolute
 * (the paper's setting for the Gaussian mixture).
 */
final class GradientDescentOptimizer extends NamedOptimizer {
    static final String ID = "gd";

    /** ε of the objective (the paper's 0.05, absolute). */
    static final Parameter<Epsilon> EPSILON = OptimizerParameters.epsilon(Epsilon.absolute(0.05));
    /** Θ0: the truth perturbed, as in the paper. */
    static final Parameter<String> INIT = OptimizerParameters.init("perturbed-truth");
    static final Parameter<Double> MOMENTUM = OptimizerParameters.momentum(0);
    /** Stop once the loss falls to this (0: never). */
    static final Parameter<Double> TARGET_LOSS = Parameter.real("targetLoss").atLeast(0)
            .describe("Stop once the loss falls to this value (0: never).").build();
    /** Stop once an iteration changes the loss by less than this (0: never). */
    static final Parameter<Double> TOLERANCE = Parameter.real("tolerance").atLeast(0)
            .describe("Stop once an iteration changes the loss by less than this (0: never).").build();

    GradientDescentOptimizer() {
        super(ID, "Full-batch gradient descent on the entropic OT objective (the differentiation paper's baseline).",
                List.of(OptimizerParameters.ITERATIONS, OptimizerParameters.LEARNING_RATE, EPSILON, INIT,
                        OptimizerParameters.INIT_SCALE, MOMENTUM, TARGET_LOSS, TOLERANCE,
                        SgdNewtonOptimizer.SINKHORN_TOLERANCE, SgdNewtonOptimizer.SINKHORN_ITERATIONS));
    }

    @Override
    public Trace run(RegressionData data, OptimizerSettings settings, long seed, TraceListener listener,
                     RunControl control) {
        double[][] design = data.design();
        RunRecorder recorder = new RunRecorder(ID, data, listener);
        double[][] theta = recorder.begin(Initialization.initial(data, settings, INIT, seed));
        OtLoss loss = SgdNewtonOptimizer.entropicLoss(settings, settings.get(EPSILON), data.size());
        MomentumStep step = new MomentumStep(settings.learningRate(), settings.get(MOMENTUM), 0);
        double target = settings.get(TARGET_LOSS) > 0 ? settings.get(TARGET_LOSS) : Double.NEGATIVE_INFINITY;
        double tolerance = settings.get(TOLERANCE);
        OtLoss.Evaluation e = loss.evaluate(design, data.outputs(), theta, false);
        try {
            for (int it = 0; it < settings.iterations(); it++) {
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

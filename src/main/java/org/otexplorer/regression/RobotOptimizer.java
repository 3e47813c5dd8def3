package org.otexplorer.regression;

import java.util.SplittableRandom;
import org.otexplorer.io.RegressionSpec.OptimizerSpec;

/**
 * ROBOT (Xie, Mao et al. 2021, Algorithm 3) and ROBOT-robust (§3.2): hypergradient descent on
 * {@link CorrespondenceLoss} between a minibatch of {@code batchSize} outputs and an equally large minibatch
 * of the unpaired inputs (all of them when 0), for any {@link RegressionModel} and n ≠ m, with PyTorch-style
 * SGD as the authors' code: momentum (parameter {@code momentum}, default 0.9) and weight decay
 * ({@code weightDecay}, default 5e-4). ε and the Sinkhorn policy come from {@link EntropicSettings}
 * (preset "paper" or "code"). Starts from least squares unless the spec's {@code init} says otherwise.
 */
final class RobotOptimizer extends NamedOptimizer {
    static final String ID = "robot";
    static final String ROBUST = "robot-robust";

    RobotOptimizer(String id) {
        super(id);
    }

    @Override
    public Trace run(RegressionData data, OptimizerSpec spec, long seed, TraceListener listener, RunControl control) {
        RunRecorder recorder = new RunRecorder(id(), data, listener);
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] theta = recorder.begin(Initialization.initial(data, spec, "ls", seed));
        CorrespondenceLoss loss = new CorrespondenceLoss(ROBUST.equals(id())
                ? CorrespondenceLoss.Kind.ROBUST_SINKHORN_DISTANCE : CorrespondenceLoss.Kind.SINKHORN_DISTANCE,
                EntropicSettings.of(spec));
        MomentumStep step = new MomentumStep(spec.learningRate(), spec.parameter("momentum", 0.9),
                spec.parameter("weightDecay", 5e-4));
        try {
            for (int it = 0; it < spec.iterations(); it++) {
                if (!control.awaitTurn()) {
                    recorder.stop(RunStopReason.CANCELLED, "before iteration " + (it + 1));
                    break;
                }
                int[] outputs = Minibatch.indices(data.size(), spec.batchSize(), rng);
                int[] inputs = Minibatch.indices(data.inputCount(), spec.batchSize(), rng);
                OtLoss.Evaluation e = loss.evaluate(data, outputs, inputs, theta);
                step.apply(theta, e.gradient());
                if (!recorder.record(e.value(), LinearAlgebra.norm(e.gradient()), theta, "SGD", null)) {
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

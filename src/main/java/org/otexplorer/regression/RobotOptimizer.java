package org.otexplorer.regression;

import java.util.List;
import java.util.SplittableRandom;
import org.otexplorer.engine.Epsilon;
import org.otexplorer.parameters.Parameter;

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

    /** ε: 1e-4 × max C (ROBOT App. G.1 with the code's relative convention). */
    static final Parameter<Epsilon> EPSILON = OptimizerParameters.epsilon(Epsilon.relativeToMax(1e-4));
    /** Θ0: least squares. */
    static final Parameter<String> INIT = OptimizerParameters.init("ls");
    static final Parameter<Double> MOMENTUM = OptimizerParameters.momentum(0.9);

    RobotOptimizer(String id) {
        super(id, ROBUST.equals(id) ? "ROBOT-robust: hypergradient descent on the robust (L2-relaxed) Sinkhorn "
                        + "distance, so unmatched points need not be transported."
                        : "ROBOT: hypergradient descent on the Sinkhorn distance between predictions and outputs.",
                parameters(ROBUST.equals(id)));
    }

    private static List<Parameter<?>> parameters(boolean robust) {
        List<Parameter<?>> p = new java.util.ArrayList<>(List.of(OptimizerParameters.ITERATIONS,
                OptimizerParameters.LEARNING_RATE, OptimizerParameters.BATCH_SIZE, EPSILON, INIT,
                OptimizerParameters.INIT_SCALE, OptimizerParameters.PRESET, MOMENTUM, OptimizerParameters.WEIGHT_DECAY,
                EntropicSettings.SINKHORN_ITERATIONS, EntropicSettings.SINKHORN_TOLERANCE,
                RandomSampleInitialization.SAMPLES));
        if (robust) {
            p.addAll(List.of(OptimizerParameters.RHO1, OptimizerParameters.RHO2, OptimizerParameters.ROBUST_STEP));
        }
        return p;
    }

    @Override
    public Trace run(RegressionData data, OptimizerSettings settings, long seed, TraceListener listener,
                     RunControl control) {
        RunRecorder recorder = new RunRecorder(id(), data, listener);
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] theta = recorder.begin(Initialization.initial(data, settings, INIT, seed));
        CorrespondenceLoss loss = new CorrespondenceLoss(ROBUST.equals(id())
                ? CorrespondenceLoss.Kind.ROBUST_SINKHORN_DISTANCE : CorrespondenceLoss.Kind.SINKHORN_DISTANCE,
                EntropicSettings.of(settings, EPSILON));
        MomentumStep step = new MomentumStep(settings.learningRate(), settings.get(MOMENTUM),
                settings.get(OptimizerParameters.WEIGHT_DECAY));
        try {
            for (int it = 0; it < settings.iterations(); it++) {
                if (!control.awaitTurn()) {
                    recorder.stop(RunStopReason.CANCELLED, "before iteration " + (it + 1));
                    break;
                }
                int[] outputs = Minibatch.indices(data.size(), settings.batchSize(), rng);
                int[] inputs = Minibatch.indices(data.inputCount(), settings.batchSize(), rng);
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

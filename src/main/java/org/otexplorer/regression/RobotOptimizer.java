package org.otexplorer.regression;

import java.util.SplittableRandom;
import org.otexplorer.io.RegressionSpec.OptimizerSpec;

/**
 * ROBOT (Xie, Mao et al. 2021, Algorithm 3): hypergradient descent on the Sinkhorn-distance loss
 * {@code n_b <C(Θ), P_ε(Θ)>} between the predictions XΘ of a minibatch of inputs and a minibatch of the
 * unpaired outputs, the gradient through the plan by one H-solve (math.md §6.2, §6.3), with PyTorch-style
 * SGD: momentum (parameter {@code momentum}, default 0.9) and weight decay ({@code weightDecay}, default
 * 5e-4, the authors' code). ε defaults to 0.01 × mean(C) (relative); the authors' code uses 1e-4 × max(C)
 * and 200 unconverged iterations — see the README.
 */
final class RobotOptimizer extends NamedOptimizer {
    static final String ID = "robot";

    RobotOptimizer() {
        super(ID);
    }

    @Override
    public Trace run(RegressionData data, OptimizerSpec spec, long seed, TraceListener listener, RunControl control) {
        RunRecorder recorder = new RunRecorder(ID, data, listener);
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] theta = Initialization.initial(data, spec, "ls", seed);
        OtLoss loss = new OtLoss(OtLoss.Kind.SINKHORN_DISTANCE, spec.epsilon() == null ? 0.01 : spec.epsilon(),
                spec.relativeEpsilon() == null || spec.relativeEpsilon(), spec.parameter("sinkhornTolerance", 1e-6),
                (int) spec.parameter("sinkhornIterations", 2000));
        MomentumStep step = new MomentumStep(spec.learningRate(), spec.parameter("momentum", 0.9),
                spec.parameter("weightDecay", 5e-4));
        try {
            for (int it = 0; it < spec.iterations(); it++) {
                if (!control.awaitTurn()) {
                    recorder.stop("cancelled");
                    break;
                }
                double[][] x = Minibatch.rows(data.inputs(), spec.batchSize(), rng);
                double[][] y = Minibatch.rows(data.outputs(), spec.batchSize(), rng);
                OtLoss.Evaluation e = loss.evaluate(x, y, theta, false);
                double[][] gradient = scaled(e.gradient(), x.length);
                step.apply(theta, gradient);
                if (!recorder.record(x.length * e.value(), LinearAlgebra.norm(gradient), theta, "SGD", null)) {
                    break;
                }
            }
        } catch (IllegalArgumentException | IllegalStateException breakdown) {
            // The loss could not be evaluated any more (for instance predictions overflowed).
            recorder.stop("diverged: " + breakdown.getMessage());
        }
        return recorder.finish(theta);
    }

    private static double[][] scaled(double[][] g, double factor) {
        double[][] out = LinearAlgebra.copy(g);
        for (double[] row : out) {
            for (int t = 0; t < row.length; t++) {
                row[t] *= factor;
            }
        }
        return out;
    }
}

package org.otexplorer.regression;

/**
 * The SGD update with momentum μ and weight decay λ as PyTorch applies it (the ROBOT code's optimizer):
 * {@code v ← μ v + (∇ + λΘ)}, {@code Θ ← Θ − η v}. With μ = λ = 0 it is plain gradient descent.
 */
final class MomentumStep {
    private final double learningRate;
    private final double momentum;
    private final double weightDecay;
    private double[][] velocity;

    MomentumStep(double learningRate, double momentum, double weightDecay) {
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("momentum must lie in [0, 1), got " + momentum);
        }
        if (!(weightDecay >= 0)) {
            throw new IllegalArgumentException("weightDecay must be >= 0, got " + weightDecay);
        }
        this.learningRate = learningRate;
        this.momentum = momentum;
        this.weightDecay = weightDecay;
    }

    /** Applies one step to Θ in place. */
    void apply(double[][] theta, double[][] gradient) {
        if (velocity == null) {
            velocity = new double[theta.length][theta[0].length];
        }
        for (int a = 0; a < theta.length; a++) {
            for (int t = 0; t < theta[0].length; t++) {
                velocity[a][t] = momentum * velocity[a][t] + gradient[a][t] + weightDecay * theta[a][t];
                theta[a][t] -= learningRate * velocity[a][t];
            }
        }
    }
}

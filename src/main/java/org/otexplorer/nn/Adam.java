package org.otexplorer.nn;

import java.util.List;

/**
 * Adam (Kingma and Ba 2015, Algorithm 1; math.md §15.5), with the bias-corrected moments as PyTorch's
 * {@code torch.optim.Adam} applies them: for each parameter value θ with accumulated gradient g at step t,
 * {@code m ← β1 m + (1 − β1) g}, {@code v ← β2 v + (1 − β2) g²},
 * {@code θ ← θ − lr · (m / (1 − β1^t)) / (√(v / (1 − β2^t)) + ε)}. Defaults β1 = 0.9, β2 = 0.999, ε = 1e−8.
 * {@link #step} reads the gradients and leaves them as they are; zero them before the next backward pass.
 */
public final class Adam {
    private final List<Parameter> parameters;
    private final double learningRate;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final double[][] firstMoment;
    private final double[][] secondMoment;
    private int steps;

    /** Adam with the default β1, β2 and ε. */
    public Adam(List<Parameter> parameters, double learningRate) {
        this(parameters, learningRate, 0.9, 0.999, 1e-8);
    }

    /** @throws IllegalArgumentException if the learning rate or ε is not > 0, or a β is outside [0, 1) */
    public Adam(List<Parameter> parameters, double learningRate, double beta1, double beta2, double epsilon) {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("Adam learning rate must be a finite number > 0, got " + learningRate);
        }
        if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1)) {
            throw new IllegalArgumentException("Adam betas must lie in [0, 1), got " + beta1 + " and " + beta2);
        }
        if (!(epsilon > 0)) {
            throw new IllegalArgumentException("Adam epsilon must be > 0, got " + epsilon);
        }
        this.parameters = List.copyOf(parameters);
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.firstMoment = new double[this.parameters.size()][];
        this.secondMoment = new double[this.parameters.size()][];
        for (int k = 0; k < this.parameters.size(); k++) {
            firstMoment[k] = new double[this.parameters.get(k).size()];
            secondMoment[k] = new double[this.parameters.get(k).size()];
        }
    }

    /**
     * One update of every parameter from its accumulated gradient.
     *
     * @throws IllegalStateException if a gradient is NaN or infinite (nothing is updated then)
     */
    public void step() {
        for (Parameter p : parameters) {
            for (double g : p.gradient()) {
                if (!Double.isFinite(g)) {
                    throw new IllegalStateException("Adam: the gradient of '" + p.name() + "' is not finite ("
                            + g + ")");
                }
            }
        }
        steps++;
        double correction1 = 1 - Math.pow(beta1, steps);
        double correction2 = 1 - Math.pow(beta2, steps);
        for (int k = 0; k < parameters.size(); k++) {
            double[] theta = parameters.get(k).values();
            double[] g = parameters.get(k).gradient();
            double[] m = firstMoment[k];
            double[] v = secondMoment[k];
            for (int i = 0; i < theta.length; i++) {
                m[i] = beta1 * m[i] + (1 - beta1) * g[i];
                v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
                theta[i] -= learningRate * (m[i] / correction1) / (Math.sqrt(v[i] / correction2) + epsilon);
            }
        }
    }

    /** How many steps have been taken. */
    public int steps() {
        return steps;
    }
}

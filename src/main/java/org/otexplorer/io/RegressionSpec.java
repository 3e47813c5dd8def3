package org.otexplorer.io;

import java.util.List;
import java.util.Map;

/**
 * Regression settings of a scenario: the model and the optimizers to run on the same data.
 *
 * @param model      model id, {@code "linear"}, {@code "sin"} or {@code "similarity"}; absent: the model the data were generated with
 * @param intercept  whether the linear model has an intercept
 * @param optimizers the optimizers, each with its own settings
 */
public record RegressionSpec(String model, Boolean intercept, List<OptimizerSpec> optimizers) {

    /** The model ids (the regression layer's {@code RegressionModel.ids()}). */
    public static final List<String> MODELS = List.of("linear", "sin", "similarity");

    /** Fills defaults for missing fields. */
    public RegressionSpec {
        intercept = intercept == null ? Boolean.FALSE : intercept;
        optimizers = optimizers == null ? List.of() : List.copyOf(optimizers);
    }

    void validate(String path) {
        if (model != null) {
            Fields.oneOf(path + ".model", model, MODELS);
        }
        for (int k = 0; k < optimizers.size(); k++) {
            optimizers.get(k).validate(path + ".optimizers[" + k + "]");
        }
    }

    /**
     * One optimizer run.
     *
     * @param method          optimizer id ({@code oracle}, {@code ls}, {@code am}, {@code robot}, {@code gd}, {@code sgd-newton})
     * @param iterations      iteration limit
     * @param learningRate    step size, where the method has one
     * @param batchSize       minibatch size, where the method uses minibatches (0 = full batch)
     * @param epsilon         entropic ε of the OT loss (null: the method's default)
     * @param relativeEpsilon whether ε is relative to mean(C) of the current OT problem
     * @param init            initial Θ: {@code "ls"} (least squares on the shuffled data), {@code "rs"} (random-sample
     *                        initialisation, ROBOT's code), {@code "zeros"}, {@code "random"} (initScale·N(0,1)) or
     *                        {@code "perturbed-truth"} (W* + initScale·N(0,1), the differentiation paper's start)
     * @param initScale       noise scale of {@code "perturbed-truth"}
     * @param preset          {@code "paper"} (default: the papers' settings) or {@code "code"} (the authors' code
     *                        where it differs: ROBOT's fixed 200 unconverged Sinkhorn iterations, math.md §11.4)
     * @param epsilonRelativeTo what a relative ε multiplies: {@code "mean"} (mean C, the default when ε is given)
     *                        or {@code "max"} (max C, ROBOT's convention and its default when ε is not given)
     * @param parameters      method-specific numbers, by name (momentum, weightDecay, newtonStep, patience, ...;
     *                        {@code starts} > 1 runs the method from that many initialisations, seeds seed, seed+1, …,
     *                        and keeps the run with the lowest final loss)
     */
    /** The same model with another list of optimizers. */
    public RegressionSpec withOptimizers(List<OptimizerSpec> value) {
        return new RegressionSpec(model, intercept, value);
    }

    public record OptimizerSpec(String method, Integer iterations, Double learningRate, Integer batchSize,
                                Double epsilon, Boolean relativeEpsilon, String init, Double initScale,
                                String preset, String epsilonRelativeTo, Map<String, Double> parameters) {
        /** Initial-value choices. */
        public static final java.util.List<String> INITS = java.util.List.of("ls", "rs", "zeros", "random", "perturbed-truth");
        /** Preset choices. */
        public static final java.util.List<String> PRESETS = java.util.List.of("paper", "code");
        /** What a relative ε may be relative to. */
        public static final java.util.List<String> EPSILON_REFERENCES = java.util.List.of("mean", "max");

        /** Fills defaults for missing fields. */
        public OptimizerSpec {
            iterations = iterations == null ? 100 : iterations;
            learningRate = learningRate == null ? 1e-3 : learningRate;
            batchSize = batchSize == null ? 0 : batchSize;
            initScale = initScale == null ? 1.0 : initScale;
            preset = preset == null ? "paper" : preset;
            parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        }

        /** A spec without preset and ε reference (both take their defaults). */
        public OptimizerSpec(String method, Integer iterations, Double learningRate, Integer batchSize, Double epsilon,
                             Boolean relativeEpsilon, String init, Double initScale, Map<String, Double> parameters) {
            this(method, iterations, learningRate, batchSize, epsilon, relativeEpsilon, init, initScale, null, null,
                    parameters);
        }

        /** A spec with just a method and defaults. */
        public static OptimizerSpec of(String method) {
            return new OptimizerSpec(method, null, null, null, null, null, null, null, null);
        }

        void validate(String path) {
            if (method == null || method.isBlank()) {
                throw new IllegalArgumentException(path + ".method must name an optimizer");
            }
            Fields.positive(path + ".iterations", iterations);
            Fields.positive(path + ".learningRate", learningRate);
            if (batchSize < 0) {
                throw new IllegalArgumentException(path + ".batchSize must be >= 0, got " + batchSize);
            }
            if (epsilon != null) {
                Fields.positive(path + ".epsilon", epsilon);
            }
            if (init != null) {
                Fields.oneOf(path + ".init", init, INITS);
            }
            Fields.nonNegative(path + ".initScale", initScale);
            Fields.oneOf(path + ".preset", preset, PRESETS);
            if (epsilonRelativeTo != null) {
                Fields.oneOf(path + ".epsilonRelativeTo", epsilonRelativeTo, EPSILON_REFERENCES);
            }
            Fields.finiteParameters(path, parameters);
        }

        /** A method-specific parameter, or the fallback. */
        public double parameter(String key, double fallback) {
            return Fields.parameter(parameters, key, fallback);
        }

        public OptimizerSpec withIterations(int value) {
            return new OptimizerSpec(method, value, learningRate, batchSize, epsilon, relativeEpsilon, init, initScale,
                    preset, epsilonRelativeTo, parameters);
        }
    }
}

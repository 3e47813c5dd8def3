package org.otexplorer.io;

import java.util.List;
import java.util.Map;

/**
 * Regression settings of a scenario: the model and the optimizers to run on the same data.
 *
 * @param model      model id (for instance {@code "linear"})
 * @param intercept  whether the linear model has an intercept
 * @param optimizers the optimizers, each with its own settings
 */
public record RegressionSpec(String model, Boolean intercept, List<OptimizerSpec> optimizers) {

    /** Fills defaults for missing fields. */
    public RegressionSpec {
        model = model == null ? "linear" : model;
        intercept = intercept == null ? Boolean.FALSE : intercept;
        optimizers = optimizers == null ? List.of() : List.copyOf(optimizers);
    }

    void validate(String path) {
        if (model.isBlank()) {
            throw new IllegalArgumentException(path + ".model must name a model");
        }
        for (int k = 0; k < optimizers.size(); k++) {
            optimizers.get(k).validate(path + ".optimizers[" + k + "]");
        }
    }

    /**
     * One optimizer run.
     *
     * @param method       optimizer id (for instance {@code "robot"}, {@code "am"}, {@code "ls"})
     * @param iterations   iteration limit
     * @param learningRate step size, where the method has one
     * @param batchSize    minibatch size, where the method uses minibatches (0 = full batch)
     * @param parameters   method-specific numbers, by name
     */
    public record OptimizerSpec(String method, Integer iterations, Double learningRate, Integer batchSize,
                                Map<String, Double> parameters) {
        /** Fills defaults for missing fields. */
        public OptimizerSpec {
            iterations = iterations == null ? 100 : iterations;
            learningRate = learningRate == null ? 1e-3 : learningRate;
            batchSize = batchSize == null ? 0 : batchSize;
            parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
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
        }
    }
}

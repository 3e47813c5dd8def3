package org.otexplorer.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.otexplorer.parameters.Parameter;
import org.otexplorer.parameters.ParameterType;
import org.otexplorer.parameters.ParameterValues;
import org.otexplorer.regression.Optimizer;
import org.otexplorer.regression.OptimizerSettings;
import org.otexplorer.regression.Optimizers;
import org.otexplorer.regression.RegressionModel;

/**
 * Regression settings of a scenario: the model and the optimizers to run on the same data.
 *
 * @param model      model id ({@link RegressionModel#ids()}); absent: the model the data were generated with
 * @param intercept  whether the linear model has an intercept
 * @param optimizers the optimizers, each with its own settings
 */
public record RegressionSpec(String model, Boolean intercept, List<OptimizerSpec> optimizers) {

    /** Fills defaults for missing fields. */
    public RegressionSpec {
        intercept = intercept == null ? Boolean.FALSE : intercept;
        optimizers = optimizers == null ? List.of() : List.copyOf(optimizers);
    }

    void validate(String path) {
        if (model != null) {
            Fields.oneOf(path + ".model", model, RegressionModel.ids());
        }
        for (int k = 0; k < optimizers.size(); k++) {
            optimizers.get(k).settings(path + ".optimizers[" + k + "]");
        }
    }

    /** The same model with another list of optimizers. */
    public RegressionSpec withOptimizers(List<OptimizerSpec> value) {
        return new RegressionSpec(model, intercept, value);
    }

    /**
     * One optimizer run as scenario files write it: the method, its common parameters as keys of their own and
     * the method's other parameters in {@code parameters}. Every key must be one the method declares
     * ({@link Optimizer#parameters()}); {@link #settings()} checks them and makes the run's
     * {@link OptimizerSettings}. Absent keys take the method's declared defaults; ε without
     * {@code relativeEpsilon} is relative to the mean cost, as everywhere in scenario files.
     *
     * @param method            optimizer id ({@link Optimizers#ids()})
     * @param iterations        iteration limit
     * @param learningRate      step size
     * @param batchSize         minibatch size (0 = full batch)
     * @param epsilon           ε of the method's OT loss
     * @param relativeEpsilon   whether ε is relative (absent: relative)
     * @param init              initial Θ ({@code ls}, {@code rs}, {@code zeros}, {@code random}, {@code perturbed-truth})
     * @param initScale         noise scale of the random starts
     * @param preset            {@code "paper"} or {@code "code"} (ROBOT, math.md §11.4)
     * @param epsilonRelativeTo what a relative ε multiplies: {@code "mean"} (default) or {@code "max"}
     * @param parameters        the method's other parameters, by name
     */
    public record OptimizerSpec(String method, Integer iterations, Double learningRate, Integer batchSize,
                                Double epsilon, Boolean relativeEpsilon, String init, Double initScale,
                                String preset, String epsilonRelativeTo, Map<String, Double> parameters) {
        /** Copies the parameter map. */
        public OptimizerSpec {
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

        /**
         * The run's settings, every key checked against the method's declarations.
         *
         * @throws IllegalArgumentException for an unknown method, a key the method does not take, or a value out of
         *                                  range; the message names it
         */
        public OptimizerSettings settings() {
            return settings("optimizer");
        }

        OptimizerSettings settings(String path) {
            if (method == null || method.isBlank()) {
                throw new IllegalArgumentException(path + ".method must name an optimizer; expected one of "
                        + Optimizers.ids());
            }
            Optimizer optimizer;
            try {
                optimizer = Optimizers.create(method);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(path + ".method: " + e.getMessage(), e);
            }
            Map<String, Parameter<?>> declared = new LinkedHashMap<>();
            optimizer.parameters().forEach(p -> declared.put(p.name(), p));
            Map<String, Object> given = new LinkedHashMap<>();
            given.put("iterations", iterations);
            given.put("learningRate", learningRate);
            given.put("batchSize", batchSize);
            given.put("init", init);
            given.put("initScale", initScale);
            given.put("preset", preset);
            given.put("epsilon", ParameterJson.epsilon(path, "epsilon", epsilon, relativeEpsilon, epsilonRelativeTo));
            ParameterValues values = ParameterValues.empty();
            for (Map.Entry<String, Object> e : given.entrySet()) {
                if (e.getValue() != null) {
                    values = values.withChecked(path + "." + e.getKey(), declaredOrFail(declared, path, e.getKey()),
                            e.getValue());
                }
            }
            for (Map.Entry<String, Double> e : new java.util.TreeMap<>(parameters).entrySet()) {
                String where = path + ".parameters." + e.getKey();
                if (given.containsKey(e.getKey())) {
                    throw new IllegalArgumentException(where + ": give " + e.getKey() + " as " + path + "."
                            + e.getKey());
                }
                Parameter<?> p = declaredOrFail(declared, path + ".parameters", e.getKey());
                values = values.withChecked(where, p, number(where, p, e.getValue()));
            }
            return new OptimizerSettings(method, values);
        }

        private Parameter<?> declaredOrFail(Map<String, Parameter<?>> declared, String path, String key) {
            Parameter<?> p = declared.get(key);
            if (p == null) {
                List<String> names = new ArrayList<>(declared.keySet());
                throw new IllegalArgumentException(path + "." + key + ": " + method + " has no parameter '" + key
                        + "'; it takes " + String.join(", ", names));
            }
            return p;
        }

        private static Object number(String path, Parameter<?> p, Double v) {
            if (v == null || !Double.isFinite(v)) {
                throw new IllegalArgumentException(path + " must be a finite number, got " + v);
            }
            if (p.type() == ParameterType.INTEGER) {
                if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
                    throw new IllegalArgumentException(path + " must be an integer, got " + v);
                }
                return (int) Math.round(v);
            }
            return v;
        }

        /** A copy with another iteration limit. */
        public OptimizerSpec withIterations(int value) {
            return new OptimizerSpec(method, value, learningRate, batchSize, epsilon, relativeEpsilon, init, initScale,
                    preset, epsilonRelativeTo, parameters);
        }
    }
}

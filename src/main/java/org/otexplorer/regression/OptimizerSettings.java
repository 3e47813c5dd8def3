package org.otexplorer.regression;

import java.util.Objects;
import org.otexplorer.parameters.Parameter;
import org.otexplorer.parameters.ParameterValues;

/**
 * The settings of one optimizer run: the method id and the values of its declared parameters
 * ({@link Optimizer#parameters()}; a parameter not set reads as the method's default). Scenario files map to it
 * ({@code io.RegressionSpec.OptimizerSpec#settings}), which rejects unknown methods and parameters.
 *
 * @param method the optimizer id
 * @param values the parameter values set
 */
public record OptimizerSettings(String method, ParameterValues values) {
    /** Checks the method is named. */
    public OptimizerSettings {
        Objects.requireNonNull(method, "method");
        values = values == null ? ParameterValues.empty() : values;
    }

    /** A run of {@code method} with every parameter at its default. */
    public static OptimizerSettings of(String method) {
        return new OptimizerSettings(method, ParameterValues.empty());
    }

    /** A parameter's value (its default when not set). */
    public <T> T get(Parameter<T> p) {
        return values.get(p);
    }

    /** Whether a value was set for {@code p}. */
    public boolean isSet(Parameter<?> p) {
        return values.isSet(p);
    }

    /** A copy with a parameter set, checked against its declaration. */
    public <T> OptimizerSettings with(Parameter<T> p, T value) {
        return new OptimizerSettings(method, values.with(p, value));
    }

    /** The iteration limit. */
    public int iterations() {
        return get(OptimizerParameters.ITERATIONS);
    }

    /** The step size. */
    public double learningRate() {
        return get(OptimizerParameters.LEARNING_RATE);
    }

    /** Rows per minibatch (0: full batch). */
    public int batchSize() {
        return get(OptimizerParameters.BATCH_SIZE);
    }

    /** The noise scale of the random starts. */
    public double initScale() {
        return get(OptimizerParameters.INIT_SCALE);
    }
}

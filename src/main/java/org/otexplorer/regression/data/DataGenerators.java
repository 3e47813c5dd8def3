package org.otexplorer.regression.data;

import java.util.List;
import org.otexplorer.io.DataSpec;
import org.otexplorer.regression.RegressionData;

/** The registry of regression data generators, keyed by the scenario's {@code data.generator} id. */
public final class DataGenerators {
    private DataGenerators() {
    }

    /** The generator ids this build knows. */
    public static List<String> ids() {
        return List.of(UnlabeledSensing.ID, GaussianMixtureRegression.ID);
    }

    /**
     * Generates the data set a spec describes; the same spec and seed give the same data everywhere.
     *
     * @throws IllegalArgumentException for an unknown generator or out-of-range parameters
     */
    public static RegressionData create(DataSpec spec, long seed) {
        if (spec.n() <= 0 || spec.d() <= 0) {
            throw new IllegalArgumentException("data.n and data.d must be > 0, got " + spec.n() + " and " + spec.d());
        }
        if (spec.parameter("testSize", spec.n()) < 1) {
            throw new IllegalArgumentException("data.parameters.testSize must be >= 1");
        }
        return switch (spec.generator()) {
            case UnlabeledSensing.ID -> UnlabeledSensing.generate(spec, seed);
            case GaussianMixtureRegression.ID -> GaussianMixtureRegression.generate(spec, seed);
            default -> throw new IllegalArgumentException("data.generator must be one of " + ids() + ", got '"
                    + spec.generator() + "'");
        };
    }
}

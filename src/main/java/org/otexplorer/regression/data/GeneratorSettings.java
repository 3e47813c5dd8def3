package org.otexplorer.regression.data;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a data generator reads: its id, the common sizes and fractions, and its own numbers by name (scenario
 * files map their {@code data} section to it, {@code io.DataSpec#generatorSettings}). Ranges are checked by
 * {@link DataGenerators#create}.
 *
 * @param generator       generator id ({@link DataGenerators#ids()})
 * @param n               number of samples
 * @param m               number of target points (defaults to n)
 * @param d               dimension
 * @param noise           noise standard deviation
 * @param shuffleFraction fraction of the correspondence that is lost, in [0, 1]
 * @param outlierFraction fraction of points with no partner, in [0, 1]
 * @param parameters      generator-specific numbers, by name
 */
public record GeneratorSettings(String generator, Integer n, Integer m, Integer d, Double noise,
                                Double shuffleFraction, Double outlierFraction, Map<String, Double> parameters) {
    /** Fills defaults for missing fields (60 samples in two dimensions, noise 0.1, all pairs shuffled). */
    public GeneratorSettings {
        n = n == null ? 60 : n;
        m = m == null ? n : m;
        d = d == null ? 2 : d;
        noise = noise == null ? 0.1 : noise;
        shuffleFraction = shuffleFraction == null ? 1.0 : shuffleFraction;
        outlierFraction = outlierFraction == null ? 0.0 : outlierFraction;
        parameters = parameters == null ? Map.of() : Map.copyOf(new TreeMap<>(parameters));
    }

    /** A generator-specific parameter, or the fallback when absent. */
    public double parameter(String key, double fallback) {
        Double v = parameters.get(key);
        return v == null ? fallback : v;
    }
}

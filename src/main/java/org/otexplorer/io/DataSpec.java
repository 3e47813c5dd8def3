package org.otexplorer.io;

import java.util.Map;
import java.util.TreeMap;
import org.otexplorer.regression.data.GeneratorSettings;

/**
 * Data settings of a scenario: the generator id and its parameters. Common parameters have fields;
 * generator-specific ones go in {@code parameters}. The layer that builds the data checks the generator
 * id and the generator-specific parameters; this record checks the common ranges.
 *
 * @param generator       generator id (for instance {@code "gaussian-blobs"} or {@code "unlabeled-sensing"})
 * @param n               number of source points / samples
 * @param m               number of target points (defaults to n)
 * @param d               dimension
 * @param noise           noise standard deviation
 * @param shuffleFraction fraction of the correspondence that is lost, in [0, 1]
 * @param outlierFraction fraction of points with no partner, in [0, 1]
 * @param parameters      generator-specific numbers, by name
 * @param files           CSV files for the {@code csv} generator, by role (e.g. "inputs", "outputs", "truth"),
 *                        relative to the scenario file
 */
public record DataSpec(String generator, Integer n, Integer m, Integer d, Double noise, Double shuffleFraction,
                       Double outlierFraction, Map<String, Double> parameters, Map<String, String> files) {

    /** The most points on either side: the dense cost matrix of n × m entries must fit in memory. */
    public static final int MAX_POINTS = 10_000;
    /** The largest dimension. */
    public static final int MAX_DIMENSION = 1_000;

    /** Fills defaults for missing fields. */
    public DataSpec {
        generator = generator == null ? "gaussian-blobs" : generator;
        n = n == null ? 60 : n;
        m = m == null ? n : m;
        d = d == null ? 2 : d;
        noise = noise == null ? 0.1 : noise;
        shuffleFraction = shuffleFraction == null ? 1.0 : shuffleFraction;
        outlierFraction = outlierFraction == null ? 0.0 : outlierFraction;
        parameters = parameters == null ? Map.of() : Map.copyOf(new TreeMap<>(parameters));
        files = files == null ? Map.of() : Map.copyOf(new TreeMap<>(files));
    }

    /** Defaults: 60 points in two dimensions. */
    public static DataSpec defaults() {
        return new DataSpec(null, null, null, null, null, null, null, null, null);
    }

    void validate(String path) {
        if (generator.isBlank()) {
            throw new IllegalArgumentException(path + ".generator must name a generator");
        }
        Fields.between(path + ".n", n, 1, MAX_POINTS);
        Fields.between(path + ".m", m, 1, MAX_POINTS);
        Fields.between(path + ".d", d, 1, MAX_DIMENSION);
        Fields.nonNegative(path + ".noise", noise);
        Fields.fraction(path + ".shuffleFraction", shuffleFraction);
        Fields.fraction(path + ".outlierFraction", outlierFraction);
        Fields.finiteParameters(path, parameters);
    }

    /** What a regression data generator reads of this section. */
    public GeneratorSettings generatorSettings() {
        return new GeneratorSettings(generator, n, m, d, noise, shuffleFraction, outlierFraction, parameters);
    }

    /** A generator-specific parameter, or the fallback when absent. */
    public double parameter(String key, double fallback) {
        return Fields.parameter(parameters, key, fallback);
    }

    public DataSpec withSizes(int newN, int newM, int newD) {
        return new DataSpec(generator, newN, newM, newD, noise, shuffleFraction, outlierFraction, parameters, files);
    }

    public DataSpec withGenerator(String value) {
        return new DataSpec(value, n, m, d, noise, shuffleFraction, outlierFraction, parameters, files);
    }

    public DataSpec withNoise(double value) {
        return new DataSpec(generator, n, m, d, value, shuffleFraction, outlierFraction, parameters, files);
    }

    public DataSpec withFractions(double shuffle, double outliers) {
        return new DataSpec(generator, n, m, d, noise, shuffle, outliers, parameters, files);
    }
}

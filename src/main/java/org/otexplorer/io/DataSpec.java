package org.otexplorer.io;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
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
 * @param points          the points and weights of the {@value #POINTS} generator, written in the file; absent for
 *                        every other generator (n, m and d are then the points' counts and dimension)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DataSpec(String generator, Integer n, Integer m, Integer d, Double noise, Double shuffleFraction,
                       Double outlierFraction, Map<String, Double> parameters, Map<String, String> files,
                       InlinePoints points) {
    /** The generator whose points are written in the scenario ({@link #points}): edited data. */
    public static final String POINTS = "points";

    /** The most points on either side: the dense cost matrix of n × m entries must fit in memory. */
    public static final int MAX_POINTS = 10_000;
    /** The largest dimension. */
    public static final int MAX_DIMENSION = 1_000;

    /** Fills defaults for missing fields (n, m and d from the points when there are points). */
    @JsonCreator
    public DataSpec {
        generator = generator == null ? (points == null ? "gaussian-blobs" : POINTS) : generator;
        n = n == null ? (points == null ? 60 : points.n()) : n;
        m = m == null ? (points == null ? n : points.m()) : m;
        d = d == null ? (points == null ? 2 : points.d()) : d;
        noise = noise == null ? 0.1 : noise;
        shuffleFraction = shuffleFraction == null ? 1.0 : shuffleFraction;
        outlierFraction = outlierFraction == null ? 0.0 : outlierFraction;
        parameters = parameters == null ? Map.of() : Map.copyOf(new TreeMap<>(parameters));
        files = files == null ? Map.of() : Map.copyOf(new TreeMap<>(files));
    }

    /** Settings of a generator, without points written in the file. */
    public DataSpec(String generator, Integer n, Integer m, Integer d, Double noise, Double shuffleFraction,
                    Double outlierFraction, Map<String, Double> parameters, Map<String, String> files) {
        this(generator, n, m, d, noise, shuffleFraction, outlierFraction, parameters, files, null);
    }

    /** Defaults: 60 points in two dimensions. */
    public static DataSpec defaults() {
        return new DataSpec(null, null, null, null, null, null, null, null, null, null);
    }

    void validate(String path) {
        if (generator.isBlank()) {
            throw new IllegalArgumentException(path + ".generator must name a generator");
        }
        if (POINTS.equals(generator) != (points != null)) {
            throw new IllegalArgumentException(points == null ? path + ".points: the " + POINTS
                    + " generator needs the points" : path + ".points belong to the " + POINTS + " generator, not '"
                    + generator + "'");
        }
        if (points != null) {
            points.validate(path + ".points");
            matches(path + ".n", n, points.n());
            matches(path + ".m", m, points.m());
            matches(path + ".d", d, points.d());
        }
        Fields.between(path + ".n", n, 1, MAX_POINTS);
        Fields.between(path + ".m", m, 1, MAX_POINTS);
        Fields.between(path + ".d", d, 1, MAX_DIMENSION);
        Fields.nonNegative(path + ".noise", noise);
        Fields.fraction(path + ".shuffleFraction", shuffleFraction);
        Fields.fraction(path + ".outlierFraction", outlierFraction);
        Fields.finiteParameters(path, parameters);
    }

    private static void matches(String path, int given, int counted) {
        if (given != counted) {
            throw new IllegalArgumentException(path + " is " + given + " but the points say " + counted);
        }
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
        return new DataSpec(generator, newN, newM, newD, noise, shuffleFraction, outlierFraction, parameters, files,
                points);
    }

    /** Another generator; the points written in the file go unless it is {@value #POINTS} again. */
    public DataSpec withGenerator(String value) {
        return new DataSpec(value, n, m, d, noise, shuffleFraction, outlierFraction, parameters, files,
                POINTS.equals(value) ? points : null);
    }

    public DataSpec withNoise(double value) {
        return new DataSpec(generator, n, m, d, value, shuffleFraction, outlierFraction, parameters, files, points);
    }

    public DataSpec withFractions(double shuffle, double outliers) {
        return new DataSpec(generator, n, m, d, noise, shuffle, outliers, parameters, files, points);
    }

    /**
     * The {@value #POINTS} generator on these points (n, m and d follow them); the other settings are kept, so that
     * switching back to a generator finds them.
     */
    public DataSpec withPoints(InlinePoints value) {
        return new DataSpec(POINTS, value.n(), value.m(), value.d(), noise, shuffleFraction, outlierFraction,
                parameters, files, value);
    }
}

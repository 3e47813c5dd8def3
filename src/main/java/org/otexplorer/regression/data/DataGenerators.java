package org.otexplorer.regression.data;

import java.util.List;
import org.otexplorer.regression.RegressionData;

/**
 * The registry of regression data generators, keyed by the scenario's {@code data.generator} id. Every
 * generator draws from one {@link java.util.SplittableRandom} seeded with the scenario's seed, so the same
 * spec and seed give the same data on every machine. (The 2-D OT teaching clouds live in the service's
 * {@code DemoPointClouds}, which also draws these data sets' OT view.)
 */
public final class DataGenerators {
    private DataGenerators() {
    }

    /** The generator ids this build knows. When unsure, use {@code "unlabeled-sensing"}. */
    public static List<String> ids() {
        return List.of(UnlabeledSensing.ID, TwoPlatform.LINEAR_ID, TwoPlatform.SIN_ID, GaussianMixtureRegression.ID,
                PointCloudRegistration.ID, FlowCytometry.ID, PartialCorrespondence.ID, CsvData.ID);
    }

    /**
     * Generates the data set the settings describe; the same settings and seed give the same data everywhere.
     * The {@code regression-csv} generator reads files: {@code io} builds its data ({@link CsvData#of}).
     *
     * @throws IllegalArgumentException for an unknown generator or out-of-range parameters (the message names them)
     */
    public static RegressionData create(GeneratorSettings spec, long seed) {
        requireCommonRanges(spec);
        return switch (spec.generator()) {
            case UnlabeledSensing.ID -> UnlabeledSensing.generate(spec, seed);
            case TwoPlatform.LINEAR_ID -> TwoPlatform.generate(spec, seed, false);
            case TwoPlatform.SIN_ID -> TwoPlatform.generate(spec, seed, true);
            case GaussianMixtureRegression.ID -> GaussianMixtureRegression.generate(spec, seed);
            case PointCloudRegistration.ID -> PointCloudRegistration.generate(spec, seed);
            case FlowCytometry.ID -> FlowCytometry.generate(spec, seed);
            case PartialCorrespondence.ID -> PartialCorrespondence.generate(spec, seed);
            case CsvData.ID -> throw new IllegalArgumentException("the " + CsvData.ID + " generator reads its data "
                    + "from files; give data.files");
            default -> throw new IllegalArgumentException("data.generator must be one of " + ids() + ", got '"
                    + spec.generator() + "'");
        };
    }

    /** A positive integer parameter, or the fallback. */
    static int positiveInt(GeneratorSettings spec, String key, int fallback) {
        double v = spec.parameter(key, fallback);
        if (v < 1 || v != Math.rint(v)) {
            throw new IllegalArgumentException("data.parameters." + key + " must be a positive integer, got " + v);
        }
        return (int) v;
    }

    private static void requireCommonRanges(GeneratorSettings spec) {
        for (Object[] f : new Object[][] {{"n", spec.n()}, {"m", spec.m()}, {"d", spec.d()}}) {
            if ((Integer) f[1] <= 0) {
                throw new IllegalArgumentException("data." + f[0] + " must be > 0, got " + f[1]);
            }
        }
        if (!(spec.noise() >= 0) || Double.isInfinite(spec.noise())) {
            throw new IllegalArgumentException("data.noise must be a finite number >= 0, got " + spec.noise());
        }
        if (!(spec.shuffleFraction() >= 0 && spec.shuffleFraction() <= 1)) {
            throw new IllegalArgumentException("data.shuffleFraction must lie in [0, 1], got " + spec.shuffleFraction());
        }
        if (!(spec.outlierFraction() >= 0 && spec.outlierFraction() <= 1)) {
            throw new IllegalArgumentException("data.outlierFraction must lie in [0, 1], got " + spec.outlierFraction());
        }
    }
}

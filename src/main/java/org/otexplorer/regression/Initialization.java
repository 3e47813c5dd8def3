package org.otexplorer.regression;

import java.util.SplittableRandom;
import org.otexplorer.engine.PointClouds;
import org.otexplorer.parameters.Parameter;

/** Initial parameters Θ0 of an optimizer run, from the method's declared {@code init} (and {@code initScale}). */
final class Initialization {
    private Initialization() {
    }

    static double[][] initial(RegressionData data, OptimizerSettings settings, Parameter<String> initParameter,
                              long seed) {
        String init = settings.get(initParameter);
        int rows = data.model().parameterRows(data.features());
        int q = data.responses();
        return switch (init) {
            case "zeros" -> new double[rows][q];
            case "random" -> perturbed(new double[rows][q], settings.initScale(), seed);
            case "ls" -> LeastSquaresFit.fit(data.model(), data.naivePairs(), new double[rows][q]);
            case "rs" -> RandomSampleInitialization.estimate(data, settings, seed);
            case "perturbed-truth" -> {
                if (data.trueParameters() == null) {
                    throw new IllegalArgumentException("init 'perturbed-truth' needs known true parameters");
                }
                yield perturbed(LinearAlgebra.copy(data.trueParameters()), settings.initScale(), seed);
            }
            default -> throw new IllegalArgumentException("unknown init '" + init + "'");
        };
    }

    /** Θ + scale·N(0,1) entrywise, in place. */
    private static double[][] perturbed(double[][] theta, double scale, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        for (double[] row : theta) {
            for (int t = 0; t < row.length; t++) {
                row[t] += scale * PointClouds.standardNormal(rng);
            }
        }
        return theta;
    }
}

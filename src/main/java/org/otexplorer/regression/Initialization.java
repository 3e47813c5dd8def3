package org.otexplorer.regression;

import java.util.SplittableRandom;
import org.otexplorer.engine.PointClouds;
import org.otexplorer.io.RegressionSpec.OptimizerSpec;

/** Initial parameters Θ0 of an optimizer run, from the spec's {@code init} (or the method's default). */
final class Initialization {
    private Initialization() {
    }

    static double[][] initial(RegressionData data, OptimizerSpec spec, String fallback, long seed) {
        String init = spec.init() == null ? fallback : spec.init();
        int rows = data.model().parameterRows(data.features());
        int q = data.responses();
        return switch (init) {
            case "zeros" -> new double[rows][q];
            case "random" -> perturbed(new double[rows][q], spec.initScale(), seed);
            case "ls" -> LeastSquaresFit.fit(data.model(), data.naivePairs(), new double[rows][q]);
            case "rs" -> RandomSampleInitialization.estimate(data, spec, seed);
            case "perturbed-truth" -> {
                if (data.trueParameters() == null) {
                    throw new IllegalArgumentException("init 'perturbed-truth' needs known true parameters");
                }
                yield perturbed(LinearAlgebra.copy(data.trueParameters()), spec.initScale(), seed);
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

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
        int p = data.features();
        int q = data.responses();
        return switch (init) {
            case "zeros" -> new double[p][q];
            case "ls" -> LinearAlgebra.leastSquares(data.inputs(), data.outputs(), 1e-10);
            case "rs" -> RandomSampleInitialization.estimate(data, spec, seed);
            case "perturbed-truth" -> {
                SplittableRandom rng = new SplittableRandom(seed);
                double[][] theta = LinearAlgebra.copy(data.trueParameters());
                for (double[] row : theta) {
                    for (int t = 0; t < q; t++) {
                        row[t] += spec.initScale() * PointClouds.standardNormal(rng);
                    }
                }
                yield theta;
            }
            default -> throw new IllegalArgumentException("unknown init '" + init + "'");
        };
    }
}

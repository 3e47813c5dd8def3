package org.otexplorer.regression;

import org.otexplorer.io.RegressionSpec.OptimizerSpec;

/**
 * The closed-form baselines of ROBOT §4: {@code oracle} (least squares with the true pairing) and
 * {@code ls} (least squares pretending the shuffled data are aligned). One iteration each.
 */
final class ClosedFormOptimizer extends NamedOptimizer {
    static final String ORACLE = "oracle";
    static final String LEAST_SQUARES = "ls";

    ClosedFormOptimizer(String id) {
        super(id);
    }

    @Override
    public Trace run(RegressionData data, OptimizerSpec spec, long seed, TraceListener listener, RunControl control) {
        RunRecorder recorder = new RunRecorder(id(), data, listener);
        double[][] y = ORACLE.equals(id()) ? data.alignedOutputs() : data.outputs();
        double[][] theta = LinearAlgebra.leastSquares(data.inputs(), y, 0);
        if (!control.awaitTurn()) {
            recorder.stop("cancelled");
            return recorder.finish(theta);
        }
        recorder.record(meanSquaredResidual(data.inputs(), y, theta), 0, theta, "closed-form", null);
        recorder.stop("converged");
        return recorder.finish(theta);
    }

    /** {@code (1/n) ||XΘ − Y||²}. */
    static double meanSquaredResidual(double[][] x, double[][] y, double[][] theta) {
        double[][] pred = LinearAlgebra.multiply(x, theta);
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            for (int t = 0; t < y[0].length; t++) {
                double r = pred[i][t] - y[i][t];
                s += r * r;
            }
        }
        return s / y.length;
    }
}

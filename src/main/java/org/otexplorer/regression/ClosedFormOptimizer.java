package org.otexplorer.regression;

import org.otexplorer.io.RegressionSpec.OptimizerSpec;

/**
 * The least-squares baselines of ROBOT §4: {@code oracle} (least squares on the true pairs) and {@code ls}
 * (least squares pretending output i belongs to input i). Closed form for the linear model (one iteration),
 * Levenberg–Marquardt from the spec's {@code init} (default zeros) for nonlinear models ({@link LeastSquaresFit}).
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
        RegressionData.Pairs pairs = ORACLE.equals(id()) ? data.truePairs() : data.naivePairs();
        double[][] start = data.model().isLinear() ? null : Initialization.initial(data, spec, "zeros", seed);
        double[][] theta = LeastSquaresFit.fit(data.model(), pairs, start);
        if (!control.awaitTurn()) {
            recorder.stop(RunStopReason.CANCELLED, "before the fit was recorded");
            return recorder.finish(theta);
        }
        double loss = LeastSquaresFit.meanSquaredResidual(data.model(), pairs.inputs(), pairs.outputs(), theta);
        if (recorder.record(loss, 0, theta, "closed-form", null)) {
            recorder.stop(RunStopReason.CONVERGED, data.model().isLinear() ? "closed-form least squares"
                    : "Levenberg–Marquardt least squares");
        }
        return recorder.finish(theta);
    }
}

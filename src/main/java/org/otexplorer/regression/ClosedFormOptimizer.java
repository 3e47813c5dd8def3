package org.otexplorer.regression;

import java.util.List;
import org.otexplorer.parameters.Parameter;

/**
 * The least-squares baselines of ROBOT §4: {@code oracle} (least squares on the true pairs) and {@code ls}
 * (least squares pretending output i belongs to input i). Closed form for the linear model (one iteration),
 * Levenberg–Marquardt from the spec's {@code init} (default zeros) for nonlinear models ({@link LeastSquaresFit}).
 */
final class ClosedFormOptimizer extends NamedOptimizer {
    static final String ORACLE = "oracle";
    static final String LEAST_SQUARES = "ls";

    /** Θ0 of the Levenberg–Marquardt fit of nonlinear models. */
    static final Parameter<String> INIT = OptimizerParameters.init("zeros");

    ClosedFormOptimizer(String id) {
        super(id, ORACLE.equals(id) ? "Least squares on the true pairs: what knowing the correspondence gives."
                : "Least squares pretending output i belongs to input i: what ignoring the shuffle costs.",
                List.of(INIT, OptimizerParameters.INIT_SCALE));
    }

    @Override
    public Trace run(RegressionData data, OptimizerSettings settings, long seed, TraceListener listener,
                     RunControl control) {
        RunRecorder recorder = new RunRecorder(id(), data, listener);
        RegressionData.Pairs pairs = ORACLE.equals(id()) ? data.truePairs() : data.naivePairs();
        double[][] start = data.model().isLinear() ? null : Initialization.initial(data, settings, INIT, seed);
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

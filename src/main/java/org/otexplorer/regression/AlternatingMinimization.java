package org.otexplorer.regression;

import java.util.Arrays;
import org.otexplorer.engine.AssignmentSolver;
import org.otexplorer.io.RegressionSpec.OptimizerSpec;

/**
 * Alternating minimization (ROBOT's AM baseline): from Θ0 (least squares by default), alternate the exact
 * assignment step — the permutation σ minimising {@code Σ_i ||ŷ_i − y_σ(i)||²} (Jonker–Volgenant) — and
 * the least-squares step on the re-paired data, until the assignment no longer changes.
 */
final class AlternatingMinimization extends NamedOptimizer {
    static final String ID = "am";

    AlternatingMinimization() {
        super(ID);
    }

    @Override
    public Trace run(RegressionData data, OptimizerSpec spec, long seed, TraceListener listener, RunControl control) {
        RunRecorder recorder = new RunRecorder(ID, data, listener);
        double[][] x = data.design();
        double[][] y = data.outputs();
        int n = x.length;
        double[][] theta = Initialization.initial(data, spec, "ls", seed);
        int[] previous = null;
        for (int it = 0; it < spec.iterations(); it++) {
            if (!control.awaitTurn()) {
                recorder.stop("cancelled");
                break;
            }
            double[] cost = LinearAlgebra.pairwiseSquaredResiduals(x, y, theta);
            int[] assignment = AssignmentSolver.solveAssignment(cost, n);
            double[][] paired = new double[n][];
            for (int i = 0; i < n; i++) {
                paired[i] = y[assignment[i]];
            }
            theta = LinearAlgebra.leastSquares(x, paired, 0);
            if (!recorder.record(LeastSquaresFit.meanSquaredResidual(data.model(), data.inputs(), paired, theta), 0,
                    theta, "assignment", null)) {
                break;
            }
            if (Arrays.equals(assignment, previous)) {
                recorder.stop("converged: the assignment no longer changes");
                break;
            }
            previous = assignment;
        }
        return recorder.finish(theta);
    }
}

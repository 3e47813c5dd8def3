package org.otexplorer.regression;

import java.util.Arrays;
import java.util.List;
import org.otexplorer.engine.AssignmentSolver;
import org.otexplorer.parameters.Parameter;

/**
 * Alternating minimization (ROBOT's AM baseline): from Θ0 (least squares by default), alternate the exact
 * assignment step — the permutation σ minimising {@code Σ_i ||ŷ_i − y_σ(i)||²} — and the least-squares step
 * on the re-paired data, until the assignment no longer changes. With one response the assignment step sorts
 * (for a convex cost of a difference in 1-D the monotone pairing is optimal), otherwise it runs
 * Jonker–Volgenant.
 */
final class AlternatingMinimization extends NamedOptimizer {
    static final String ID = "am";

    /** Θ0 (least squares by default). */
    static final Parameter<String> INIT = OptimizerParameters.init("ls");

    AlternatingMinimization() {
        super(ID, "Alternating minimization: exact assignment, then least squares on the re-paired data.",
                List.of(OptimizerParameters.ITERATIONS, INIT, OptimizerParameters.INIT_SCALE,
                        RandomSampleInitialization.SAMPLES));
    }

    @Override
    public Trace run(RegressionData data, OptimizerSettings settings, long seed, TraceListener listener,
                     RunControl control) {
        RunRecorder recorder = new RunRecorder(ID, data, listener);
        double[][] x = data.design();
        double[][] theta = recorder.begin(Initialization.initial(data, settings, INIT, seed));
        int[] previous = null;
        for (int it = 0; it < settings.iterations(); it++) {
            if (!control.awaitTurn()) {
                recorder.stop(RunStopReason.CANCELLED, "before iteration " + (it + 1));
                break;
            }
            int[] assignment = assignmentStep(x, data.outputs(), theta);
            double[][] paired = paired(data.outputs(), assignment);
            theta = LinearAlgebra.leastSquares(x, paired, 0);
            if (!recorder.record(LeastSquaresFit.meanSquaredResidual(data.model(), data.inputs(), paired, theta), 0,
                    theta, "assignment", null)) {
                break;
            }
            if (Arrays.equals(assignment, previous)) {
                recorder.stop(RunStopReason.CONVERGED, "the assignment no longer changes");
                break;
            }
            previous = assignment;
        }
        return recorder.finish(theta);
    }

    /** The outputs re-paired to the rows by the best assignment for Θ. */
    static double[][] pairedOutputs(RegressionData data, double[][] theta) {
        return paired(data.outputs(), assignmentStep(data.design(), data.outputs(), theta));
    }

    private static double[][] paired(double[][] y, int[] assignment) {
        double[][] paired = new double[assignment.length][];
        for (int i = 0; i < assignment.length; i++) {
            paired[i] = y[assignment[i]];
        }
        return paired;
    }

    /** σ with σ(i) the response paired to row i: sorted-to-sorted for one response, else an exact assignment. */
    static int[] assignmentStep(double[][] x, double[][] y, double[][] theta) {
        int n = x.length;
        if (y[0].length != 1) {
            return AssignmentSolver.solveAssignment(LinearAlgebra.pairwiseSquaredResiduals(x, y, theta), n);
        }
        double[][] predictions = LinearAlgebra.multiply(x, theta);
        Integer[] byPrediction = sortedIndices(n, i -> predictions[i][0]);
        Integer[] byResponse = sortedIndices(n, i -> y[i][0]);
        int[] assignment = new int[n];
        for (int k = 0; k < n; k++) {
            assignment[byPrediction[k]] = byResponse[k];
        }
        return assignment;
    }

    private static Integer[] sortedIndices(int n, java.util.function.IntToDoubleFunction key) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, java.util.Comparator.comparingDouble(key::applyAsDouble));
        return order;
    }
}

package org.otexplorer.regression;

/**
 * One optimizer iteration as the traces record it (issue contract; JSON keys of {@code otx fit}).
 *
 * @param iteration            1-based iteration
 * @param loss                 the optimizer's own loss at the new parameters
 * @param gradNorm             Frobenius norm of the gradient used (0 for closed-form steps)
 * @param parameterError       {@code ||Θ − W*||/||W*||}, {@code null} when W* is unknown
 * @param relativeTestError    {@code Σ(ŷ − y)²/Σ(y − ȳ)²} on the held-out pairs, {@code null} without a test set
 * @param step                 step kind: {@code "closed-form"}, {@code "assignment"}, {@code "SGD"}, {@code "GD"}, {@code "Newton"}, {@code "modified Newton"}
 * @param minHessianEigenvalue smallest eigenvalue of the parameter Hessian when computed, else {@code null}
 * @param elapsedMs            milliseconds since the run started
 */
public record TraceEntry(int iteration, double loss, double gradNorm, Double parameterError, Double relativeTestError,
                         String step, Double minHessianEigenvalue, double elapsedMs) {
}

package org.otexplorer.regression;

import org.otexplorer.engine.TransportProblem;
import org.otexplorer.io.RegressionSpec.OptimizerSpec;

/**
 * The entropic-OT settings of a ROBOT run, resolved from an optimizer spec and its preset (math.md §11).
 * Preset {@code "paper"} (default): ε = 1e-4·max C (ROBOT App. G.1 with the code's relative convention), Sinkhorn
 * converged to {@code sinkhornTolerance} (1e-9) so that the implicit hypergradient of Theorem 3 holds: at most
 * {@code sinkhornIterations} (1000) Sinkhorn sweeps, then, for the balanced loss, Newton steps on the dual.
 * Preset {@code "code"}: the same ε, but a fixed {@code sinkhornIterations} (200) log-domain iterations from zero
 * potentials with no convergence test, as {@code RWOC/sinkhorn.py} runs. A given {@code epsilon} is
 * relative to mean C (DESIGN.md's convention) unless {@code epsilonRelativeTo} says {@code "max"} or
 * {@code relativeEpsilon} is false; ρ1, ρ2 (default 0.1) and the robust
 * step η (default 1e-3) are the robust solver's (math.md §11.2).
 *
 * @param epsilon          ε, absolute or relative
 * @param reference        {@code "absolute"}, {@code "mean"} or {@code "max"}: what ε is relative to
 * @param tolerance        Sinkhorn tolerance on the marginal error
 * @param maxIterations    Sinkhorn iteration limit
 * @param fixedIterations  whether to run exactly {@code maxIterations} unconverged iterations (the code preset)
 * @param rho1             robust radius of the output marginal
 * @param rho2             robust radius of the input marginal
 * @param robustStep       projected-gradient step η of the robust marginals
 */
record EntropicSettings(double epsilon, String reference, double tolerance, int maxIterations,
                        boolean fixedIterations, double rho1, double rho2, double robustStep) {

    static EntropicSettings of(OptimizerSpec spec) {
        boolean code = "code".equals(spec.preset());
        boolean given = spec.epsilon() != null;
        String reference = spec.relativeEpsilon() != null && !spec.relativeEpsilon() ? "absolute"
                : spec.epsilonRelativeTo() != null ? spec.epsilonRelativeTo() : given ? "mean" : "max";
        double eps = given ? spec.epsilon() : 1e-4;
        int iterations = (int) spec.parameter("sinkhornIterations", code ? 200 : 1_000);
        return new EntropicSettings(eps, reference, spec.parameter("sinkhornTolerance", 1e-9), iterations, code,
                spec.parameter("rho1", 0.1), spec.parameter("rho2", 0.1), spec.parameter("robustStep", 1e-3));
    }

    /** The absolute ε for a problem. */
    double absoluteEpsilon(TransportProblem problem) {
        return switch (reference) {
            case "mean" -> epsilon * problem.meanCost();
            case "max" -> epsilon * problem.maxCost();
            default -> epsilon;
        };
    }
}

package org.otexplorer.regression;

import org.otexplorer.engine.Epsilon;
import org.otexplorer.engine.TransportProblem;
import org.otexplorer.parameters.Parameter;

/**
 * The entropic-OT settings of a ROBOT run, resolved from its settings and preset (math.md §11). Preset
 * {@code "paper"} (default): ε (default 1e-4·max C, ROBOT App. G.1 with the code's relative convention), Sinkhorn
 * converged to {@code sinkhornTolerance} (1e-9) so that the implicit hypergradient of Theorem 3 holds: at most
 * {@code sinkhornIterations} (1000) Sinkhorn sweeps, then, for the balanced loss, Newton steps on the dual.
 * Preset {@code "code"}: the same ε, but a fixed {@code sinkhornIterations} (200 unless set) log-domain iterations
 * from zero potentials with no convergence test, as {@code RWOC/sinkhorn.py} runs. ρ1, ρ2 (default 0.1) and the
 * robust step η (default 1e-3) are the robust solver's (math.md §11.2).
 *
 * @param epsilon          ε with its reference
 * @param tolerance        Sinkhorn tolerance on the marginal error
 * @param maxIterations    Sinkhorn iteration limit
 * @param fixedIterations  whether to run exactly {@code maxIterations} unconverged iterations (the code preset)
 * @param rho1             robust radius of the output marginal
 * @param rho2             robust radius of the input marginal
 * @param robustStep       projected-gradient step η of the robust marginals
 */
record EntropicSettings(Epsilon epsilon, double tolerance, int maxIterations, boolean fixedIterations,
                        double rho1, double rho2, double robustStep) {
    /** Sinkhorn sweeps per loss evaluation (the code preset's fixed 200 unless set). */
    static final Parameter<Integer> SINKHORN_ITERATIONS = OptimizerParameters.sinkhornIterations(1_000);
    /** Sinkhorn's tolerance. */
    static final Parameter<Double> SINKHORN_TOLERANCE = OptimizerParameters.sinkhornTolerance(1e-9, "");
    private static final int CODE_ITERATIONS = 200;

    static EntropicSettings of(OptimizerSettings settings, Parameter<Epsilon> epsilon) {
        boolean code = "code".equals(settings.get(OptimizerParameters.PRESET));
        int iterations = code && !settings.isSet(SINKHORN_ITERATIONS) ? CODE_ITERATIONS
                : settings.get(SINKHORN_ITERATIONS);
        return new EntropicSettings(settings.get(epsilon), settings.get(SINKHORN_TOLERANCE), iterations, code,
                settings.get(OptimizerParameters.RHO1), settings.get(OptimizerParameters.RHO2),
                settings.get(OptimizerParameters.ROBUST_STEP));
    }

    /** The absolute ε for a problem ({@link Epsilon#absolute}). */
    double absoluteEpsilon(TransportProblem problem) {
        return epsilon.absolute(problem);
    }
}

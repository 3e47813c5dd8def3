package org.otexplorer.engine;

/**
 * Validation, the precision floor of ε, and result assembly shared by the entropic solvers.
 *
 * <p>Precision (math.md §2.4): the exponent {@code (f_i + g_j − C_ij)/ε} of a plan entry is computed with an
 * absolute rounding error of about {@code u·max|C|} (u = 2⁻⁵³), so every entry carries a relative error of about
 * {@code u·max|C|/ε}; below {@link #epsilonFloor} even that is beyond one digit and the plan cannot be computed at
 * all (it would come out with entries of 1 or overflow). The solvers then compute at the floor instead, and say
 * so; a solve whose returned plan misses the tolerance its iterations claimed is not reported converged.
 */
final class EntropicSolverSupport {
    /** The floor of ε relative to max|C|: at it, plan entries still carry 2⁻¹³ ≈ 1e-4 relative rounding. */
    static final double FLOOR_RELATIVE_TO_COST = 0x1p-40;
    /** An absolute floor, so that 1/ε and ε·log(weight) stay normal numbers for any cost. */
    static final double FLOOR_ABSOLUTE = 1e-290;
    /**
     * Round-off allowed between an iteration's own error estimate and the returned plan's error, on top of four
     * times the entries' relative rounding {@link #roundingLevel} times the total mass.
     */
    static final double ROUNDING_SLACK = 0x1p-46;
    /** Costs beyond this could overflow {@code f_i + g_j − C_ij}. */
    static final double LARGEST_COST = Double.MAX_VALUE / 16;

    private EntropicSolverSupport() {
    }

    /** Everything a balanced entropic solve needs: probability weights > 0, ε > 0, sane stopping, fitting warm start. */
    static void validate(TransportProblem problem, SolverSettings settings) {
        problem.requireBalanced();
        requirePositive(problem.sourceWeights(), "source");
        requirePositive(problem.targetWeights(), "target");
        validateSettings(problem, settings);
    }

    /** ε > 0, sane stopping, fitting warm start, and a cost the exponents cannot overflow on. */
    static void validateSettings(TransportProblem problem, SolverSettings settings) {
        settings.requirePositiveEpsilon();
        settings.requireValidStopping();
        settings.requireWarmStartFits(problem);
        double largest = maxAbsCost(problem);
        if (largest > LARGEST_COST) {
            throw new IllegalArgumentException("cost entries up to " + largest + " are too large for entropic solvers "
                    + "(f + g - C would overflow); rescale the cost");
        }
    }

    static void requirePositive(double[] w, String side) {
        for (int i = 0; i < w.length; i++) {
            if (!(w[i] > 0)) {
                throw new IllegalArgumentException(side + " weight " + i + " is zero; entropic methods need positive "
                        + "weights (drop the point instead)");
            }
        }
    }

    /** The smallest ε the solvers compute with: {@code max(2⁻⁴⁰ max|C|, 1e-290)}. */
    static double epsilonFloor(TransportProblem problem) {
        return Math.max(FLOOR_RELATIVE_TO_COST * maxAbsCost(problem), FLOOR_ABSOLUTE);
    }

    /** The settings' ε, or the floor when ε is below it. */
    static double usableEpsilon(TransportProblem problem, SolverSettings settings) {
        return Math.max(settings.epsilon(), epsilonFloor(problem));
    }

    /** {@code 2⁻⁵³ max|C| / ε}: the relative rounding error of each plan entry. */
    static double roundingLevel(TransportProblem problem, double eps) {
        return 0x1p-53 * maxAbsCost(problem) / eps;
    }

    /**
     * The result, unless it claims more than it has: computed at the floor instead of the settings' ε, or
     * converged by the iteration's own estimate while {@code checkedError}, the returned plan's error, misses the
     * tolerance by more than the round-off of its entries ({@link #ROUNDING_SLACK}). Such results stop with {@link StopReason#NUMERICAL_BREAKDOWN}
     * (unless cancelled) and say why in a warning.
     */
    static TransportResult honest(TransportResult r, TransportProblem problem, SolverSettings settings, double eps,
                                  double checkedError) {
        if (eps > settings.epsilon()) {
            return r.toBuilder()
                    .stopReason(r.stopReason() == StopReason.CANCELLED ? StopReason.CANCELLED
                            : StopReason.NUMERICAL_BREAKDOWN)
                    .warning(String.format("epsilon = %.3g is below the smallest epsilon double precision resolves "
                                    + "for this cost (%.3g = 2^-40 max|C|): solved at %.3g instead, which is not "
                                    + "the problem asked for; not converged",
                            settings.epsilon(), eps, eps))
                    .build(problem);
        }
        double mass = sum(problem.sourceWeights()) + sum(problem.targetWeights());
        double slack = ROUNDING_SLACK + 4 * roundingLevel(problem, eps) * mass;
        if (r.converged() && checkedError > settings.tolerance() + slack) {
            return r.toBuilder()
                    .stopReason(StopReason.NUMERICAL_BREAKDOWN)
                    .warning(String.format("the returned plan's error %.3g misses the tolerance %.3g that the "
                                    + "iterations' own estimate reached: at epsilon = %.3g plan entries carry "
                                    + "relative rounding errors of about %.2g; not converged",
                            checkedError, settings.tolerance(), eps, roundingLevel(problem, eps)))
                    .build(problem);
        }
        return r;
    }

    /** A result from final potentials: the plan is {@code exp((f_i + g_j − C_ij)/ε)}. */
    static TransportResult.Builder resultFromPotentials(String id, TransportProblem problem, double eps, double[] f,
                                                        double[] g) {
        int n = problem.n();
        int m = problem.m();
        double[] plan = new double[n * m];
        LogDomainKernels.plan(problem.costArray(), n, m, eps, f, g, plan);
        return TransportResult.builder(id).epsilon(eps).plan(new TransportPlan(n, m, plan)).potentials(f, g);
    }

    /** A result from the best iterate of a Newton phase (its plan was computed from its potentials). */
    static TransportResult.Builder resultFromNewton(String id, double eps, SinkhornNewton.Outcome outcome) {
        return TransportResult.builder(id).epsilon(eps).plan(outcome.plan()).potentials(outcome.f(), outcome.g());
    }

    private static double sum(double[] w) {
        double s = 0;
        for (double x : w) {
            s += x;
        }
        return s;
    }

    private static double maxAbsCost(TransportProblem problem) {
        double mx = 0;
        for (double v : problem.costArray()) {
            mx = Math.max(mx, Math.abs(v));
        }
        return mx;
    }
}

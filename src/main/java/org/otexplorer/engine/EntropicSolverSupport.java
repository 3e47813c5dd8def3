package org.otexplorer.engine;

/** Validation and result assembly shared by the entropic solvers. */
final class EntropicSolverSupport {
    private EntropicSolverSupport() {
    }

    /** Everything a balanced entropic solve needs: probability weights > 0, ε > 0, sane stopping, fitting warm start. */
    static void validate(TransportProblem problem, SolverSettings settings) {
        problem.requireBalanced();
        requirePositive(problem.sourceWeights(), "source");
        requirePositive(problem.targetWeights(), "target");
        settings.requirePositiveEpsilon();
        settings.requireValidStopping();
        settings.requireWarmStartFits(problem);
    }

    private static void requirePositive(double[] w, String side) {
        for (int i = 0; i < w.length; i++) {
            if (!(w[i] > 0)) {
                throw new IllegalArgumentException(side + " weight " + i + " is zero; entropic methods need positive "
                        + "weights (drop the point instead)");
            }
        }
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
}

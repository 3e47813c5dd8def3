package org.otexplorer.derivatives;

import org.otexplorer.engine.TransportPlan;
import org.otexplorer.engine.TransportProblem;
import org.otexplorer.engine.TransportResult;

/**
 * Newton polish of converged Sinkhorn potentials (math.md §2.3): the marginal map
 * {@code (f, g) ↦ (P1 − a, Pᵀ1 − b)} has Jacobian H/ε, so {@code (f, g) ← (f, g) − ε H⁺ r} converges
 * quadratically. The residual is orthogonal to the null vector of H, and the step's gauge component
 * (along v) does not change the plan. A few steps take a plan from 1e-9 to ~1e-16 marginal error, which
 * the finite-difference checks of the derivatives need. A plan whose support splits into blocks (H singular
 * beyond v) gets no step: Newton cannot move mass between the blocks either.
 */
public final class DualNewtonPolish {
    /** Newton steps at most. */
    static final int MAX_STEPS = 8;

    private DualNewtonPolish() {
    }

    /**
     * Polishes an entropic result on its problem; returns the input when a step no longer lowers the
     * marginal error.
     *
     * @throws IllegalArgumentException when the result has no potentials (not an entropic method)
     */
    public static TransportResult polish(TransportProblem problem, TransportResult result) {
        return polish(problem, result, 0);
    }

    /**
     * Newton steps until the marginal error is at most {@code tolerance} (or stops falling, or after
     * {@link #MAX_STEPS} steps): finishes a Sinkhorn solve that crawls near its tolerance.
     *
     * @throws IllegalArgumentException when the result has no potentials (not an entropic method)
     */
    public static TransportResult polish(TransportProblem problem, TransportResult result, double tolerance) {
        if (!result.hasPotentials() || !(result.epsilon() > 0)) {
            throw new IllegalArgumentException("Newton polish needs an entropic result with potentials");
        }
        double eps = result.epsilon();
        int n = problem.n();
        int m = problem.m();
        double[] f = result.f().clone();
        double[] g = result.g().clone();
        TransportPlan plan = result.plan();
        double error = plan.marginalError(problem);
        int steps = 0;
        while (steps < MAX_STEPS && error > tolerance) {
            HMatrixSolver solver = HMatrixSolver.ofIfRegular(plan);
            if (solver == null) {
                // The support splits into blocks: Newton cannot move mass between them either, so stop here.
                break;
            }
            double[] step = solver.solve(residual(problem, plan));
            double[] f2 = f.clone();
            double[] g2 = g.clone();
            for (int i = 0; i < n; i++) {
                f2[i] -= eps * step[i];
            }
            for (int j = 0; j < m; j++) {
                g2[j] -= eps * step[n + j];
            }
            TransportPlan next = planOf(problem, eps, f2, g2);
            double nextError = next.marginalError(problem);
            if (!(nextError < error)) {
                break;
            }
            f = f2;
            g = g2;
            plan = next;
            error = nextError;
            steps++;
        }
        if (steps == 0) {
            return result;
        }
        return result.toBuilder()
                .plan(plan)
                .potentials(f, g)
                .transportCost(plan.transportCost(problem))
                .objective(plan.entropicObjective(problem, eps))
                .marginalError(error)
                .iterations(result.iterations() + steps)
                .warning("polished with " + steps + " Newton step(s) on the dual")
                .build(problem);
    }

    /** {@code P_ij = exp((f_i + g_j − C_ij)/ε)}. */
    static TransportPlan planOf(TransportProblem problem, double eps, double[] f, double[] g) {
        int n = problem.n();
        int m = problem.m();
        double[] c = problem.costArray();
        double[] p = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                p[i * m + j] = Math.exp((f[i] + g[j] - c[i * m + j]) / eps);
            }
        }
        return new TransportPlan(n, m, p);
    }

    private static double[] residual(TransportProblem problem, TransportPlan plan) {
        int n = problem.n();
        double[] rows = plan.rowSums();
        double[] cols = plan.columnSums();
        double[] r = new double[n + problem.m()];
        for (int i = 0; i < n; i++) {
            r[i] = rows[i] - problem.sourceWeights()[i];
        }
        for (int j = 0; j < cols.length; j++) {
            r[n + j] = cols[j] - problem.targetWeights()[j];
        }
        return r;
    }
}

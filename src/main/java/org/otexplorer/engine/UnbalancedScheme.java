package org.otexplorer.engine;

import java.util.List;

/**
 * The iterate of {@link UnbalancedSinkhornSolver}: the damped log-domain c-transforms
 * {@code f_i ← ε log a_i − κ ε LSE_j((g_j − C_ij)/ε)}, {@code g_j ← ε log b_j − κ ε LSE_i((f_i − C_ij)/ε)},
 * κ = τ/(τ+ε): exact block minimisation of {@link EntropicDual#unbalanced}. After the g-update the column part
 * of the dual's gradient vanishes, and the row log-sum-exps the next f-update needs give the row part,
 * {@code Σ_i |(P1)_i − ã_i|} with {@code log (P1)_i = (f_i + ε LSE_j((g_j − C_ij)/ε))/ε}: the error of the iterate.
 */
final class UnbalancedScheme implements SinkhornLoop.Scheme {
    /** A Newton phase costs about this many iterations (each is two max-shifted log-sum-exp sweeps). */
    static final int NEWTON_BREAK_EVEN = 100;

    private final TransportProblem problem;
    private final int n;
    private final int m;
    private final double eps;
    private final double kappa;
    private final double[] c;
    private final double[] logA;
    private final double[] logB;
    private final double[] f;
    private final double[] g;
    private final double[] rowLse;
    private final EntropicDual dual;

    UnbalancedScheme(TransportProblem problem, SolverSettings settings, double eps) {
        this.problem = problem;
        n = problem.n();
        m = problem.m();
        this.eps = eps;
        kappa = settings.tau() / (settings.tau() + eps);
        c = problem.costArray();
        logA = LogDomainKernels.logOf(problem.sourceWeights());
        logB = LogDomainKernels.logOf(problem.targetWeights());
        f = settings.hasWarmStart() ? settings.initialF().clone() : new double[n];
        g = settings.hasWarmStart() ? settings.initialG().clone() : new double[m];
        rowLse = new double[n];
        dual = EntropicDual.unbalanced(problem.sourceWeights(), problem.targetWeights(), eps, settings.tau());
        LogDomainKernels.rowLogSumExps(c, n, m, eps, g, rowLse);
    }

    @Override
    public double iterate() {
        for (int i = 0; i < n; i++) {
            f[i] = eps * logA[i] - kappa * rowLse[i];
        }
        // The balanced column update ε log b − ε LSE, then damped: ε log b − κ ε LSE.
        LogDomainKernels.updateColumns(c, n, m, eps, f, logB, g);
        for (int j = 0; j < m; j++) {
            g[j] = eps * logB[j] - kappa * (eps * logB[j] - g[j]);
        }
        LogDomainKernels.rowLogSumExps(c, n, m, eps, g, rowLse);
        double[] demand = dual.sourceDemand(f);
        double error = 0;
        for (int i = 0; i < n; i++) {
            error += Math.abs(Math.exp((f[i] + rowLse[i]) / eps) - demand[i]);
        }
        return error;
    }

    @Override
    public double[] f() {
        return f.clone();
    }

    @Override
    public double[] g() {
        return g.clone();
    }

    @Override
    public void restart(double[] fNew, double[] gNew) {
        System.arraycopy(fNew, 0, f, 0, n);
        System.arraycopy(gNew, 0, g, 0, m);
        LogDomainKernels.rowLogSumExps(c, n, m, eps, g, rowLse);
    }

    @Override
    public TransportResult.Builder result() {
        return EntropicSolverSupport.resultFromPotentials(UnbalancedSinkhornSolver.ID, problem, eps, f.clone(),
                g.clone());
    }

    @Override
    public List<String> warnings() {
        return List.of();
    }

    @Override
    public int newtonBreakEven() {
        return NEWTON_BREAK_EVEN;
    }

    @Override
    public EntropicDual dual() {
        return dual;
    }
}

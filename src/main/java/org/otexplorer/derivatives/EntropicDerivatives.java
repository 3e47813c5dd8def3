package org.otexplorer.derivatives;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.CommonOps_MT_DDRM;
import org.ejml.dense.row.MatrixFeatures_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.otexplorer.engine.TransportPlan;
import org.otexplorer.engine.TransportProblem;
import org.otexplorer.engine.TransportResult;

/**
 * Derivatives of entropic OT with respect to the source points X, for the squared Euclidean cost
 * {@code C_ij = ||x_i − y_j||²} (math.md §0), at an entropic plan P:
 * <ul>
 *   <li>{@link #gradient()}: {@code ∇_X W = 2(diag(P1)X − PY)} (§3, Danskin);</li>
 *   <li>{@link #sinkhornDistanceGradient()}: the gradient of {@code S = <C, P>} (§6.2, one solve with H);</li>
 *   <li>{@link #hessian(NullSpaceHandling, double)}: {@code (1/ε) Rᵀ H⁺ R + blockdiag(2 a^P_k I − (4/ε) Σ_j P_kj D_kj D_kjᵀ)}
 *       (§5.2–5.3), flattened with index {@code k·d + s};</li>
 *   <li>{@link #hessianMarginalError(DMatrixRMaj)}: the Prop. 4 check {@code ||E||_F} (§5.4);</li>
 *   <li>{@link #hessianVectorProduct(double[][], double)}: the Hessian applied to a direction in O(NM)
 *       memory (§5.5).</li>
 * </ul>
 * A result that did not converge is accepted but flagged: {@link #isReliable()} is false and
 * {@link #warnings()} says why.
 */
public final class EntropicDerivatives {
    /** Marginal error above which derivatives are flagged as unreliable. */
    public static final double RELIABLE_MARGINAL_ERROR = 1e-6;

    private final TransportProblem problem;
    private final TransportPlan plan;
    private final double eps;
    private final double[][] x;
    private final double[][] y;
    private final int n;
    private final int m;
    private final int d;
    private final double[] rowSums;
    private final List<String> warnings = new ArrayList<>();
    /** The deflated Schur-complement solver, factorised once and shared by the gradient and the Hessian. */
    private HMatrixSolver solver;
    private boolean solverFailed;
    private double[][] gradient;
    /** The plan's columns, computed once: the gradient and the Hessian's right-hand sides read P by columns. */
    private double[][] planColumns;

    private EntropicDerivatives(TransportProblem problem, TransportResult result) {
        this.problem = problem;
        this.plan = result.plan();
        this.eps = result.epsilon();
        this.x = problem.sourcePoints();
        this.y = problem.targetPoints();
        this.n = problem.n();
        this.m = problem.m();
        this.d = problem.dimension();
        this.rowSums = plan.rowSums();
        if (!result.converged()) {
            warnings.add("the plan did not converge (" + result.stopReason() + "); derivatives are unreliable");
        }
        if (result.marginalError() > RELIABLE_MARGINAL_ERROR && result.marginalsPenalised()) {
            // A converged unbalanced plan leaves a, b by design: the derivatives here are balanced OT's.
            warnings.add(String.format(java.util.Locale.ROOT, "unbalanced OT relaxes the marginals (this plan's differ"
                    + " from a, b by %.3g): H is this plan's, but the derivatives and their check are balanced OT's"
                    + " and do not apply to it", result.marginalError()));
        } else if (result.marginalError() > RELIABLE_MARGINAL_ERROR) {
            warnings.add(String.format(java.util.Locale.ROOT, "the plan's marginal error %.3g exceeds %.0e; derivatives"
                    + " are unreliable", result.marginalError(), RELIABLE_MARGINAL_ERROR));
        }
    }

    /**
     * Derivatives at an entropic result of a problem built from points.
     *
     * @throws IllegalArgumentException when the problem has no points, the result has no positive ε or its
     *                                  plan does not match the problem
     */
    public static EntropicDerivatives of(TransportProblem problem, TransportResult result) {
        if (!problem.hasPoints()) {
            throw new IllegalArgumentException("derivatives with respect to the points need a problem built from points");
        }
        if (!(result.epsilon() > 0)) {
            throw new IllegalArgumentException("derivatives need an entropic plan with epsilon > 0, got epsilon = "
                    + result.epsilon());
        }
        if (result.plan().n() != problem.n() || result.plan().m() != problem.m()) {
            throw new IllegalArgumentException("the plan is " + result.plan().n() + "x" + result.plan().m()
                    + " but the problem is " + problem.n() + "x" + problem.m());
        }
        return new EntropicDerivatives(problem, result);
    }

    public double epsilon() {
        return eps;
    }

    /** Whether the plan was converged well enough for the derivatives to be trusted. */
    public boolean isReliable() {
        return warnings.isEmpty();
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** {@code ∇_X W = 2(diag(P1)X − PY)}, N×d (math.md §3). */
    public double[][] gradient() {
        double[][] computed = planGradient();
        double[][] copy = new double[n][];
        for (int i = 0; i < n; i++) {
            copy[i] = computed[i].clone();
        }
        return copy;
    }

    /** The gradient, computed once: the Hessian's right-hand sides use it too. */
    private double[][] planGradient() {
        if (gradient == null) {
            gradient = weightedGradient(planColumns());
        }
        return gradient;
    }

    private double[][] planColumns() {
        if (planColumns == null) {
            planColumns = DenseKernels.columns(plan.values(), n, m);
        }
        return planColumns;
    }

    /**
     * Gradient of the Sinkhorn distance {@code S = <C, P(X)>} (math.md §6.2): with
     * {@code u = [(P∘C)1; (P∘C)ᵀ1]} and {@code [α; β] = H⁺u}, {@code Γ = P∘(1 + (α_i + β_j − C_ij)/ε)} and
     * {@code ∇_X S = 2(diag(Γ1)X − ΓY)}.
     */
    public double[][] sinkhornDistanceGradient() {
        double[] c = problem.costArray();
        double[] p = plan.values();
        double[] u = new double[n + m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double pc = p[i * m + j] * c[i * m + j];
                u[i] += pc;
                u[n + j] += pc;
            }
        }
        HMatrixSolver deflated = deflatedSolver();
        double[] ab = deflated != null ? deflated.solve(u)
                : TruncatedPseudoInverse.of(plan, TruncatedPseudoInverse.DEFAULT_THRESHOLD).solve(u);
        double[][] gammaColumns = new double[m][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                int k = i * m + j;
                gammaColumns[j][i] = p[k] * (1 + (ab[i] + ab[n + j] - c[k]) / eps);
            }
        }
        return weightedGradient(gammaColumns);
    }

    /** The analytic Hessian with the default null-space handling ({@link NullSpaceHandling#DEFLATION}). */
    public DMatrixRMaj hessian() {
        return hessian(NullSpaceHandling.DEFLATION, 0);
    }

    /**
     * The analytic Hessian with the given null-space handling; truncation uses the authors' threshold
     * {@link TruncatedPseudoInverse#DEFAULT_THRESHOLD} (math.md §4.3).
     */
    public DMatrixRMaj hessian(NullSpaceHandling handling) {
        return hessian(handling, TruncatedPseudoInverse.DEFAULT_THRESHOLD);
    }

    /**
     * The analytic Hessian of W with respect to X, (Nd)×(Nd), index {@code k·d + s} (math.md §5.2).
     *
     * @param tau absolute eigenvalue threshold for {@link NullSpaceHandling#TRUNCATED_EIGEN} (math.md: 1e-10);
     *            ignored otherwise
     */
    public DMatrixRMaj hessian(NullSpaceHandling handling, double tau) {
        if (!(tau >= 0) || Double.isInfinite(tau)) {
            throw new IllegalArgumentException("the truncation threshold tau must be a finite number >= 0, got " + tau);
        }
        DMatrixRMaj r = handling == NullSpaceHandling.DEFLATION ? null : rightHandSides();
        DMatrixRMaj hess = new DMatrixRMaj(n * d, n * d);
        switch (handling) {
            case DEFLATION -> {
                if (!schurQuadraticForm(hess)) {
                    return hessian(NullSpaceHandling.TRUNCATED_EIGEN, TruncatedPseudoInverse.DEFAULT_THRESHOLD);
                }
            }
            case TRUNCATED_EIGEN -> {
                DMatrixRMaj b = new DMatrixRMaj(n + m, n * d);
                CommonOps_MT_DDRM.multTransA(TruncatedPseudoInverse.of(plan, tau).rootFactor(), r, b);
                CommonOps_MT_DDRM.multTransA(b, b, hess);
                CommonOps_DDRM.scale(1 / eps, hess);
            }
            case PLAIN_LU -> {
                CommonOps_MT_DDRM.multTransA(r, plainLuSolve(r), hess);
                CommonOps_DDRM.scale(1 / eps, hess);
            }
            default -> throw new IllegalArgumentException("unknown null-space handling " + handling);
        }
        addBlockDiagonal(hess);
        return hess;
    }

    /**
     * The Prop. 4 marginal error {@code ||E||_F}, {@code E[k,s,t] = Σ_l Hess[k·d+s, l·d+t] − 2 a_k δ_st}
     * with a the source weights (math.md §5.4); ~1e-14 for an exact pseudo-inverse.
     */
    public double hessianMarginalError(DMatrixRMaj hess) {
        double[] a = problem.sourceWeights();
        int size = n * d;
        double sum = 0;
        for (int k = 0; k < n; k++) {
            for (int s = 0; s < d; s++) {
                int row = (k * d + s) * size;
                for (int t = 0; t < d; t++) {
                    double e = 0;
                    for (int l = 0; l < n; l++) {
                        e += hess.data[row + l * d + t];
                    }
                    e -= s == t ? 2 * a[k] : 0;
                    sum += e * e;
                }
            }
        }
        return Math.sqrt(sum);
    }

    /**
     * The same Prop. 4 check {@code ||E||_F} of the truncated-eigen Hessian
     * {@code (1/ε) Rᵀ H⁺_τ R + T2} (math.md §5.2, §5.4) without forming it: E only needs the Hessian's sums over
     * its column blocks, {@code Hess (1_N ⊗ e_t)} for t = 1..d, i.e. d solves {@code H⁺_τ (R (1_N ⊗ e_t))} with the
     * given pseudo-inverse and the diagonal blocks of T2 — O((N+M)² d) instead of the dense Hessian's
     * O((N+M)(Nd)²), and no second decomposition of H when {@code pseudoInverse} shares the spectrum's.
     */
    public double hessianMarginalError(TruncatedPseudoInverse pseudoInverse) {
        DMatrixRMaj r = rightHandSides();
        double[] a = problem.sourceWeights();
        double[][] sums = new double[n * d][d];
        for (int t = 0; t < d; t++) {
            DMatrixRMaj rt = new DMatrixRMaj(n + m, 1);
            for (int row = 0; row < n + m; row++) {
                double s = 0;
                for (int l = 0; l < n; l++) {
                    s += r.unsafe_get(row, l * d + t);
                }
                rt.data[row] = s;
            }
            DMatrixRMaj z = new DMatrixRMaj(n + m, 1, true, pseudoInverse.solve(rt.data));
            DMatrixRMaj rz = new DMatrixRMaj(n * d, 1);
            CommonOps_DDRM.multTransA(r, z, rz);
            for (int row = 0; row < n * d; row++) {
                sums[row][t] = rz.data[row] / eps;
            }
        }
        double sum = 0;
        double[][][] blocks = blockDiagonals();
        for (int k = 0; k < n; k++) {
            double[][] block = blocks[k];
            for (int s = 0; s < d; s++) {
                for (int t = 0; t < d; t++) {
                    double e = sums[k * d + s][t] + block[s][t] - (s == t ? 2 * a[k] : 0);
                    sum += e * e;
                }
            }
        }
        return Math.sqrt(sum);
    }

    /** The exact Hessian–vector product {@code Hess·A} (τ2 = 0) in O(NM) memory (math.md §5.5). */
    public double[][] hessianVectorProduct(double[][] direction) {
        return hessianVectorProduct(direction, 0);
    }

    /**
     * {@code Hess·A} for a direction A (N×d) without forming the Hessian (math.md §5.5): conjugate
     * gradients on the Schur complement {@code S = diag(b^P) + ε τ2 I − Pᵀ diag(1/a^P) P}, O(NM) memory.
     * With τ2 = 0 the result is exact (S is singular only along 1, orthogonal to the right-hand side);
     * τ2 > 0 is the authors' Tikhonov shift and biases the result by O(τ2).
     *
     * @throws ArithmeticException when CG stalls because H is too close to singular; the message names λ_{2N−1}
     */
    public double[][] hessianVectorProduct(double[][] direction, double tau2) {
        if (direction == null || direction.length == 0) {
            throw new IllegalArgumentException("the direction must be an N x d matrix, got none");
        }
        return new HessianVectorProduct(x, y, plan, rowSums, eps).apply(direction, tau2);
    }

    /** R as an (N+M)×(Nd) matrix (math.md §5.1): f-rows {@code δ_il ∇_{x_l}W}, g-rows {@code 2 P_lj (x_l − y_j)}. */
    DMatrixRMaj rightHandSides() {
        double[][] grad = planGradient();
        double[] p = plan.values();
        DMatrixRMaj r = new DMatrixRMaj(n + m, n * d);
        for (int l = 0; l < n; l++) {
            for (int t = 0; t < d; t++) {
                r.unsafe_set(l, l * d + t, grad[l][t]);
            }
            for (int j = 0; j < m; j++) {
                double plj = 2 * p[l * m + j];
                for (int t = 0; t < d; t++) {
                    r.unsafe_set(n + j, l * d + t, plj * (x[l][t] - y[j][t]));
                }
            }
        }
        return r;
    }

    /**
     * Writes {@code T1/ε}, {@code T1 = Rᵀ H⁺ R}, by the Schur complement on H's diagonal f-block (math.md §5.5
     * structure; the 1/ε is folded into W's rows and the block term, no pass over the dense result):
     * {@code T1 = R_fᵀ D⁻¹ R_f + Bᵀ S⁺ B} with {@code D = diag(a^P)}, {@code B = R_g − Pᵀ D⁻¹ R_f}, i.e.
     * {@code B[j, (l,t)] = P_lj (2(x_l − y_j)_t − r_lt / a_l)} with r_l = ∇_{x_l}W. R_f is block diagonal, so
     * its term is {@code r_l r_lᵀ / a_l} on the diagonal blocks and B costs O(NMd); the dense work is one
     * triangular solve and {@code WᵀW} with {@code W = L⁻¹B} (upper triangle only, {@link DenseKernels}).
     */
    private boolean schurQuadraticForm(DMatrixRMaj t1) {
        HMatrixSolver deflated = deflatedSolver();
        if (deflated == null) {
            return false;
        }
        double[][] grad = planGradient();
        double[] flatX = new double[n * d];
        double[] gradOverMass = new double[n * d];
        for (int l = 0; l < n; l++) {
            double inv = 1 / rowSums[l];
            for (int t = 0; t < d; t++) {
                flatX[l * d + t] = x[l][t];
                gradOverMass[l * d + t] = grad[l][t] * inv;
            }
        }
        double[][] w = deflated.whiten(schurRightHandSides(planColumns(), flatX, gradOverMass));
        double root = 1 / Math.sqrt(eps);
        for (double[] row : w) {
            DenseKernels.scale(row, root, 0, n * d);
        }
        double[][] product = DenseKernels.innerProductUpper(w, n * d);
        DenseKernels.symmetricFromUpper(product, t1.data);
        int size = n * d;
        for (int l = 0; l < n; l++) {
            double inv = 1 / (rowSums[l] * eps);
            for (int s = 0; s < d; s++) {
                for (int t = 0; t < d; t++) {
                    t1.data[(l * d + s) * size + l * d + t] += grad[l][s] * grad[l][t] * inv;
                }
            }
        }
        return true;
    }

    /**
     * B as M rows: {@code B[j, (l,t)] = P_lj (2(x_l − y_j)_t − r_lt / a_l)} from the columns of P, the points and
     * {@code r_lt / a_l} flattened with index l·d + t (one loop nest of its own: in a cold JVM it is compiled
     * once on stack replacement, small, instead of the whole Schur quadratic form).
     */
    private double[][] schurRightHandSides(double[][] planColumns, double[] flatX, double[] gradOverMass) {
        double[][] b = new double[m][n * d];
        for (int j = 0; j < m; j++) {
            double[] row = b[j];
            double[] column = planColumns[j];
            double[] yj = y[j];
            for (int l = 0; l < n; l++) {
                double plj = column[l];
                for (int t = 0; t < d; t++) {
                    int lt = l * d + t;
                    row[lt] = plj * (2 * (flatX[lt] - yj[t]) - gradOverMass[lt]);
                }
            }
        }
        return b;
    }

    /**
     * The deflated Schur-complement solver, or null (with a warning) when H has further numerically zero
     * eigenvalues — the plan's support splits into blocks at this ε — in which case the callers use the
     * authors' truncated pseudo-inverse (τ = 1e-10) instead.
     */
    private HMatrixSolver deflatedSolver() {
        if (solver != null || solverFailed) {
            return solver;
        }
        try {
            solver = HMatrixSolver.of(plan);
            return solver;
        } catch (IllegalArgumentException singular) {
            solverFailed = true;
            String note = "H is singular beyond its null vector (" + singular.getMessage()
                    + "); used the truncated pseudo-inverse with tau = " + TruncatedPseudoInverse.DEFAULT_THRESHOLD;
            if (!warnings.contains(note)) {
                warnings.add(note);
            }
            return null;
        }
    }

    /**
     * {@code 2(diag(W1)X − WY)} for a weight matrix W given by its M columns (length N): the columns of WY and W1
     * are combinations of W's columns, each one {@link DenseKernels#subtractCombination} over rows of length N.
     * So the kernel's first use in a cold JVM is the first gradient, and its compilation overlaps the O(NM) work
     * that follows instead of the Schur complement's product running in C1 code.
     */
    private double[][] weightedGradient(double[][] wColumns) {
        double[][] negated = new double[d + 1][n];
        double[] weights = new double[m];
        for (int t = 0; t <= d; t++) {
            for (int j = 0; j < m; j++) {
                weights[j] = t < d ? y[j][t] : 1;
            }
            DenseKernels.subtractCombination(negated[t], wColumns, weights, 0, 0, m, 0, n);
        }
        double[][] out = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < d; t++) {
                out[i][t] = 2 * (negated[t][i] - negated[d][i] * x[i][t]);
            }
        }
        return out;
    }

    /**
     * {@code H⁻¹R} by a plain LU solve on the singular H (the authors' {@code compute_hessian_no_reg}). Round-off
     * usually leaves a nonzero last pivot, so a result comes out, accurate or not; only when LU breaks down
     * outright (zero pivot, non-finite entries) is the solve refused, naming the λ_{2N−1} it met.
     */
    private DMatrixRMaj plainLuSolve(DMatrixRMaj r) {
        LinearSolverDense<DMatrixRMaj> lu = LinearSolverFactory_DDRM.lu(n + m);
        DMatrixRMaj z = new DMatrixRMaj(n + m, r.numCols);
        boolean factored = lu.setA(HMatrix.of(plan).toDense());
        if (factored) {
            lu.solve(r.copy(), z);
        }
        if (!factored || MatrixFeatures_DDRM.hasUncountable(z)) {
            throw new ArithmeticException("the plain LU solve on the singular H broke down (smallest positive "
                    + "eigenvalue lambda_{2N-1} = " + HMatrix.of(plan).smallestPositiveEigenvalue() + ")");
        }
        return z;
    }

    /** Adds T2 ({@link #blockDiagonals}) on the diagonal d×d blocks. */
    private void addBlockDiagonal(DMatrixRMaj hess) {
        double[][][] blocks = blockDiagonals();
        for (int k = 0; k < n; k++) {
            for (int s = 0; s < d; s++) {
                int row = (k * d + s) * n * d + k * d;
                for (int t = 0; t < d; t++) {
                    hess.data[row + t] += blocks[k][s][t];
                }
            }
        }
    }

    /**
     * T2's d×d diagonal blocks: {@code 2 a^P_k I − (4/ε) Σ_j P_kj D_kj D_kjᵀ}, {@code D_kj = x_k − y_j}, for every
     * k in one loop nest (in a cold JVM one long loop is compiled once on stack replacement; N calls of a few
     * thousand iterations each would mostly run interpreted).
     */
    private double[][][] blockDiagonals() {
        double[] p = plan.values();
        double[][][] blocks = new double[n][d][d];
        for (int k = 0; k < n; k++) {
            double[][] block = blocks[k];
            for (int s = 0; s < d; s++) {
                block[s][s] = 2 * rowSums[k];
            }
            for (int j = 0; j < m; j++) {
                double w = 4 * p[k * m + j] / eps;
                for (int s = 0; s < d; s++) {
                    double ds = x[k][s] - y[j][s];
                    for (int t = 0; t < d; t++) {
                        block[s][t] -= w * ds * (x[k][t] - y[j][t]);
                    }
                }
            }
        }
        return blocks;
    }
}

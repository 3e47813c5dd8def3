package org.otexplorer.derivatives;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.CommonOps_MT_DDRM;
import org.ejml.dense.row.decomposition.TriangularSolver_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.otexplorer.engine.TransportPlan;

/**
 * Solves {@code H z = r} for right-hand sides orthogonal to the null vector {@code v = [1; −1]}
 * (math.md §4.3 option 3 with §5.5's Schur complement). The f-block of H is diagonal, so
 * {@code z_f = (r_f − P z_g)/a^P} and {@code S z_g = r_g − Pᵀ (r_f/a^P)} with the M×M Schur complement
 * {@code S = diag(b^P) − Pᵀ diag(1/a^P) P}, singular along {@code 1_M}. Deflation,
 * {@code S + c·1 1ᵀ} with {@code c = 1/M²}, is symmetric positive definite and gives exactly {@code S⁺}
 * on right-hand sides orthogonal to {@code 1_M} (which those built from r ⊥ v are), so one Cholesky
 * factorisation of an M×M matrix serves every solve. The solution differs from {@code H⁺r} only by a
 * multiple of v, which every use here annihilates.
 */
public final class HMatrixSolver {
    private final TransportPlan plan;
    private final double[] rowSums;
    private final DMatrixRMaj p;
    private final DMatrixRMaj deflatedSchur;
    private final LinearSolverDense<DMatrixRMaj> cholesky;
    private DMatrixRMaj lowerFactor;

    private HMatrixSolver(TransportPlan plan) {
        this.plan = plan;
        this.rowSums = plan.rowSums();
        int n = plan.n();
        int m = plan.m();
        for (int i = 0; i < n; i++) {
            if (!(rowSums[i] > 0)) {
                throw new IllegalArgumentException("plan row " + i + " has no mass; H is singular beyond its null vector");
            }
        }
        p = new DMatrixRMaj(n, m, true, plan.values());
        DMatrixRMaj scaled = p.copy();
        for (int i = 0; i < n; i++) {
            double inv = 1 / rowSums[i];
            for (int j = 0; j < m; j++) {
                scaled.unsafe_set(i, j, scaled.unsafe_get(i, j) * inv);
            }
        }
        DMatrixRMaj s = new DMatrixRMaj(m, m);
        CommonOps_MT_DDRM.multTransA(p, scaled, s);
        CommonOps_DDRM.scale(-1, s);
        double[] columnSums = plan.columnSums();
        double deflation = 1.0 / ((double) m * m);
        for (int j = 0; j < m; j++) {
            for (int k = 0; k < m; k++) {
                s.unsafe_set(j, k, s.unsafe_get(j, k) + deflation);
            }
            s.unsafe_set(j, j, s.unsafe_get(j, j) + columnSums[j]);
        }
        deflatedSchur = s.copy();
        cholesky = LinearSolverFactory_DDRM.chol(m);
        if (!cholesky.setA(s)) {
            throw new IllegalArgumentException("H is numerically singular beyond its null vector: its smallest positive "
                    + "eigenvalue is " + HMatrix.of(plan).smallestPositiveEigenvalue() + " (increase epsilon)");
        }
    }

    /** A solver for the H-matrix of this plan. */
    public static HMatrixSolver of(TransportPlan plan) {
        return new HMatrixSolver(plan);
    }

    /**
     * {@code H⁺ r} for one right-hand side orthogonal to v: by the deflated Schur complement, or by the
     * truncated pseudo-inverse (τ = 1e-10) when H has further numerically zero eigenvalues (the plan's support
     * splits into blocks).
     */
    public static double[] solveWithFallback(TransportPlan plan, double[] r) {
        try {
            return of(plan).solve(r);
        } catch (IllegalArgumentException singular) {
            return TruncatedPseudoInverse.of(plan, TruncatedPseudoInverse.DEFAULT_THRESHOLD).solve(r);
        }
    }

    public TransportPlan plan() {
        return plan;
    }

    /** {@code z} with {@code H z = r} for one right-hand side (length N + M) orthogonal to v. */
    public double[] solve(double[] r) {
        int n = plan.n();
        DMatrixRMaj rhs = new DMatrixRMaj(n + plan.m(), 1, true, r);
        return solve(rhs).data;
    }

    /** Z with {@code H Z = R} for the columns of R ((N+M) × k), each orthogonal to v. */
    public DMatrixRMaj solve(DMatrixRMaj r) {
        int n = plan.n();
        int m = plan.m();
        int k = r.numCols;
        DMatrixRMaj rf = CommonOps_DDRM.extract(r, 0, n, 0, k);
        DMatrixRMaj rg = CommonOps_DDRM.extract(r, n, n + m, 0, k);
        divideRows(rf);
        DMatrixRMaj schurRhs = rg.copy();
        CommonOps_MT_DDRM.multAddTransA(-1, p, rf, schurRhs);
        DMatrixRMaj zg = new DMatrixRMaj(m, k);
        cholesky.solve(schurRhs, zg);
        DMatrixRMaj pz = new DMatrixRMaj(n, k);
        CommonOps_MT_DDRM.mult(p, zg, pz);
        divideRows(pz);
        DMatrixRMaj z = new DMatrixRMaj(n + m, k);
        CommonOps_DDRM.subtract(rf, pz, rf);
        CommonOps_DDRM.insert(rf, z, 0, 0);
        CommonOps_DDRM.insert(zg, z, n, 0);
        return z;
    }

    /**
     * {@code W = L⁻¹ B} for the Cholesky factor {@code L Lᵀ = S + c·1 1ᵀ}, so that {@code WᵀW = Bᵀ S⁺ B} for
     * B (M×k) with columns orthogonal to 1: the Schur-complement part of {@code Rᵀ H⁺ R}, PSD by construction.
     */
    public DMatrixRMaj whitenSchurRightHandSides(DMatrixRMaj b) {
        int m = plan.m();
        if (b.numRows != m) {
            throw new IllegalArgumentException("right-hand sides have " + b.numRows + " rows, expected " + m);
        }
        if (lowerFactor == null) {
            CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(m, true);
            if (!chol.decompose(deflatedSchur.copy())) {
                throw new IllegalStateException("Cholesky factorisation of the deflated Schur complement failed");
            }
            lowerFactor = chol.getT(null);
        }
        DMatrixRMaj w = b.copy();
        TriangularSolver_DDRM.solveL(lowerFactor.data, w.data, m, w.numCols);
        return w;
    }

    /** Actual source marginal a^P = P1 (the diagonal f-block of H). */
    public double[] rowSums() {
        return rowSums.clone();
    }

    private void divideRows(DMatrixRMaj x) {
        for (int i = 0; i < x.numRows; i++) {
            double inv = 1 / rowSums[i];
            for (int c = 0; c < x.numCols; c++) {
                x.unsafe_set(i, c, x.unsafe_get(i, c) * inv);
            }
        }
    }
}

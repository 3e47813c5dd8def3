package org.otexplorer.derivatives;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.otexplorer.engine.TransportPlan;

/**
 * Solves {@code H z = r} for right-hand sides orthogonal to the null vector {@code v = [1; −1]}
 * (math.md §4.3 option 3 with §5.5's Schur complement). The f-block of H is diagonal, so
 * {@code z_f = (r_f − P z_g)/a^P} and {@code S z_g = r_g − Pᵀ (r_f/a^P)} with the M×M Schur complement
 * {@code S = diag(b^P) − Pᵀ diag(1/a^P) P}, singular along {@code 1_M}. Deflation,
 * {@code S + c·1 1ᵀ} with {@code c = 1/M²}, is symmetric positive definite and gives exactly {@code S⁺}
 * on right-hand sides orthogonal to {@code 1_M} (which those built from r ⊥ v are), so one Cholesky
 * factorisation of an M×M matrix serves every solve. The product {@code Pᵀ diag(1/a^P) P}, the factorisation
 * and the triangular solves run on {@link DenseKernels} (one vectorised loop shared by all threads, compiled
 * early in a cold JVM). The solution differs from {@code H⁺r} only by a multiple of v, which every use here
 * annihilates.
 */
public final class HMatrixSolver {
    /** Cholesky pivots at most this fraction of the largest are round-off: S is singular beyond its null vector. */
    static final double PIVOT_RESOLUTION = 0x1p-46;

    /** Eigenvalues of S at most this fraction of its largest are dropped by the truncated fall-back. */
    static final double SCHUR_TRUNCATION = 1e-10;

    private final TransportPlan plan;
    private final double[] rowSums;
    /**
     * The Cholesky factor U of the deflated S ({@code UᵀU}, upper triangle) and its transpose L, or both null when
     * the truncated eigen pseudo-inverse of S is used.
     */
    private final double[][] upperFactor;
    private final double[][] lowerFactor;
    /** Columns: the eigenvectors of S kept by the truncation, each divided by the square root of its eigenvalue. */
    private final DMatrixRMaj scaledEigenvectors;

    private HMatrixSolver(TransportPlan plan, double[] rowSums, double[][] upperFactor,
                          DMatrixRMaj scaledEigenvectors) {
        this.plan = plan;
        this.rowSums = rowSums;
        this.upperFactor = upperFactor;
        this.lowerFactor = upperFactor == null ? null : DenseKernels.transposeUpper(upperFactor);
        this.scaledEigenvectors = scaledEigenvectors;
    }

    /**
     * A solver for the H-matrix of this plan, or {@code null} when a row has no mass, or when S is not positive
     * definite after deflation and {@code truncateIfSingular} is false. With it true, such a plan (its support
     * splits into blocks) gets the truncated eigen pseudo-inverse of the same M×M Schur complement instead
     * (eigenvalues at most {@link #SCHUR_TRUNCATION} times the largest dropped): the analogue of the authors'
     * truncation of H (math.md §4.3 option 1) at an eighth of the cost for N = M. The dropped directions are the
     * blocks' indicator vectors; what the hypergradient and the Newton step use (α_i + β_j on the plan's support)
     * does not see them.
     */
    private static HMatrixSolver build(TransportPlan plan, boolean truncateIfSingular) {
        double[] rowSums = plan.rowSums();
        if (emptyRow(rowSums) >= 0) {
            return null;
        }
        double[][] s = deflatedSchurComplementUpper(plan, rowSums);
        DMatrixRMaj symmetric = truncateIfSingular ? symmetricCopy(s) : null;
        if (DenseKernels.choleskyUpper(s) && pivotsResolved(s)) {
            return new HMatrixSolver(plan, rowSums, s, null);
        }
        return truncateIfSingular ? new HMatrixSolver(plan, rowSums, null, truncatedInverseRoot(symmetric)) : null;
    }

    /**
     * Whether every pivot {@code L_jj²} of the factor is above {@link #PIVOT_RESOLUTION} times the largest: a
     * Cholesky factorisation of a matrix that is singular to round-off (a split plan) can still "succeed" with a
     * pivot of rounding size, and its solves would then be noise.
     */
    private static boolean pivotsResolved(double[][] upper) {
        double smallest = Double.POSITIVE_INFINITY;
        double largest = 0;
        for (int j = 0; j < upper.length; j++) {
            double pivot = upper[j][j] * upper[j][j];
            smallest = Math.min(smallest, pivot);
            largest = Math.max(largest, pivot);
        }
        return smallest > PIVOT_RESOLUTION * largest;
    }

    /** Columns {@code v_k/√λ_k} for the eigenpairs of the symmetric s with λ_k above the truncation, zero otherwise. */
    private static DMatrixRMaj truncatedInverseRoot(DMatrixRMaj s) {
        int m = s.numRows;
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(m, true, true);
        if (!eig.decompose(s)) {
            throw new IllegalStateException("the symmetric eigendecomposition of the Schur complement did not converge");
        }
        double largest = 0;
        for (int k = 0; k < m; k++) {
            largest = Math.max(largest, eig.getEigenvalue(k).getReal());
        }
        DMatrixRMaj scaled = new DMatrixRMaj(m, m);
        for (int k = 0; k < m; k++) {
            double lambda = eig.getEigenvalue(k).getReal();
            if (lambda > SCHUR_TRUNCATION * largest) {
                DMatrixRMaj vk = eig.getEigenVector(k);
                double w = 1 / Math.sqrt(lambda);
                for (int row = 0; row < m; row++) {
                    scaled.unsafe_set(row, k, vk.get(row) * w);
                }
            }
        }
        return scaled;
    }

    /**
     * The upper triangle of {@code S + c·1 1ᵀ}, {@code S = diag(b^P) − Pᵀ diag(1/a^P) P}, {@code c = 1/M²}
     * (below the diagonal: zeros); {@code Pᵀ diag(1/a^P) P = QᵀQ} with {@code Q = diag(1/√a^P) P}.
     */
    private static double[][] deflatedSchurComplementUpper(TransportPlan plan, double[] rowSums) {
        int n = plan.n();
        int m = plan.m();
        double[] values = plan.values();
        double[][] q = new double[n][m];
        for (int i = 0; i < n; i++) {
            System.arraycopy(values, i * m, q[i], 0, m);
            DenseKernels.scale(q[i], 1 / Math.sqrt(rowSums[i]), 0, m);
        }
        double[][] s = DenseKernels.innerProductUpper(q, m);
        double[] columnSums = plan.columnSums();
        double deflation = 1.0 / ((double) m * m);
        for (int j = 0; j < m; j++) {
            double[] row = s[j];
            for (int k = j; k < m; k++) {
                row[k] = deflation - row[k];
            }
            row[j] += columnSums[j];
        }
        return s;
    }

    /** The symmetric matrix whose upper triangle s holds. */
    private static DMatrixRMaj symmetricCopy(double[][] s) {
        int m = s.length;
        DMatrixRMaj full = new DMatrixRMaj(m, m);
        for (int j = 0; j < m; j++) {
            for (int k = j; k < m; k++) {
                full.data[j * m + k] = s[j][k];
                full.data[k * m + j] = s[j][k];
            }
        }
        return full;
    }

    /**
     * A solver for the H-matrix of this plan.
     *
     * @throws IllegalArgumentException when H has further numerically zero eigenvalues (the message gives
     *                                  λ₂ₙ₋₁, at the cost of an eigendecomposition)
     */
    public static HMatrixSolver of(TransportPlan plan) {
        int empty = emptyRow(plan.rowSums());
        if (empty >= 0) {
            throw new IllegalArgumentException("plan row " + empty + " has no mass; H is singular beyond its null vector");
        }
        HMatrixSolver solver = build(plan, false);
        if (solver == null) {
            throw new IllegalArgumentException("H is numerically singular beyond its null vector: its smallest positive "
                    + "eigenvalue lambda_{2N-1} is " + HMatrix.of(plan).smallestPositiveEigenvalue()
                    + " (increase epsilon, or truncate the pseudo-inverse with a threshold)");
        }
        return solver;
    }

    /**
     * A solver for the H-matrix of this plan, or {@code null} when H has further numerically zero eigenvalues (the
     * plan's support splits into blocks); unlike {@link #of} this costs no eigendecomposition on failure.
     */
    public static HMatrixSolver ofIfRegular(TransportPlan plan) {
        return build(plan, false);
    }

    /**
     * {@code H⁺ r} for one right-hand side orthogonal to v: by the deflated Schur complement, or, when H has
     * further numerically zero eigenvalues (the plan's support splits into blocks), by the truncated eigen
     * pseudo-inverse of that M×M complement (no eigendecomposition of the whole H; the solution may differ from
     * H⁺_τ r along the blocks' null vectors, which α_i + β_j on the support does not see); a plan with an empty
     * row falls back to the truncated pseudo-inverse of H (τ = 1e-10).
     */
    public static double[] solveWithFallback(TransportPlan plan, double[] r) {
        HMatrixSolver solver = build(plan, true);
        return solver != null ? solver.solve(r)
                : TruncatedPseudoInverse.of(plan, TruncatedPseudoInverse.DEFAULT_THRESHOLD).solve(r);
    }

    /** The first row without mass, or −1. */
    private static int emptyRow(double[] rowSums) {
        for (int i = 0; i < rowSums.length; i++) {
            if (!(rowSums[i] > 0)) {
                return i;
            }
        }
        return -1;
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

    /**
     * Z with {@code H Z = R} for the columns of R ((N+M) × k), each orthogonal to v: {@code z_f = (r_f − P z_g)/a^P}
     * with {@code S z_g = r_g − Pᵀ (r_f/a^P)} (O(NMk) row combinations besides the two triangular solves, all on
     * {@link DenseKernels}: no loop here runs long enough to need a compilation of its own in a cold JVM).
     */
    public DMatrixRMaj solve(DMatrixRMaj r) {
        int n = plan.n();
        int m = plan.m();
        int k = r.numCols;
        double[] p = plan.values();
        double[][] rf = new double[n][k];
        for (int i = 0; i < n; i++) {
            System.arraycopy(r.data, i * k, rf[i], 0, k);
            DenseKernels.scale(rf[i], 1 / rowSums[i], 0, k);
        }
        double[][] columns = DenseKernels.columns(p, n, m);
        double[][] zg = new double[m][k];
        for (int j = 0; j < m; j++) {
            System.arraycopy(r.data, (n + j) * k, zg[j], 0, k);
            DenseKernels.subtractCombination(zg[j], rf, columns[j], 0, 0, n, 0, k);
        }
        if (lowerFactor != null) {
            DenseKernels.solveLowerInPlace(lowerFactor, zg, k);
            DenseKernels.solveUpperInPlace(upperFactor, zg, k);
        } else {
            DMatrixRMaj w = new DMatrixRMaj(m, k);
            CommonOps_DDRM.multTransA(scaledEigenvectors, matrix(zg, k), w);
            DMatrixRMaj projected = new DMatrixRMaj(m, k);
            CommonOps_DDRM.mult(scaledEigenvectors, w, projected);
            zg = rows(projected);
        }
        DMatrixRMaj z = new DMatrixRMaj(n + m, k);
        double[] fi = new double[k];
        for (int i = 0; i < n; i++) {
            System.arraycopy(r.data, i * k, fi, 0, k);
            DenseKernels.subtractCombination(fi, zg, p, i * m, 0, m, 0, k);
            DenseKernels.scale(fi, 1 / rowSums[i], 0, k);
            System.arraycopy(fi, 0, z.data, i * k, k);
        }
        for (int j = 0; j < m; j++) {
            System.arraycopy(zg[j], 0, z.data, (n + j) * k, k);
        }
        return z;
    }

    /**
     * {@code W = L⁻¹ B} for the Cholesky factor {@code L Lᵀ = S + c·1 1ᵀ}, so that {@code WᵀW = Bᵀ S⁺ B} for
     * B (M×k) with columns orthogonal to 1: the Schur-complement part of {@code Rᵀ H⁺ R}, PSD by construction.
     */
    public DMatrixRMaj whitenSchurRightHandSides(DMatrixRMaj b) {
        return matrix(whiten(rows(b)), b.numCols);
    }

    /**
     * {@link #whitenSchurRightHandSides} on B given as M rows of length k, in place when S was factorised
     * (the rows returned are then b's).
     */
    double[][] whiten(double[][] b) {
        int m = plan.m();
        if (b.length != m) {
            throw new IllegalArgumentException("right-hand sides have " + b.length + " rows, expected " + m);
        }
        int k = m == 0 ? 0 : b[0].length;
        if (lowerFactor == null) {
            DMatrixRMaj w = new DMatrixRMaj(m, k);
            CommonOps_DDRM.multTransA(scaledEigenvectors, matrix(b, k), w);
            return rows(w);
        }
        DenseKernels.solveLowerInPlace(lowerFactor, b, k);
        return b;
    }

    /** The rows of a row-major matrix as arrays. */
    private static double[][] rows(DMatrixRMaj a) {
        double[][] rows = new double[a.numRows][a.numCols];
        for (int i = 0; i < a.numRows; i++) {
            System.arraycopy(a.data, i * a.numCols, rows[i], 0, a.numCols);
        }
        return rows;
    }

    /** A row-major matrix from rows of length k. */
    static DMatrixRMaj matrix(double[][] rows, int k) {
        DMatrixRMaj a = new DMatrixRMaj(rows.length, k);
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, a.data, i * k, k);
        }
        return a;
    }

    /** Actual source marginal a^P = P1 (the diagonal f-block of H). */
    public double[] rowSums() {
        return rowSums.clone();
    }
}

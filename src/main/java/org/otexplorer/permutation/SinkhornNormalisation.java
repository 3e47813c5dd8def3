package org.otexplorer.permutation;

import org.otexplorer.engine.GumbelSinkhorn;

/**
 * The Sinkhorn normalisation operator {@code S^(L) = (N_c ∘ N_r)^L} on a non-negative square matrix, one
 * half-step at a time, with both constraint errors after each (math.md §15.1). {@code N_r} divides every row
 * by its sum, {@code N_c} every column; the work is done in the log domain by the half-steps of
 * {@link GumbelSinkhorn} (the project's one normalisation), so {@code exp(χ/τ)} at small τ never overflows
 * and zero entries stay exactly zero.
 * Mutable: the normalisation lab steps, resets and reads it; not thread-safe.
 *
 * <pre>{@code
 * SinkhornNormalisation s = SinkhornNormalisation.of(OscillatingPattern.CENTRE_OPEN.withEpsilon(1e-6));
 * ConstraintErrors e = s.run(20);          // 40 half-steps
 * double[][] now = s.matrix();             // S^(20)(A)
 * }</pre>
 */
public final class SinkhornNormalisation {
    private final int n;
    private final double[] initialLog;
    private final double[] z;
    private final double[] matrix;
    private int halfSteps;

    private SinkhornNormalisation(double[] logMatrix, int n) {
        this.n = n;
        this.initialLog = logMatrix;
        this.z = logMatrix.clone();
        this.matrix = new double[logMatrix.length];
        reset();
    }

    /**
     * The normalisation of a non-negative square matrix (zeros allowed).
     *
     * @throws IllegalArgumentException if the matrix is empty or not square, holds a negative, NaN or infinite
     *                                  entry, or has a row or column of zeros (which no scaling can normalise)
     */
    public static SinkhornNormalisation of(double[][] matrix) {
        int n = matrix == null ? 0 : matrix.length;
        if (n == 0) {
            throw new IllegalArgumentException("Sinkhorn normalisation needs a non-empty square matrix");
        }
        double[] log = new double[n * n];
        double[] columnSums = new double[n];
        for (int i = 0; i < n; i++) {
            if (matrix[i] == null || matrix[i].length != n) {
                throw new IllegalArgumentException("Sinkhorn normalisation needs a square matrix: row " + i + " has "
                        + (matrix[i] == null ? 0 : matrix[i].length) + " entries, expected " + n);
            }
            double rowSum = 0;
            for (int j = 0; j < n; j++) {
                double a = matrix[i][j];
                if (!(a >= 0) || Double.isInfinite(a)) {
                    throw new IllegalArgumentException("Sinkhorn normalisation needs finite non-negative entries,"
                            + " entry (" + i + ", " + j + ") is " + a);
                }
                log[i * n + j] = Math.log(a);
                rowSum += a;
                columnSums[j] += a;
            }
            if (rowSum == 0) {
                throw new IllegalArgumentException("row " + i + " is all zero: no scaling normalises it");
            }
        }
        for (int j = 0; j < n; j++) {
            if (columnSums[j] == 0) {
                throw new IllegalArgumentException("column " + j + " is all zero: no scaling normalises it");
            }
        }
        return new SinkhornNormalisation(log, n);
    }

    /**
     * The normalisation of {@code exp(logScores)}, e.g. {@code χ/τ} for the score matrix {@code exp(χ/τ)}.
     *
     * @param logScores row-major n×n, finite (not modified)
     * @throws IllegalArgumentException if the array is not n×n or holds a NaN or infinite entry
     */
    public static SinkhornNormalisation ofLogScores(double[] logScores, int n) {
        if (n < 1 || logScores == null || logScores.length != (long) n * n) {
            throw new IllegalArgumentException("Sinkhorn normalisation needs an n x n score matrix, got "
                    + (logScores == null ? 0 : logScores.length) + " entries for n = " + n);
        }
        for (int k = 0; k < logScores.length; k++) {
            if (!Double.isFinite(logScores[k])) {
                throw new IllegalArgumentException("score entry (" + k / n + ", " + k % n + ") is not finite: "
                        + logScores[k]);
            }
        }
        return new SinkhornNormalisation(logScores.clone(), n);
    }

    /** Back to the input matrix, before any half-step. */
    public void reset() {
        System.arraycopy(initialLog, 0, z, 0, z.length);
        for (int k = 0; k < z.length; k++) {
            matrix[k] = Math.exp(z[k]);
        }
        halfSteps = 0;
    }

    /**
     * The next half-step: {@code N_r} if an even number of half-steps is done, else {@code N_c}. The first works
     * from the log-matrix alone; later ones reuse the matrix the previous one left (see
     * {@link GumbelSinkhorn#renormaliseRows}).
     */
    public void halfStep() {
        if (halfSteps == 0) {
            GumbelSinkhorn.normaliseRows(z, n, n, matrix);
        } else if (halfSteps % 2 == 0) {
            GumbelSinkhorn.renormaliseRows(z, n, n, matrix);
        } else {
            GumbelSinkhorn.renormaliseColumns(z, n, n, matrix);
        }
        halfSteps++;
    }

    /**
     * Runs {@code iterations} more full iterations (2 × iterations half-steps) and records both errors after
     * each half-step.
     *
     * @throws IllegalArgumentException if iterations < 1
     */
    public ConstraintErrors run(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("Sinkhorn normalisation needs L >= 1 iterations, got " + iterations);
        }
        double[] rows = new double[2 * iterations];
        double[] columns = new double[2 * iterations];
        for (int k = 0; k < rows.length; k++) {
            halfStep();
            rows[k] = rowError();
            columns[k] = columnError();
        }
        return new ConstraintErrors(rows, columns);
    }

    /** {@link #run} on a fresh normalisation of {@code matrix}: the error curves of Fig. 2. */
    public static ConstraintErrors errors(double[][] matrix, int iterations) {
        return of(matrix).run(iterations);
    }

    public int n() {
        return n;
    }

    /** Half-steps done since the start or the last reset. */
    public int halfSteps() {
        return halfSteps;
    }

    /** The current matrix, n×n (a copy). */
    public double[][] matrix() {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(matrix, i * n, m[i], 0, n);
        }
        return m;
    }

    /** {@code max_i |1 − Σ_j X_ij|} of the current matrix X. */
    public double rowError() {
        double worst = 0;
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += matrix[i * n + j];
            }
            worst = Math.max(worst, Math.abs(1 - s));
        }
        return worst;
    }

    /** {@code max_j |1 − Σ_i X_ij|} of the current matrix X. */
    public double columnError() {
        double[] s = new double[n];
        for (int k = 0; k < matrix.length; k++) {
            s[k % n] += matrix[k];
        }
        double worst = 0;
        for (double v : s) {
            worst = Math.max(worst, Math.abs(1 - v));
        }
        return worst;
    }
}

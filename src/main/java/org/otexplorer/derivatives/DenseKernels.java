package org.otexplorer.derivatives;

import java.util.concurrent.RecursiveAction;
import java.util.concurrent.atomic.AtomicLong;
import org.ejml.concurrency.EjmlConcurrency;

/**
 * The three dense kernels of the deflated Hessian (math.md §5.5): the symmetric product {@code AᵀA} (BLAS
 * {@code syrk}), the Cholesky factorisation {@code S = UᵀU} and triangular solves with many right-hand sides
 * ({@code trsm}). Matrices are arrays of rows ({@code double[row][column]}).
 * <p>
 * Every kernel spends its time in one small loop, {@link #subtractFourRows}: a row minus a combination of four
 * other rows. Each pass therefore reads four rows for one row written, the loop's C2 code is vectorised (the
 * rows are distinct arrays), and, what matters for a cold {@code otx derivatives}, there is one loop to compile
 * for all of them. In a fresh JVM its C2 code still arrives only some 40-70 ms into the derivatives (it waits in
 * the compiler's queue behind the solve's methods), so the first products run in C1 code. Work is split into
 * tasks of about equal flops over EJML's thread pool (on 2 cores, both share every product once warm); the loop
 * bodies are classes, not lambdas, and the pool is driven directly, not through parallel streams: in a cold JVM
 * each new lambda shape and the stream machinery cost their bootstrap before the first flop. In a fresh JVM the
 * first {@link #COMPILE_WORK} multiply-adds run on the calling thread: meanwhile the JIT compiles the kernel, and
 * on 2 cores a second worker takes the compiler's core (cold {@code otx derivatives} at N = 400, 8 interleaved
 * runs at load 2.5-3.3: median 0.185 s shared from the start, 0.107 s with the first products on one thread;
 * warm, the pool still gives 0.037 s against one thread's 0.042 s).
 */
final class DenseKernels {
    /** Columns of the rows a task of the symmetric product keeps in cache. */
    private static final int TASK_COLUMNS = 64;

    /**
     * Columns of the right-hand sides a task of the triangular solve owns: its M row segments stay in L2 (400 ×
     * 128 doubles at N = 400) and the kernel's loops are twice as long as with 64 (one-thread solve with 800
     * right-hand sides 10.5 -> 8.5 ms).
     */
    private static final int SOLVE_COLUMNS = 128;

    /** Entries of the trailing triangle from which a Cholesky step is shared among the pool's threads. */
    private static final long PARALLEL_STEP_ENTRIES = 1L << 18;

    /** Row combinations over fewer entries than this do not go through {@link #subtractFourRows}. */
    private static final int SHORT_RANGE = 16;

    /**
     * Multiply-adds after which the kernels share work with the pool: about one analytic Hessian at N = 400
     * (2.4e8). A product is shared when at least half of it comes after them.
     */
    static final long COMPILE_WORK = 1L << 28;

    /** Multiply-adds the kernels have been given in this JVM. */
    private static final AtomicLong WORK_DONE = new AtomicLong();

    private DenseKernels() {
    }

    /**
     * The upper triangle of {@code C = AᵀA} for A with {@code a.length} rows of length k: {@code C[p][q]} for
     * q ≥ p ({@code Σ_i a_ip a_iq}); entries below the diagonal are left zero.
     */
    static double[][] innerProductUpper(double[][] a, int k) {
        double[][] c = new double[k][k];
        new Ranges() {
            @Override
            void run(int from, int to) {
                int last = a.length - 1;
                for (int i = 0; i < a.length; i += 4) {
                    subtractRankFourUpper(c, a[i], a[Math.min(i + 1, last)], a[Math.min(i + 2, last)],
                            a[Math.min(i + 3, last)], Math.min(4, a.length - i), -1, from, to, k);
                }
            }
        }.runAll(equalAreaSplit(0, k, Math.max(1, k / TASK_COLUMNS)), (long) a.length * k * (k + 1) / 2);
        return c;
    }

    /**
     * Writes the symmetric matrix whose upper triangle {@code upper} holds into {@code out}, row-major: row p's
     * upper part is copied, its lower part is column p of the upper triangle, written row by row of upper (each
     * row of upper is read once, contiguously). One loop nest, like {@link #columns}: in a cold JVM a long loop
     * is compiled once on stack replacement, where k calls of a short one would mostly run interpreted.
     */
    static void symmetricFromUpper(double[][] upper, double[] out) {
        int k = upper.length;
        for (int p = 0; p < k; p++) {
            double[] row = upper[p];
            System.arraycopy(row, p, out, p * k + p, k - p);
            for (int q = p + 1, o = (p + 1) * k + p; q < k; q++, o += k) {
                out[o] = row[q];
            }
        }
    }

    /**
     * The transpose of the row-major {@code rows × columns} matrix {@code values}, as arrays of its columns
     * (one contiguous read of each row, scattered into the columns).
     */
    static double[][] columns(double[] values, int rows, int columns) {
        double[][] t = new double[columns][rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0, o = i * columns; j < columns; j++, o++) {
                t[j][i] = values[o];
            }
        }
        return t;
    }

    /**
     * Overwrites the upper triangle of the symmetric s (its lower triangle is not read) with the Cholesky factor
     * U, {@code s = UᵀU} (outer-product form, four rows at a time; the lower triangle is then garbage).
     *
     * @return false when a pivot is not positive (s is not positive definite to working precision)
     */
    static boolean choleskyUpper(double[][] s) {
        int m = s.length;
        for (int k = 0; k < m; k += 4) {
            int end = Math.min(k + 4, m);
            for (int r = k; r < end; r++) {
                double[] row = s[r];
                if (!(row[r] > 0)) {
                    return false;
                }
                double pivot = Math.sqrt(row[r]);
                for (int q = r; q < m; q++) {
                    row[q] /= pivot;
                }
                for (int below = r + 1; below < end; below++) {
                    subtractFourRows(s[below], row, row, row, row, row[below], 0, 0, 0, below, m);
                }
            }
            double[] u0 = s[k];
            double[] u1 = s[Math.min(k + 1, end - 1)];
            double[] u2 = s[Math.min(k + 2, end - 1)];
            double[] u3 = s[Math.min(k + 3, end - 1)];
            int width = end - k;
            new Ranges() {
                @Override
                void run(int from, int to) {
                    subtractRankFourUpper(s, u0, u1, u2, u3, width, 1, from, to, m);
                }
            }.runAll(equalAreaSplit(end, m, choleskyTasks(m - end)), (long) (m - end) * (m - end + 1) / 2 * width);
        }
        return true;
    }

    /**
     * Tasks for one four-row step of the Cholesky factorisation with {@code trailing} rows left: one below
     * {@link #PARALLEL_STEP_ENTRIES} entries of the trailing triangle (a fork and join of the pool costs more than
     * such a step: at M = 400, where every step is below it, two threads took 3.4 ms against one thread's 1.3 ms),
     * else one per thread.
     */
    private static int choleskyTasks(int trailing) {
        return (long) trailing * trailing / 2 < PARALLEL_STEP_ENTRIES ? 1 : EjmlConcurrency.getMaxThreads();
    }

    /**
     * {@code B ← L⁻¹ B} in place (forward substitution) for a lower triangular l (its upper triangle is not
     * read) and B with l's order of rows of length k.
     */
    static void solveLowerInPlace(double[][] l, double[][] b, int k) {
        substitute(l, b, k, true);
    }

    /** {@code B ← U⁻¹ B} in place (back substitution) for an upper triangular u (its lower triangle is not read). */
    static void solveUpperInPlace(double[][] u, double[][] b, int k) {
        substitute(u, b, k, false);
    }

    /**
     * Row i of B becomes {@code (b_i − Σ_j T_ij b_j) / T_ii} over the rows j already solved: j < i in ascending
     * order (forward, T lower), j > i in descending order (backward, T upper); each task owns a range of columns.
     */
    private static void substitute(double[][] t, double[][] b, int k, boolean forward) {
        int m = t.length;
        new Ranges() {
            @Override
            void run(int from, int to) {
                for (int step = 0; step < m; step++) {
                    int i = forward ? step : m - 1 - step;
                    double[] row = b[i];
                    double[] ti = t[i];
                    subtractCombination(row, b, ti, 0, forward ? 0 : i + 1, forward ? i : m, from, to);
                    scale(row, 1 / ti[i], from, to);
                }
            }
        }.runAll(evenSplit(k, Math.max(1, Math.min(k / SOLVE_COLUMNS, 64))), (long) m * (m - 1) / 2 * k);
    }

    /** {@code Uᵀ} for the upper triangle U of a square matrix (its lower triangle is not read). */
    static double[][] transposeUpper(double[][] u) {
        int m = u.length;
        double[][] t = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = i; j < m; j++) {
                t[j][i] = u[i][j];
            }
        }
        return t;
    }

    /**
     * {@code target[q] −= Σ_r weights[weightOffset + r] · rows[r][q]} over the rows r in [rowFrom, rowTo) and the
     * entries q in [from, to), four rows per pass of {@link #subtractFourRows}: every row-combination loop of the
     * derivatives (substitution, the Schur complement's eliminations, the plan's products) is this call, so it
     * runs compiled code as soon as the kernel is compiled. Ranges shorter than {@link #SHORT_RANGE} (one
     * right-hand side, the d + 1 columns of a gradient) take {@link #subtractShortCombination} instead: the
     * kernel's profile then only holds long loops, which C2 unrolls and vectorises (calls with ranges of 1 or 3
     * before its compilation halved the speed of its code).
     */
    static void subtractCombination(double[] target, double[][] rows, double[] weights, int weightOffset,
                                    int rowFrom, int rowTo, int from, int to) {
        if (to - from < SHORT_RANGE) {
            subtractShortCombination(target, rows, weights, weightOffset, rowFrom, rowTo, from, to);
            return;
        }
        int r = rowFrom;
        for (; r + 4 <= rowTo; r += 4) {
            int w = weightOffset + r;
            subtractFourRows(target, rows[r], rows[r + 1], rows[r + 2], rows[r + 3], weights[w], weights[w + 1],
                    weights[w + 2], weights[w + 3], from, to);
        }
        for (; r < rowTo; r++) {
            subtractFourRows(target, rows[r], rows[r], rows[r], rows[r], weights[weightOffset + r], 0, 0, 0, from, to);
        }
    }

    /** {@link #subtractCombination} for a short range of entries: one sum over the rows per entry. */
    private static void subtractShortCombination(double[] target, double[][] rows, double[] weights, int weightOffset,
                                                 int rowFrom, int rowTo, int from, int to) {
        for (int q = from; q < to; q++) {
            double sum = 0;
            for (int r = rowFrom; r < rowTo; r++) {
                sum += weights[weightOffset + r] * rows[r][q];
            }
            target[q] -= sum;
        }
    }

    /** {@code c[q] −= w0 a0[q] + w1 a1[q] + w2 a2[q] + w3 a3[q]} for q in [from, to): the one hot loop. */
    static void subtractFourRows(double[] c, double[] a0, double[] a1, double[] a2, double[] a3,
                                 double w0, double w1, double w2, double w3, int from, int to) {
        for (int q = from; q < to; q++) {
            c[q] -= w0 * a0[q] + w1 * a1[q] + w2 * a2[q] + w3 * a3[q];
        }
    }

    /**
     * {@code c[p][q] −= sign Σ_r u_r[p] u_r[q]} for the rows p in [from, to) and q in [p, k): the update of an upper
     * triangle by the first {@code present} of the rows u0..u3 (the others are not read). The symmetric product adds
     * (sign −1), the Cholesky factorisation subtracts (sign 1). Both send every row through here, so in a cold JVM
     * this loop is compiled after a few hundred calls; inside the task bodies it ran interpreted for tens of
     * thousands of rows until they were replaced on the stack.
     */
    private static void subtractRankFourUpper(double[][] c, double[] u0, double[] u1, double[] u2, double[] u3,
                                              int present, double sign, int from, int to, int k) {
        for (int p = from; p < to; p++) {
            subtractFourRows(c[p], u0, u1, u2, u3, sign * u0[p], present > 1 ? sign * u1[p] : 0,
                    present > 2 ? sign * u2[p] : 0, present > 3 ? sign * u3[p] : 0, p, k);
        }
    }

    /** {@code row[q] *= factor} for q in [from, to). */
    static void scale(double[] row, double factor, int from, int to) {
        for (int q = from; q < to; q++) {
            row[q] *= factor;
        }
    }

    /**
     * Boundaries {@code from = b_0 < … < b_tasks = to} such that the rows [b_t, b_t+1) of the rows [from, to) of an
     * upper triangle of order {@code to} hold about equal numbers of entries (row p holds {@code to − p}).
     */
    static int[] equalAreaSplit(int from, int to, int tasks) {
        int[] bounds = new int[tasks + 1];
        double total = (double) (to - from) * (to - from + 1) / 2;
        int row = from;
        double area = 0;
        bounds[0] = from;
        for (int t = 1; t < tasks; t++) {
            while (row < to && area < total * t / tasks) {
                area += to - row;
                row++;
            }
            bounds[t] = row;
        }
        bounds[tasks] = to;
        return bounds;
    }

    /** Boundaries splitting [0, k) into {@code tasks} ranges of about equal length. */
    private static int[] evenSplit(int k, int tasks) {
        int[] bounds = new int[tasks + 1];
        for (int t = 0; t <= tasks; t++) {
            bounds[t] = (int) ((long) k * t / tasks);
        }
        return bounds;
    }

    /** A loop body over one task's range of indices [from, to). */
    private abstract static class Ranges {
        abstract void run(int from, int to);

        /**
         * Runs every range [b_t, b_t+1) of the boundaries, over EJML's pool when there are several and at least
         * half of the work's {@code multiplyAdds} come after the first {@link #COMPILE_WORK} in this JVM.
         */
        final void runAll(int[] bounds, long multiplyAdds) {
            int tasks = bounds.length - 1;
            boolean warm = WORK_DONE.getAndAdd(multiplyAdds) + multiplyAdds / 2 >= COMPILE_WORK;
            if (tasks == 1 || !warm || !EjmlConcurrency.isUseConcurrent()) {
                for (int t = 0; t < tasks; t++) {
                    run(bounds[t], bounds[t + 1]);
                }
                return;
            }
            Part[] parts = new Part[tasks];
            for (int t = 0; t < tasks; t++) {
                parts[t] = new Part(this, bounds[t], bounds[t + 1]);
            }
            EjmlConcurrency.getThreadPool().invoke(new All(parts));
        }
    }

    /** One range as a fork-join task. */
    private static final class Part extends RecursiveAction {
        private final Ranges body;
        private final int from;
        private final int to;

        Part(Ranges body, int from, int to) {
            this.body = body;
            this.from = from;
            this.to = to;
        }

        @Override
        protected void compute() {
            body.run(from, to);
        }
    }

    /** All ranges, forked together. */
    private static final class All extends RecursiveAction {
        private final Part[] parts;

        All(Part[] parts) {
            this.parts = parts;
        }

        @Override
        protected void compute() {
            invokeAll(parts);
        }
    }
}

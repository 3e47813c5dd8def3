package org.otexplorer.engine;

import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * Solves {@code H̃ z = r} matrix-free (math.md §2.4), where {@code H̃ = [[Df, P̃], [P̃ᵀ, Dg]]} is the H-matrix of a
 * {@link SparsePlan} with diagonal blocks {@code Df = diag(P1) + diag(fShift)}, {@code Dg = diag(Pᵀ1) + diag(gShift)}
 * (the shifts are ε Φ'' of unbalanced OT's penalties, or ε τ2 of the Hessian-vector product; null means none).
 * The diagonal f-block is eliminated: {@code S z_g = r_g − P̃ᵀ(r_f/Df)} with the Schur complement
 * {@code S = Dg − P̃ᵀ Df⁻¹ P̃}, solved by conjugate gradients preconditioned with {@code diag(S)} (Jacobi), then
 * {@code z_f = (r_f − P̃ z_g)/Df}. Each iteration is one pass over the kept entries. Without shifts and with
 * nothing dropped, S is singular along {@code 1}, and right-hand sides orthogonal to H's null vector
 * {@code v = [1; −1]} give a consistent system, which CG from zero solves; the solution may then differ from
 * {@code H⁺r} by a multiple of v. Memory: a few vectors of length n + m besides the plan.
 */
public final class SchurConjugateGradient {
    /** The monitor's cancellation is polled every this many iterations. */
    static final int CANCEL_POLL = 16;

    private final SparsePlan plan;
    private final double[] fDiagonal;
    private final double[] gDiagonal;
    private final double[] inverseSchurDiagonal;
    private final double[][] partial;
    private final boolean gauge;

    /**
     * The solver for this plan's H-matrix plus optional diagonal shifts ({@code null}: none). Without shifts the
     * right-hand side of the Schur system and every CG residual are projected onto {@code 1⊥}: H's null vector v
     * (or, with dropped entries, its near-null vector) would otherwise amplify their round-off.
     */
    public SchurConjugateGradient(SparsePlan plan, double[] fShift, double[] gShift) {
        this.plan = plan;
        gauge = fShift == null && gShift == null;
        fDiagonal = shifted(plan.rowSums(), fShift);
        gDiagonal = shifted(plan.columnSums(), gShift);
        inverseSchurDiagonal = inverseSchurDiagonal();
        int perRow = Math.max(1, plan.nonZeroCount() / Math.max(1, plan.n()));
        partial = new double[ParallelLoops.blocks(plan.n(), perRow)][plan.m()];
    }

    /**
     * The solution and how it was reached.
     *
     * @param z                 the solution {@code [z_f; z_g]}, length n + m
     * @param iterations        CG iterations
     * @param residualNorm      {@code ||H̃ z − r||₂}, recomputed from z (not the recursive estimate)
     * @param rightHandSideNorm {@code ||r||₂}
     * @param cancelled         whether the solve stopped because the caller cancelled
     */
    public record Solution(double[] z, int iterations, double residualNorm, double rightHandSideNorm,
                           boolean cancelled) {
        /** {@code ||H̃ z − r||₂ / ||r||₂} (0 for r = 0). */
        public double relativeResidual() {
            return rightHandSideNorm > 0 ? residualNorm / rightHandSideNorm : 0;
        }
    }

    /**
     * Solves until {@code ||H̃ z − r||₂ ≤ relativeTolerance·||r||₂}, at most {@code maxIterations} iterations, or
     * until {@code cancelled} says so (polled every {@link #CANCEL_POLL} iterations). Never returns NaN: a
     * breakdown (a non-positive curvature from round-off) ends the iterations with the last good iterate.
     */
    public Solution solve(double[] r, double relativeTolerance, int maxIterations, BooleanSupplier cancelled) {
        int n = plan.n();
        int m = plan.m();
        double[] rf = quotients(r, fDiagonal);
        double[] rhs = Arrays.copyOfRange(r, n, n + m);
        plan.addTransposeTimes(negated(rf), rhs);
        project(rhs);
        double rNorm = Math.sqrt(dot(r, r));
        double target = relativeTolerance * rNorm;
        double[] x = new double[m];
        double[] res = rhs.clone();
        double[] s = precondition(res, new double[m]);
        double[] d = s.clone();
        double[] q = new double[m];
        double rs = dot(res, s);
        double resNorm = Math.sqrt(dot(res, res));
        int it = 0;
        boolean stop = false;
        while (resNorm > target && it < maxIterations) {
            if (it % CANCEL_POLL == 0 && cancelled.getAsBoolean()) {
                stop = true;
                break;
            }
            schurTimes(d, q);
            double curvature = dot(d, q);
            double alpha = rs / curvature;
            if (!(alpha > 0) || Double.isInfinite(alpha)) {
                break;
            }
            step(alpha, d, q, x, res);
            project(res);
            precondition(res, s);
            double rsNew = dot(res, s);
            double beta = rsNew / rs;
            rs = rsNew;
            nextDirection(s, beta, d);
            resNorm = Math.sqrt(dot(res, res));
            it++;
        }
        project(x);
        schurTimes(x, q);
        double trueResidual = squaredDistance(q, rhs);
        double[] px = new double[n];
        plan.times(x, px);
        double[] z = new double[n + m];
        eliminated(rf, px, fDiagonal, z);
        System.arraycopy(x, 0, z, n, m);
        return new Solution(z, it, Math.sqrt(trueResidual), rNorm, stop);
    }

    /*
     * The loops of solve() live in the small methods below, none in solve itself: a solve that iterates long then
     * never needs an on-stack-replacement compilation of the whole method with everything it inlines (in a cold
     * `otx derivatives` that compilation held the only C2 compiler thread for 50-70 ms after the Newton polish,
     * while the derivatives' kernels waited behind it).
     */

    /** {@code a[k] / b[k]} for every k of a. */
    private static double[] quotients(double[] a, double[] b) {
        double[] out = new double[b.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = a[k] / b[k];
        }
        return out;
    }

    private static double[] negated(double[] a) {
        double[] out = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            out[k] = -a[k];
        }
        return out;
    }

    /** The CG step: {@code x += α d}, {@code res −= α q}. */
    private static void step(double alpha, double[] d, double[] q, double[] x, double[] res) {
        for (int j = 0; j < x.length; j++) {
            x[j] += alpha * d[j];
            res[j] -= alpha * q[j];
        }
    }

    /** The next search direction {@code d = s + β d}. */
    private static void nextDirection(double[] s, double beta, double[] d) {
        for (int j = 0; j < d.length; j++) {
            d[j] = s[j] + beta * d[j];
        }
    }

    /** {@code ||a − b||₂²}. */
    private static double squaredDistance(double[] a, double[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            double e = a[j] - b[j];
            sum += e * e;
        }
        return sum;
    }

    /** {@code z_f = r_f/Df − (P̃ z_g)/Df} into the first rf.length entries of z. */
    private static void eliminated(double[] rf, double[] px, double[] fDiagonal, double[] z) {
        for (int i = 0; i < rf.length; i++) {
            z[i] = rf[i] - px[i] / fDiagonal[i];
        }
    }

    /** {@code out = S x = Dg∘x − P̃ᵀ((P̃ x)/Df)}, rows split across cores. */
    private void schurTimes(double[] x, double[] out) {
        int n = plan.n();
        int m = plan.m();
        if (partial.length == 1) {
            Arrays.fill(out, 0);
            plan.subtractSchurProduct(x, fDiagonal, out, 0, n);
        } else {
            ParallelLoops.forBlocks(n, partial.length, (block, from, to) -> {
                double[] acc = partial[block];
                Arrays.fill(acc, 0);
                plan.subtractSchurProduct(x, fDiagonal, acc, from, to);
            });
            System.arraycopy(partial[0], 0, out, 0, m);
            for (int b = 1; b < partial.length; b++) {
                double[] acc = partial[b];
                for (int j = 0; j < m; j++) {
                    out[j] += acc[j];
                }
            }
        }
        for (int j = 0; j < m; j++) {
            out[j] += gDiagonal[j] * x[j];
        }
    }

    /** Subtracts the mean (only without shifts: then 1 spans the Schur complement's null space). */
    private void project(double[] x) {
        if (!gauge) {
            return;
        }
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        for (int j = 0; j < x.length; j++) {
            x[j] -= mean;
        }
    }

    private double[] precondition(double[] res, double[] out) {
        for (int j = 0; j < res.length; j++) {
            out[j] = inverseSchurDiagonal[j] * res[j];
        }
        return out;
    }

    /**
     * {@code 1/S_jj} with {@code S_jj = Dg_j − Σ_i P̃_ij²/Df_i ≥ 0}; floored at {@code 2⁻⁵⁰ Dg_j}, where
     * cancellation leaves nothing resolvable (a column served by a single row).
     */
    private double[] inverseSchurDiagonal() {
        double[] squares = new double[plan.m()];
        plan.addSquaredColumnSums(fDiagonal, squares);
        double[] inv = new double[plan.m()];
        for (int j = 0; j < inv.length; j++) {
            double sjj = Math.max(gDiagonal[j] - squares[j], 0x1p-50 * gDiagonal[j]);
            inv[j] = sjj > 0 ? 1 / sjj : 1;
        }
        return inv;
    }

    /** {@code sums + shift}, each entry at least the smallest normal double (an empty row would divide by 0). */
    private static double[] shifted(double[] sums, double[] shift) {
        double[] out = new double[sums.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = Math.max(sums[k] + (shift == null ? 0 : shift[k]), Double.MIN_NORMAL);
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += a[k] * b[k];
        }
        return s;
    }
}

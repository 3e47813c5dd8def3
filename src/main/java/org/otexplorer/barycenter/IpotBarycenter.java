package org.otexplorer.barycenter;

import java.util.Arrays;
import org.otexplorer.parameters.Parameter;

/**
 * The IPOT barycenter (thesis Algorithm 2; math.md §16.4) in the log domain. Proximal step t solves
 * {@code min Σ_k λ_k (<C, Γ_k> + β KL(Γ_k | Γ_k^{(t−1)}))} with rows of every {@code Γ_k} on a common q and columns
 * on {@code p_k} by L Bregman sweeps with the kernels {@code H_k = exp(−C/β) ⊙ Γ_k^{(t−1)}}, the scalings a_k, b_k
 * carried over from the previous step. Since every step multiplies the plans by {@code exp(−C/β)} and by
 * diagonal scalings, {@code Γ_k^{(t)} = exp((F_k ⊕ G_k − C)/ε_t)} with {@code ε_t = β/t}: step t is a Bregman
 * sweep at {@code ε_t} started from the potentials {@code F = r f + ε_t log a}, {@code G = r g + ε_t log b},
 * {@code r = (t−1)/t}, so every kernel product is a {@link LogConvolution}.
 *
 * <p>Two update orders: {@link Order#CONSENSUS} (columns, geometric mean, rows) keeps
 * {@code Π_k a_k^{λ_k} = 1} through every step and converges to the exact (LP) barycenter;
 * {@link Order#PRINTED} (rows from the previous q, columns, geometric mean), the order printed in Algorithm 2,
 * restarts the a_k from the previous q at each step, which breaks that condition and stalls near its first
 * blurred iterate (math.md §16.4 explains why).
 */
public final class IpotBarycenter extends LogDomainBarycenter {
    /** The order of the updates inside a proximal step. */
    public enum Order {
        /** Columns, geometric mean, rows (Benamou et al.'s order): keeps the consensus condition. When unsure, this. */
        CONSENSUS,
        /** As printed in thesis Algorithm 2: a_k from the previous q first, then b_k, then q. */
        PRINTED
    }

    private final double beta;
    private final int innerIterations;
    private final Order order;
    private final double[][] logA;
    private final double[][] logB;
    private final double[][] previousF;
    private final double[][] previousG;

    /**
     * @throws IllegalArgumentException unless β is a finite number > 0 and L ≥ 1
     */
    public IpotBarycenter(BarycenterProblem problem, double beta, int innerIterations, Order order) {
        super(problem, requireBeta(beta));
        if (innerIterations < 1) {
            throw new IllegalArgumentException("IPOT's inner iterations must be >= 1, got " + innerIterations);
        }
        this.beta = beta;
        this.innerIterations = innerIterations;
        this.order = order;
        logA = new double[inputs][bins];
        logB = new double[inputs][bins];
        previousF = new double[inputs][bins];
        previousG = new double[inputs][bins];
        for (double[] row : logB) {
            Arrays.fill(row, -Math.log(bins));
        }
    }

    @Override
    public void step() {
        double next = beta / (steps + 1);
        double r = steps / (steps + 1.0);
        for (int k = 0; k < inputs; k++) {
            System.arraycopy(f[k], 0, previousF[k], 0, bins);
            System.arraycopy(g[k], 0, previousG[k], 0, bins);
            for (int i = 0; i < bins; i++) {
                f[k][i] = r * f[k][i] + next * logA[k][i];
                g[k][i] = g[k][i] == Double.NEGATIVE_INFINITY ? Double.NEGATIVE_INFINITY : r * g[k][i] + next * logB[k][i];
            }
        }
        setEpsilon(next);
        for (int l = 0; l < innerIterations; l++) {
            if (order == Order.CONSENSUS) {
                bregmanSweep();
            } else {
                printedSweep();
            }
        }
        for (int k = 0; k < inputs; k++) {
            for (int i = 0; i < bins; i++) {
                logA[k][i] = (f[k][i] - r * previousF[k][i]) / next;
                logB[k][i] = g[k][i] == Double.NEGATIVE_INFINITY ? 0 : (g[k][i] - r * previousG[k][i]) / next;
            }
        }
        steps++;
    }

    /** Lines 9–11 of Algorithm 2 as printed: {@code a_k ← q/(H_k b_k)}, {@code b_k ← p_k/(H_kᵀ a_k)}, q. */
    private void printedSweep() {
        for (int k = 0; k < inputs; k++) {
            projectRows(k);
            projectColumns(k);
        }
        geometricMean();
    }

    public double beta() {
        return beta;
    }

    public int innerIterations() {
        return innerIterations;
    }

    public Order order() {
        return order;
    }

    @Override
    public String label() {
        return "IPOT beta = " + Parameter.format(beta) + ", L = " + innerIterations + " (" + order.name().toLowerCase() + " order)";
    }

    private static double requireBeta(double beta) {
        if (!(beta > 0) || Double.isInfinite(beta)) {
            throw new IllegalArgumentException("IPOT's beta must be a finite number > 0, got " + beta);
        }
        return beta;
    }
}

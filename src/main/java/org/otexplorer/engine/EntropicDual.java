package org.otexplorer.engine;

/**
 * The convex dual that Sinkhorn–Newton minimises (math.md §2.4):
 * {@code ψ(f, g) = ε Σ_ij P_ij(f, g) + Φ_a(f) + Φ_b(g)} with {@code P_ij = exp((f_i + g_j − C_ij)/ε)}. Its
 * gradient is the marginal residual {@code (P1 − ã, Pᵀ1 − b̃)}, where ã, b̃ are the marginals the potentials
 * demand ({@code ã = −Φ_a'(f)}), and its Hessian is {@code H/ε + diag(Φ_a'', Φ_b'')}.
 * <ul>
 * <li>Balanced OT: {@code Φ_a(f) = −aᵀf}, so ã = a and Φ'' = 0 (Sinkhorn's fixed point, math.md §2.1).</li>
 * <li>Unbalanced OT with KL penalty τ: {@code Φ_a(f) = τ Σ_i a_i exp(−(f_i − ε log a_i)/τ)}, so
 * {@code ã_i = a_i exp(−(f_i − ε log a_i)/τ)} and {@code Φ_a'' = ã/τ}: the optimality condition
 * {@code f_i − ε log a_i = −τ log((P1)_i/a_i)} of Chizat et al. 2018, and a Hessian without null space.</li>
 * </ul>
 */
abstract class EntropicDual {
    /** Below this |z|, {@code e^z − 1 − z} is summed as its Taylor series (the subtraction would cancel). */
    private static final double SERIES_BELOW = 1e-2;

    private final double[] a;
    private final double[] b;

    private EntropicDual(double[] a, double[] b) {
        this.a = a;
        this.b = b;
    }

    /** Balanced OT against the weights a, b. */
    static EntropicDual balanced(double[] a, double[] b) {
        return new EntropicDual(a, b) {
            @Override
            double[] demand(double[] potential, double[] weights) {
                return weights.clone();
            }

            @Override
            double[] shift(double[] demand) {
                return null;
            }

            @Override
            double curvature(double[] demand, double[] delta, double t) {
                return 0;
            }

            @Override
            double largestPenaltyExponentChange(double[] z) {
                return 0;
            }
        };
    }

    /** Unbalanced OT with KL marginal penalty τ at regularisation ε. */
    static EntropicDual unbalanced(double[] a, double[] b, double eps, double tau) {
        return new EntropicDual(a, b) {
            @Override
            double[] demand(double[] potential, double[] weights) {
                double[] out = new double[weights.length];
                for (int k = 0; k < out.length; k++) {
                    double logW = Math.log(weights[k]);
                    out[k] = Math.exp(logW - (potential[k] - eps * logW) / tau);
                }
                return out;
            }

            @Override
            double[] shift(double[] demand) {
                double[] out = new double[demand.length];
                for (int k = 0; k < out.length; k++) {
                    out[k] = eps / tau * demand[k];
                }
                return out;
            }

            @Override
            double curvature(double[] demand, double[] delta, double t) {
                double s = 0;
                for (int k = 0; k < demand.length; k++) {
                    s += demand[k] * expm1MinusLinear(-t * delta[k] / tau);
                }
                return tau * s;
            }

            @Override
            double largestPenaltyExponentChange(double[] z) {
                double mx = 0;
                for (double x : z) {
                    mx = Math.max(mx, Math.abs(x));
                }
                return eps / tau * mx;
            }
        };
    }

    /**
     * The largest change of a demand's exponent under the step {@code (f, g) −= ε z}: 0 for balanced OT,
     * {@code (ε/τ) max|z|} for the KL penalty.
     */
    abstract double largestPenaltyExponentChange(double[] z);

    /** The row marginal ã the potential f demands. */
    double[] sourceDemand(double[] f) {
        return demand(f, a);
    }

    /** The column marginal b̃ the potential g demands. */
    double[] targetDemand(double[] g) {
        return demand(g, b);
    }

    /**
     * {@code ||P1 − ã||₁ + ||Pᵀ1 − b̃||₁}: the L1 norm of ψ's gradient at (f, g), for a plan computed from them
     * (for balanced OT the marginal error).
     */
    double residual(TransportPlan plan, double[] f, double[] g) {
        double[] rows = plan.rowSums();
        double[] cols = plan.columnSums();
        double[] wantRows = sourceDemand(f);
        double[] wantCols = targetDemand(g);
        double e = 0;
        for (int i = 0; i < rows.length; i++) {
            e += Math.abs(rows[i] - wantRows[i]);
        }
        for (int j = 0; j < cols.length; j++) {
            e += Math.abs(cols[j] - wantCols[j]);
        }
        return e;
    }

    /** {@code Σa + Σb}: the scale of the marginal residual. */
    double totalMass() {
        double s = 0;
        for (double x : a) {
            s += x;
        }
        for (double x : b) {
            s += x;
        }
        return s;
    }

    abstract double[] demand(double[] potential, double[] weights);

    /** {@code ε Φ''} on one side, added to H's diagonal block; {@code null} when zero. */
    abstract double[] shift(double[] demand);

    /**
     * {@code Φ(x + tδ) − Φ(x) − t Φ'(x)ᵀδ ≥ 0} for one side, from that side's demand at x: the part of the
     * line search's decrease test that the penalty contributes (math.md §2.4).
     */
    abstract double curvature(double[] demand, double[] delta, double t);

    /** {@code e^z − 1 − z ≥ 0} without cancellation (Taylor series for small |z|). */
    static double expm1MinusLinear(double z) {
        return Math.abs(z) < SERIES_BELOW ? series(z) : Math.expm1(z) - z;
    }

    /**
     * {@code p (e^z − 1 − z)} for a plan entry p that becomes {@code pNew = p e^z} (computed afresh from the
     * potentials): the series for small |z|, else {@code (pNew − p) − p z}, which then loses nothing.
     */
    static double entryCurvature(double p, double pNew, double z) {
        return Math.abs(z) < SERIES_BELOW ? p * series(z) : (pNew - p) - p * z;
    }

    /** {@code e^z − 1 − z} to 14 digits for |z| below {@link #SERIES_BELOW} (the next term is below z⁷/5040). */
    private static double series(double z) {
        return z * z * (0.5 + z * (1.0 / 6 + z * (1.0 / 24 + z * (1.0 / 120 + z * (1.0 / 720)))));
    }
}

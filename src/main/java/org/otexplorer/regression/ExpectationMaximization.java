package org.otexplorer.regression;

import java.util.List;
import java.util.SplittableRandom;
import org.otexplorer.engine.AssignmentSolver;
import org.otexplorer.parameters.Parameter;

/**
 * EM for shuffled linear regression (Abid and Zou 2018, "A stochastic expectation-maximization approach to
 * shuffled linear regression"), for small n. The latent variable is the permutation π pairing inputs with
 * outputs under the Gaussian model {@code y_π(i) = x_iΘ + σ·noise}.
 * <ul>
 *   <li>{@code em-hard}: the E-step takes the most likely permutation (an exact assignment on the squared
 *       residuals), the M-step refits Θ by least squares and σ² by the mean squared residual.</li>
 *   <li>{@code em-stochastic}: the E-step samples permutations from {@code p(π | Θ, σ)} by Metropolis swaps
 *       of two partners (parameter {@code sweeps} proposals per sample, default 20·n; {@code samples}
 *       permutations, default 10); the M-step fits Θ to all sampled pairings at once.</li>
 * </ul>
 * Starts from least squares (or the spec's {@code init}); stops when the permutation no longer changes
 * (hard) or after {@code iterations}.
 */
final class ExpectationMaximization extends NamedOptimizer {
    static final String HARD = "em-hard";
    static final String STOCHASTIC = "em-stochastic";
    /** The linear model on rows that are already design rows (any intercept column included). */
    private static final LinearModel DESIGN_MODEL = new LinearModel(false);

    /** Θ0: least squares. */
    static final Parameter<String> INIT = OptimizerParameters.init("ls");
    static final Parameter<Integer> SAMPLES = Parameter.integer("samples").defaultValue(10).atLeast(1)
            .describe("em-stochastic: permutations sampled per E-step.").build();
    static final Parameter<Integer> SWEEPS = Parameter.integer("sweeps").atLeast(0)
            .describe("em-stochastic: Metropolis swap proposals per sample (0: 20·n).").build();

    ExpectationMaximization(String id) {
        super(id, HARD.equals(id) ? "Hard EM: the most likely permutation, then least squares (Abid and Zou 2018)."
                        : "Stochastic EM: permutations sampled by Metropolis swaps, then least squares (Abid and Zou "
                        + "2018).",
                HARD.equals(id) ? List.of(OptimizerParameters.ITERATIONS, INIT, OptimizerParameters.INIT_SCALE)
                        : List.of(OptimizerParameters.ITERATIONS, INIT, OptimizerParameters.INIT_SCALE, SAMPLES, SWEEPS));
    }

    @Override
    public Trace run(RegressionData data, OptimizerSettings settings, long seed, TraceListener listener,
                     RunControl control) {
        RunRecorder recorder = new RunRecorder(id(), data, listener);
        double[][] x = data.design();
        double[][] y = data.outputs();
        int n = x.length;
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] theta = recorder.begin(Initialization.initial(data, settings, INIT, seed));
        int[] pairing = identity(n);
        double sigma2 = Math.max(LeastSquaresFit.meanSquaredResidual(DESIGN_MODEL, x, y, theta), 1e-12);
        for (int it = 0; it < settings.iterations(); it++) {
            if (!control.awaitTurn()) {
                recorder.stop(RunStopReason.CANCELLED, "before iteration " + (it + 1));
                break;
            }
            double[] residual = LinearAlgebra.pairwiseSquaredResiduals(x, y, theta);
            int[] previous = pairing;
            double[][] stackedX;
            double[][] stackedY;
            if (HARD.equals(id())) {
                pairing = AssignmentSolver.solveAssignment(residual, n);
                stackedX = x;
                stackedY = pick(y, pairing);
            } else {
                int samples = settings.get(SAMPLES);
                int sweeps = settings.get(SWEEPS) > 0 ? settings.get(SWEEPS) : 20 * n;
                stackedX = new double[samples * n][];
                stackedY = new double[samples * n][];
                for (int s = 0; s < samples; s++) {
                    pairing = metropolis(pairing, residual, n, sigma2, sweeps, rng);
                    for (int i = 0; i < n; i++) {
                        stackedX[s * n + i] = x[i];
                        stackedY[s * n + i] = y[pairing[i]];
                    }
                }
            }
            theta = LinearAlgebra.leastSquares(stackedX, stackedY, 0);
            sigma2 = Math.max(LeastSquaresFit.meanSquaredResidual(DESIGN_MODEL, stackedX, stackedY, theta), 1e-12);
            if (!recorder.record(sigma2, 0, theta, HARD.equals(id()) ? "assignment" : "sampled E-step", null)) {
                break;
            }
            if (HARD.equals(id()) && java.util.Arrays.equals(previous, pairing)) {
                recorder.stop(RunStopReason.CONVERGED, "the most likely permutation no longer changes");
                break;
            }
        }
        return recorder.finish(theta);
    }

    /** Metropolis swaps of two partners under {@code p(π) ∝ exp(−Σ_i r_{i,π(i)}/(2σ²))}. */
    private static int[] metropolis(int[] start, double[] residual, int n, double sigma2, int sweeps,
                                    SplittableRandom rng) {
        int[] p = start.clone();
        for (int t = 0; t < sweeps; t++) {
            int a = rng.nextInt(n);
            int b = rng.nextInt(n);
            if (a == b) {
                continue;
            }
            double delta = residual[a * n + p[b]] + residual[b * n + p[a]] - residual[a * n + p[a]] - residual[b * n + p[b]];
            if (delta <= 0 || rng.nextDouble() < Math.exp(-delta / (2 * sigma2))) {
                int tmp = p[a];
                p[a] = p[b];
                p[b] = tmp;
            }
        }
        return p;
    }

    private static double[][] pick(double[][] y, int[] pairing) {
        double[][] out = new double[pairing.length][];
        for (int i = 0; i < pairing.length; i++) {
            out[i] = y[pairing[i]];
        }
        return out;
    }

    private static int[] identity(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        return p;
    }
}

package org.otexplorer.barycenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.otexplorer.histogram.GaussianMixture;
import org.otexplorer.histogram.Grid;

/** IBP against a dense scaling-form IBP, its marginal constraints, and its limit as ε shrinks. */
class IbpBarycenterTest {
    @Test
    void logDomainIbpEqualsTheDenseScalingFormOfBenamouEtAl() {
        int n = 30;
        Grid grid = Grid.line(n);
        List<double[]> inputs = List.of(GaussianMixture.random(2, n, 1).histogram(n), GaussianMixture.random(1, n, 2).histogram(n),
                GaussianMixture.random(3, n, 3).histogram(n));
        double[] lambda = {0.5, 0.2, 0.3};
        double eps = 0.02;
        BarycenterProblem p = BarycenterProblem.of(grid, inputs, lambda);
        IbpBarycenter ibp = new IbpBarycenter(p, eps);
        double[] dense = denseIbp(grid.costMatrix(), inputs, lambda, eps, 200);
        for (int t = 0; t < 200; t++) {
            ibp.step();
        }
        double[] q = ibp.barycenter();
        for (int i = 0; i < n; i++) {
            assertEquals(dense[i], q[i], 1e-13 + 1e-10 * dense[i], "bin " + i);
        }
    }

    @Test
    void convergedPlansMeetEveryMarginalAndKeepTheConsensus() {
        int n = 50;
        Grid grid = Grid.line(n);
        for (long seed = 0; seed < 3; seed++) {
            List<double[]> inputs = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                inputs.add(GaussianMixture.random(2, n, 10 * seed + k).histogram(n));
            }
            IbpBarycenter ibp = new IbpBarycenter(BarycenterProblem.of(grid, inputs, new double[] {0.2, 0.3, 0.5}), 0.005);
            BarycenterResult r = BarycenterRuns.run(ibp, 20_000, 1e-11, 1, () -> false);
            assertTrue(r.converged(), "seed " + seed + ": " + r.stopReason());
            assertTrue(r.marginalError() <= 1e-11);
            assertTrue(ibp.consensusGap() < 1e-9, "consensus " + ibp.consensusGap());
            double mass = 0;
            for (double v : r.barycenter()) {
                mass += v;
            }
            assertEquals(1, mass, 1e-10);
        }
    }

    @Test
    void theEntropicBarycenterTendsToTheExactOneAsEpsilonShrinks() {
        int n = 100;
        Grid grid = Grid.line(n);
        for (long seed = 0; seed < 3; seed++) {
            BarycenterProblem p = BarycenterProblem.of(grid, List.of(GaussianMixture.random(2, n, seed).histogram(n),
                    GaussianMixture.random(2, n, seed + 20).histogram(n)), new double[] {0.4, 0.6});
            double exact = ExactBarycenter1D.objective(p, ExactBarycenter1D.of(p).onGrid());
            double previous = Double.POSITIVE_INFINITY;
            for (double eps : new double[] {0.1, 0.01, 0.001}) {
                BarycenterResult r = BarycenterRuns.run(new IbpBarycenter(p, eps), 20_000, 1e-11, 1, () -> false);
                assertTrue(r.converged());
                double gap = ExactBarycenter1D.objective(p, r.barycenter()) - exact;
                assertTrue(gap >= -1e-12 && gap < previous / 3, "seed " + seed + " eps " + eps + ": gap " + gap);
                previous = gap;
            }
            assertTrue(previous < 0.01 * exact, "seed " + seed + ": gap at eps = 0.001 is " + previous);
        }
    }

    /** Benamou et al.'s IBP in scaling form with the dense kernel K = exp(−C/ε): v = p/Kᵀu, q = Π(Kv)^λ, u = q/Kv. */
    private static double[] denseIbp(double[][] c, List<double[]> p, double[] lambda, double eps, int iterations) {
        int n = c.length;
        int k = p.size();
        double[][] kernel = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                kernel[i][j] = Math.exp(-c[i][j] / eps);
            }
        }
        double[][] u = new double[k][n];
        double[][] v = new double[k][n];
        for (double[] row : u) {
            java.util.Arrays.fill(row, 1);
        }
        double[] q = new double[n];
        for (int t = 0; t < iterations; t++) {
            double[][] kv = new double[k][n];
            for (int s = 0; s < k; s++) {
                for (int j = 0; j < n; j++) {
                    double sum = 0;
                    for (int i = 0; i < n; i++) {
                        sum += kernel[i][j] * u[s][i];
                    }
                    v[s][j] = p.get(s)[j] / sum;
                }
                for (int i = 0; i < n; i++) {
                    double sum = 0;
                    for (int j = 0; j < n; j++) {
                        sum += kernel[i][j] * v[s][j];
                    }
                    kv[s][i] = sum;
                }
            }
            for (int i = 0; i < n; i++) {
                double log = 0;
                for (int s = 0; s < k; s++) {
                    log += lambda[s] * Math.log(u[s][i] * kv[s][i]);
                }
                q[i] = Math.exp(log);
            }
            for (int s = 0; s < k; s++) {
                for (int i = 0; i < n; i++) {
                    u[s][i] = q[i] / kv[s][i];
                }
            }
        }
        return q;
    }
}

package org.otexplorer.regression.data;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.otexplorer.regression.RegressionData;

/**
 * A synthetic stand-in for (gated) flow cytometry (ROBOT §4.3; the real data of Knight et al. are not
 * shipped): d features (the paper keeps 20) x ~ N(0, I_d), w ~ N(0, I_d/d) so that the outputs have about
 * unit variance, {@code y = xᵀw + σ·N(0,1)}. The training labels are sorted into {@code gates} equal groups
 * (parameter, default 3; 1 is ordinary, fully shuffled FC), shuffled within each gate, and a fraction
 * {@code crossGateFraction} (default 0.01) of them shuffled across gates, mimicking gating errors. The test
 * set ({@code testSize}, default n/9: the paper's 90/10 split) is fresh and paired.
 */
final class FlowCytometry {
    static final String ID = "flow-cytometry";

    private FlowCytometry() {
    }

    static RegressionData generate(GeneratorSettings spec, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = spec.n();
        int d = spec.d();
        int gates = DataGenerators.positiveInt(spec, "gates", 3);
        double cross = spec.parameter("crossGateFraction", 0.01);
        if (!(cross >= 0 && cross <= 1)) {
            throw new IllegalArgumentException("data.parameters.crossGateFraction must lie in [0, 1], got " + cross);
        }
        if (gates > n) {
            throw new IllegalArgumentException("data.parameters.gates must be <= n = " + n + ", got " + gates);
        }
        double[][] w = Draws.normal(rng, d, 1, 0, 1 / Math.sqrt(d));
        double[][] x = Draws.normal(rng, n, d, 0, 1);
        double[][] y = Draws.responses(rng, x, w, spec.noise());
        Integer[] byLabel = new Integer[n];
        for (int i = 0; i < n; i++) {
            byLabel[i] = i;
        }
        Arrays.sort(byLabel, (i, j) -> Double.compare(y[i][0], y[j][0]));
        int[] sorted = Arrays.stream(byLabel).mapToInt(Integer::intValue).toArray();
        int[] slot = sorted.clone();
        for (int g = 0; g < gates; g++) {
            shuffle(slot, g * n / gates, (g + 1) * n / gates, rng);
        }
        int[] across = Draws.permutation(rng, n);
        int k = (int) Math.floor(cross * n);
        int[] inner = Draws.permutation(rng, k);
        int[] mixed = slot.clone();
        for (int s = 0; s < k; s++) {
            mixed[across[s]] = slot[across[inner[s]]];
        }
        // Output row r shows the label of input mixed[r], listed gate by gate.
        double[][] outputs = new double[n][];
        for (int r = 0; r < n; r++) {
            outputs[r] = y[mixed[r]].clone();
        }
        int testSize = DataGenerators.positiveInt(spec, "testSize", Math.max(1, n / 9));
        double[][] testX = Draws.normal(rng, testSize, d, 0, 1);
        return new RegressionData(x, outputs, mixed, w, testX, Draws.responses(rng, testX, w, spec.noise()));
    }

    private static void shuffle(int[] a, int from, int to, SplittableRandom rng) {
        for (int i = to - 1; i > from; i--) {
            int j = from + rng.nextInt(i - from + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}

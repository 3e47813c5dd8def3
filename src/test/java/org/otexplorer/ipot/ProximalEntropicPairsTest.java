package org.otexplorer.ipot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otexplorer.engine.TransportProblem;
import org.otexplorer.histogram.GaussianMixture;
import org.otexplorer.histogram.Grid;

/** The slider pairs: IPOT iterate t with exact inner solves against Sinkhorn at ε = β/t. */
class ProximalEntropicPairsTest {
    @Test
    void onTheDemoHistogramsEveryPairAgrees() {
        for (long seed : new long[] {-1, 3, 8}) {
            int n = 60;
            double[] a = seed < 0 ? GaussianMixture.demoSource().histogram(n) : GaussianMixture.random(2, n, seed).histogram(n);
            double[] b = seed < 0 ? GaussianMixture.demoTarget().histogram(n) : GaussianMixture.random(3, n, seed + 50).histogram(n);
            TransportProblem p = Grid.line(n).problem(a, b);
            List<ProximalEntropicPairs.Pair> pairs = ProximalEntropicPairs.compute(p, 0.2, 15, 1e-12, () -> false);
            assertEquals(15, pairs.size());
            for (ProximalEntropicPairs.Pair pair : pairs) {
                assertEquals(0.2 / pair.t(), pair.epsilon(), 1e-15);
                assertTrue(pair.sinkhornConverged(), "t=" + pair.t());
                assertTrue(pair.innerError() <= 1e-12, "inner error " + pair.innerError());
                assertTrue(pair.maxDifference() < 1e-11, "seed " + seed + " t=" + pair.t() + ": " + pair.maxDifference());
                assertTrue(pair.ipot().marginalError(p) < 1e-11);
            }
            // With one sweep per step the iterate is only near the entropic plan.
            assertTrue(pairs.get(4).oneSweepDifference() > 1e3 * pairs.get(4).maxDifference(), "seed " + seed);
        }
    }

    @Test
    void cancellingStopsEarly() {
        TransportProblem p = Grid.line(20).problem(GaussianMixture.demoSource().histogram(20),
                GaussianMixture.demoTarget().histogram(20));
        assertTrue(ProximalEntropicPairs.compute(p, 0.2, 5, 1e-12, () -> true).isEmpty());
    }
}

package org.otexplorer.ui.ipot;

import java.util.List;
import org.otexplorer.io.Scenario;
import org.otexplorer.ipot.ProximalEntropicPairs;
import org.otexplorer.parameters.ParameterValues;
import org.otexplorer.service.Analysis;
import org.otexplorer.service.Job;

/**
 * IPOT's iterate t (each proximal step solved to {@link ProximalEntropicPairs#INNER_TOLERANCE}) beside the Sinkhorn
 * plan at ε = β/t for t = 1 … {@code ipot.pairSteps} (math.md §16.1), on the race's histograms.
 *
 * @param a     the source histogram
 * @param b     the target histogram
 * @param beta  β
 * @param pairs one pair per t, t = 1 first
 */
record PairsResult(double[] a, double[] b, double beta, List<ProximalEntropicPairs.Pair> pairs) {
    /** The pairs' analysis on the {@code ipot.pairs} channel. */
    static final Analysis<Scenario, PairsResult> ANALYSIS = new Analysis<>() {
        @Override
        public String channel() {
            return "ipot.pairs";
        }

        @Override
        public Job<PairsResult> job(Scenario s) {
            return context -> PairsResult.compute(s, context::isCancelled);
        }
    };

    static PairsResult compute(Scenario s, java.util.function.BooleanSupplier cancelled) {
        ParameterValues v = IpotSection.of(s);
        double[][] ab = IpotSection.histograms(s);
        double beta = v.get(IpotSection.PAIR_BETA);
        return new PairsResult(ab[0], ab[1], beta, ProximalEntropicPairs.compute(IpotSection.problem(s), beta,
                v.get(IpotSection.PAIR_STEPS), ProximalEntropicPairs.INNER_TOLERANCE, cancelled));
    }

    /** The part of a scenario the pairs depend on. */
    static Object inputs(Scenario s) {
        ParameterValues v = IpotSection.of(s);
        return List.of(RaceResult.histogramInputs(s), v.get(IpotSection.PAIR_BETA), v.get(IpotSection.PAIR_STEPS));
    }

    /** The pair of step t, or of the last step when t is beyond it. */
    ProximalEntropicPairs.Pair at(int t) {
        return pairs.get(Math.max(0, Math.min(t, pairs.size()) - 1));
    }
}

package org.otexplorer.ui.ipot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.otexplorer.io.Scenario;
import org.otexplorer.io.ScenarioFiles;
import org.otexplorer.ipot.ConvergenceCurve;
import org.otexplorer.ipot.ConvergenceRace;
import org.otexplorer.ipot.ScalabilityStudy;
import org.otexplorer.engine.AssignmentSolver;
import org.otexplorer.engine.SolverSettings;

/**
 * What the IPOT samples' descriptions claim, checked on the sample and re-seeded: the race's claims also on random
 * two-component mixtures of seeds 1 to 4 (the exact LP of the network simplex is the truth).
 */
class IpotSampleClaimsTest {
    @Test
    void theRaceSampleHoldsOnTheDemoAndOnRandomMixtures() {
        Scenario sample = ScenarioFiles.load(Path.of("samples/ipot-sparsity-race-demo.json"));
        List<Scenario> cases = new ArrayList<>(List.of(sample));
        for (long seed = 1; seed <= 4; seed++) {
            cases.add(IpotSection.with(sample.withSeed(seed), IpotSection.HISTOGRAMS, "random"));
        }
        for (Scenario s : cases) {
            String name = "seed " + s.seed() + " " + IpotSection.of(s).get(IpotSection.HISTOGRAMS);
            ConvergenceRace.Result r = RaceResult.compute(s, () -> false).race();
            List<ConvergenceCurve> c = r.curves();
            int exact = r.exactSupportSize();
            ConvergenceCurve ipot = c.get(4);
            assertEquals(0.01, ipot.parameter());
            assertEquals(10, ipot.inner());
            assertEquals(2000, ipot.finalIteration());
            assertTrue(Math.abs(ipot.finalTransportCost() - r.exactCost()) <= 1e-6 * r.exactCost(), name);
            assertEquals(exact, ipot.supportSizes()[ipot.supportSizes().length - 1], name + ": the exact support");
            for (int k = 5; k <= 7; k++) {
                ConvergenceCurve sinkhorn = c.get(k);
                int last = sinkhorn.iterations().length - 1;
                assertTrue(sinkhorn.converged(), name + " " + sinkhorn.label());
                assertTrue(sinkhorn.supportSizes()[last] > 5 * exact, name + " " + sinkhorn.label());
                assertTrue(sinkhorn.massOffExactSupport()[last] > 0.6, name + " " + sinkhorn.label());
            }
            ConvergenceCurve stalled = c.get(8);
            assertEquals(1e-4, stalled.parameter());
            assertFalse(stalled.converged(), name + ": Sinkhorn at 1e-4 stalls");
            assertEquals(2000, stalled.finalIteration());
            assertTrue(r.verdict(stalled).endsWith("Sinkhorn stalls at this eps"), r.verdict(stalled));
            ConvergenceCurve blurred = c.get(0);
            assertEquals(1.0, blurred.parameter());
            double off = blurred.massOffExactSupport()[blurred.iterations().length - 1];
            assertTrue(off > 0.4 && off < 0.6, name + ": IPOT at β = 1 keeps about half its mass off, " + off);
        }
    }

    @Test
    void thePairsSampleHoldsOnTheDemoAndOnRandomMixtures() {
        Scenario sample = ScenarioFiles.load(Path.of("samples/ipot-equals-sinkhorn-at-beta-over-t.json"));
        List<Scenario> cases = new ArrayList<>(List.of(sample));
        for (long seed = 1; seed <= 3; seed++) {
            cases.add(IpotSection.with(sample.withSeed(seed), IpotSection.HISTOGRAMS, "random"));
        }
        for (Scenario s : cases) {
            PairsResult r = PairsResult.compute(s, () -> false);
            assertEquals(30, r.pairs().size());
            double worst = 0;
            for (var p : r.pairs()) {
                assertEquals(0.1 / p.t(), p.epsilon(), 1e-15);
                assertTrue(p.maxDifference() < 1e-11, "seed " + s.seed() + " t = " + p.t() + ": " + p.maxDifference());
                worst = Math.max(worst, p.maxDifference());
            }
            for (var p : r.pairs()) {
                assertTrue(p.oneSweepDifference() > 1e3 * worst, "seed " + s.seed() + " t = " + p.t());
            }
            double[] supportByT = r.pairs().stream().mapToDouble(p -> org.otexplorer.ipot.PlanSparsity.supportSize(
                    p.ipot(), 1e-6)).toArray();
            assertTrue(supportByT[29] < supportByT[0], "the plans sharpen as t grows");
        }
    }

    @Test
    void theGlyphSampleIsCrispWithIpotAndBlurredWithIbpOnEverySeed() {
        Scenario sample = ScenarioFiles.load(Path.of("samples/ipot-glyph-barycenters-ibp-vs-ipot.json"));
        for (long seed = 1; seed <= 3; seed++) {
            Scenario s = sample.withSeed(seed);
            BarycenterView v = BarycenterView.compute(s, () -> false);
            var ipot = v.ipot().sharpness();
            var ibp = v.ibp().sharpness();
            assertTrue(ipot.entropy() < ibp.entropy(), "seed " + seed + ": " + ipot + " vs " + ibp);
            assertTrue(2 * ipot.bins99() < ibp.bins99(), "seed " + seed + ": " + ipot + " vs " + ibp);
            BarycenterView printed = BarycenterView.compute(IpotSection.with(s, IpotSection.ORDER, "printed"),
                    () -> false);
            assertTrue(printed.ipot().sharpness().bins99() > ipot.bins99(), "seed " + seed + ": printed "
                    + printed.ipot().sharpness() + " vs consensus " + ipot);
        }
    }

    @Test
    void theColourSampleHoldsAtOtherSizes() {
        Scenario sample = ScenarioFiles.load(Path.of("samples/ipot-colour-transfer-sunset-to-lagoon.json"));
        for (int size : new int[] {192, 96, 160}) {
            ColourResult r = ColourResult.compute(IpotSection.with(sample.withSeed(size), IpotSection.IMAGE_SIZE, size),
                    null, () -> false);
            assertEquals(List.of("source", "target", "per channel, exact", "per channel, IPOT beta = 0.05",
                    "per channel, Sinkhorn eps = 0.01", "per channel, Sinkhorn eps = 0.001",
                    "joint RGB, exact, 500 samples"), r.names());
            double[] target = r.contrasts().get(1);
            for (int c = 0; c < 3; c++) {
                String at = "size " + size + " channel " + c;
                assertEquals(target[c], r.contrasts().get(2)[c], 0.5, at + ": exact");
                assertEquals(target[c], r.contrasts().get(3)[c], 0.5, at + ": IPOT");
                assertTrue(r.contrasts().get(4)[c] < target[c] - 2, at + ": Sinkhorn 0.01 washed out");
                assertTrue(r.contrasts().get(5)[c] > r.contrasts().get(4)[c], at + ": 0.001 closer");
                assertTrue(r.contrasts().get(5)[c] < r.contrasts().get(3)[c], at + ": 0.001 below IPOT");
            }
        }
    }

    /**
     * The scalability sample's claim (every point drawn is within a relative 1e-4 of the network simplex's cost, which
     * is the exact LP), on the sample's seed and re-seeded, n = 64 … 128 to keep it short; the exact LP of equal
     * uniform clouds is the Jonker–Volgenant assignment's cost (Birkhoff).
     */
    @Test
    void theScalabilitySampleDrawsOnlyPreciseRunsOnEverySeed() {
        Scenario sample = ScenarioFiles.load(Path.of("samples/ipot-scalability.json"));
        for (long seed : new long[] {sample.seed(), 7, 11}) {
            Scenario s = IpotSection.with(sample.withSeed(seed), IpotSection.SCALING_LARGEST, 128);
            ScalabilityStudy.Result r = ScalabilityResult.compute(s, () -> false, p -> { }).study();
            assertEquals(List.of(64, 128), r.entries().stream().map(ScalabilityStudy.Entry::n).distinct().toList());
            for (ScalabilityStudy.Entry e : r.entries()) {
                for (ScalabilityStudy.Run run : e.runs()) {
                    assertEquals(seed, run.seed());
                    double exact = new AssignmentSolver().solve(ScalabilityStudy.problem(e.n(), seed),
                            SolverSettings.defaults()).transportCost();
                    if (e.method() == ScalabilityStudy.Method.NETWORK_SIMPLEX) {
                        assertTrue(run.reached(), "the simplex is always drawn");
                        assertEquals(exact, run.cost(), 1e-12 * exact, "the simplex's cost is the exact LP");
                    }
                    assertTrue(!run.reached() || Math.abs(run.cost() - exact) <= 1e-4 * exact,
                            "seed " + seed + " " + e.method() + " n = " + e.n() + ": " + run);
                }
                assertEquals(e.reachedCount() > 0, e.meanSeconds().isPresent(), "a point exactly where one reached");
            }
        }
    }
}

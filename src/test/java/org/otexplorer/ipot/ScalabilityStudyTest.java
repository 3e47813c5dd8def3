package org.otexplorer.ipot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.otexplorer.engine.AssignmentSolver;
import org.otexplorer.engine.SolverSettings;
import org.otexplorer.ipot.ScalabilityStudy.Entry;
import org.otexplorer.ipot.ScalabilityStudy.Method;
import org.otexplorer.ipot.ScalabilityStudy.Result;
import org.otexplorer.ipot.ScalabilityStudy.Run;
import org.otexplorer.ipot.ScalabilityStudy.Settings;

/**
 * The scalability study (thesis Fig. 2.3) against independent truths: with uniform weights on n = m points the exact
 * LP optimum is a permutation (Birkhoff), so the Jonker–Volgenant assignment's cost is W_LP; every run counted as
 * reached is within 1e-4 of it; cancellation stops inside a solve; the slope of a power law is its exponent.
 */
class ScalabilityStudyTest {
    @Test
    void everyReachedRunIsWithinThePrecisionOfTheExactAssignment() {
        Settings settings = new Settings(List.of(16, 40), 0, 2, 2);
        List<Double> fractions = new ArrayList<>();
        Result r = new ScalabilityStudy(settings).run(() -> false, (soFar, fraction, running) -> fractions.add(fraction));
        assertTrue(r.complete());
        assertEquals(2 * Method.values().length, r.entries().size());
        int reached = 0;
        for (Entry e : r.entries()) {
            assertEquals(2, e.runs().size(), e.method() + " at " + e.n());
            for (Run run : e.runs()) {
                double exact = new AssignmentSolver().solve(ScalabilityStudy.problem(e.n(), run.seed()),
                        SolverSettings.defaults()).transportCost();
                if (e.method() == Method.NETWORK_SIMPLEX) {
                    assertEquals(exact, run.cost(), 1e-12 * exact, "the network simplex is the exact LP");
                }
                if (run.reached()) {
                    reached++;
                    assertTrue(Math.abs(run.cost() - exact) <= ScalabilityStudy.PRECISION * exact,
                            e.method() + " at n = " + e.n() + ": " + run);
                    assertTrue(run.marginalError() <= ScalabilityStudy.PRECISION, run.toString());
                    assertTrue(run.seconds() > 0 && run.seconds() <= settings.capSeconds() * 1.5, run.toString());
                }
            }
            assertEquals(e.reachedCount() > 0, e.meanSeconds().isPresent());
        }
        for (Method m : List.of(Method.NETWORK_SIMPLEX, Method.IPOT)) {
            assertTrue(r.of(m).stream().allMatch(e -> e.reachedCount() == 2), m + " reaches it on every seed");
        }
        assertTrue(reached > 2 * 2 * 2, "more than the simplex and IPOT reached it: " + reached);
        assertEquals(1, fractions.get(fractions.size() - 1), 0);
        for (int k = 1; k < fractions.size(); k++) {
            assertTrue(fractions.get(k) >= fractions.get(k - 1), "progress never goes back: " + fractions);
        }
        assertTrue(fractions.get(0) == 0 && fractions.size() == 2 * 2 + 1, fractions.toString());
    }

    @Test
    void cancellationStopsInsideTheSolveThatRuns() {
        AtomicInteger polls = new AtomicInteger();
        boolean[] started = {false};
        // Polls are counted from the first 512-point data set on; without polling inside the solves a 512-point
        // study with a 60 s cap would run for minutes.
        Result r = new ScalabilityStudy(new Settings(List.of(512, 1024), 0, 3, 60)).run(
                () -> started[0] && polls.incrementAndGet() > 40, (soFar, f, running) -> started[0] = true);
        assertFalse(r.complete());
        assertTrue(r.entries().isEmpty());
        assertTrue(polls.get() > 40 && polls.get() <= 42, "stopped right after the cancellation was seen: "
                + polls.get() + " polls");
    }

    @Test
    void aCancelledStudyKeepsTheSizesItFinished() {
        Result[] last = new Result[1];
        Result r = new ScalabilityStudy(new Settings(List.of(8, 16, 32), 0, 1, 1)).run(
                () -> last[0] != null && !last[0].entries().isEmpty(), (soFar, f, running) -> last[0] = soFar);
        assertFalse(r.complete());
        assertEquals(List.of(8), r.entries().stream().map(Entry::n).distinct().toList());
    }

    @Test
    void aCapNoSolveCanMeetLeavesOnlyTheExactSimplex() {
        Result r = new ScalabilityStudy(new Settings(List.of(32), 0, 1, 1e-9)).run(() -> false,
                ScalabilityStudy.Progress.NONE);
        for (Entry e : r.entries()) {
            assertEquals(e.method() == Method.NETWORK_SIMPLEX ? 1 : 0, e.reachedCount(), e.toString());
        }
        assertEquals("no eps of the ladder reached it", r.of(Method.SINKHORN).get(0).setting());
        assertEquals("not within the cap", r.of(Method.IPOT).get(0).setting());
    }

    @Test
    void theSlopeOfAPowerLawIsItsExponent() {
        List<Entry> entries = new ArrayList<>();
        for (int n : new int[] {64, 128, 256, 512}) {
            entries.add(new Entry(Method.IPOT, n, List.of(new Run(0, true, 3e-7 * Math.pow(n, 2.5), 1, 0, "x"))));
            entries.add(new Entry(Method.SINKHORN, n, List.of(new Run(0, n == 64, 1, 1, 1, "x"))));
        }
        Result r = new Result(new Settings(List.of(64, 128, 256, 512), 0, 1, 1), entries, true);
        assertEquals(2.5, r.slope(Method.IPOT).orElseThrow(), 1e-12);
        assertTrue(r.slope(Method.SINKHORN).isEmpty(), "one reached size has no slope");
        assertTrue(r.slope(Method.EPS_SCALING).isEmpty());
        // times under the floor are left out of the fit: 3e-7 n^2.5 is 9.8 ms at n = 64, above 10 ms from 128 on
        assertEquals(2.5, r.slope(Method.IPOT, 0.01).orElseThrow(), 1e-12);
        assertTrue(r.slope(Method.IPOT, 1.0).isEmpty(), "one size of a second or more has no slope");
    }

    @Test
    void badSettingsAreRefusedWithAMessage() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Settings(List.of(64, 1), 0, 1, 1))
                .getMessage().contains("n >= 2"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Settings(List.of(64), 0, 0, 1))
                .getMessage().contains("at least one seed"));
        for (double cap : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertTrue(assertThrows(IllegalArgumentException.class, () -> new Settings(List.of(64), 0, 1, cap))
                    .getMessage().contains("cap"));
        }
        assertThrows(IllegalArgumentException.class, () -> Settings.doubling(1, 64, 0, 1, 1));
        assertEquals(List.of(64, 128, 256, 512), Settings.doubling(64, 512, 0, 1, 1).sizes());
        assertEquals(List.of(64, 128, 256, 300), Settings.doubling(64, 300, 0, 1, 1).sizes());
        assertEquals(List.of(50), Settings.doubling(64, 50, 0, 1, 1).sizes());
    }

    /**
     * A short run is timed again and its fastest kept (one short timing on a busy machine is noise); a long run, or
     * one that did not reach the precision, is not repeated, and an unreached repeat never replaces a reached run.
     */
    @Test
    void aShortRunIsTheFastestOfThreeAndALongOrFailedOneIsTimedOnce() {
        AtomicInteger calls = new AtomicInteger();
        List<Run> scripted = List.of(run(true, 0.2), run(true, 0.05), run(false, 0.01));
        Run best = ScalabilityStudy.fastest(() -> scripted.get(calls.getAndIncrement()));
        assertEquals(3, calls.get());
        assertEquals(0.05, best.seconds(), 0);
        calls.set(0);
        assertEquals(0.4, ScalabilityStudy.fastest(() -> {
            calls.incrementAndGet();
            return run(true, 0.4);
        }).seconds(), 0);
        assertEquals(1, calls.get(), "a run of 0.4 s is timed once");
        calls.set(0);
        assertFalse(ScalabilityStudy.fastest(() -> {
            calls.incrementAndGet();
            return run(false, 0.01);
        }).reached());
        assertEquals(1, calls.get(), "a run that missed the precision is not repeated");
    }

    private static Run run(boolean reached, double seconds) {
        return new Run(1, reached, seconds, 1, 0, "test");
    }
}

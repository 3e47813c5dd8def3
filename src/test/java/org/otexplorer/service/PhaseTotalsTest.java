package org.otexplorer.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otexplorer.engine.SolverPhase;

/** The status bar's phases: totalled by kind when a kind comes back, else in the order they ran. */
class PhaseTotalsTest {
    private static SolverPhase sinkhorn(int iterations) {
        return new SolverPhase(SolverPhase.SINKHORN, iterations);
    }

    private static SolverPhase newton(int iterations) {
        return new SolverPhase(SolverPhase.NEWTON, iterations);
    }

    @Test
    void aKindThatComesBackIsTotalledAndThePhasesCounted() {
        assertEquals("sinkhorn 6390, newton 46 in 4 phases",
                PhaseTotals.of(List.of(sinkhorn(2130), newton(27), sinkhorn(4260), newton(19))));
        assertEquals("sinkhorn 30, newton 5 in 3 phases", PhaseTotals.of(List.of(sinkhorn(10), newton(5),
                sinkhorn(20))));
    }

    @Test
    void phasesOfDistinctKindsAreShownInTheOrderTheyRan() {
        assertEquals("epsilon-scaling 2263, sinkhorn 20, newton 25", PhaseTotals.of(List.of(
                new SolverPhase(SolverPhase.EPSILON_SCALING, 2263), sinkhorn(20), newton(25))));
        assertEquals("sinkhorn 387, newton 16", PhaseTotals.of(List.of(sinkhorn(387), newton(16))));
    }

    @Test
    void aSinglePhaseIsNotRepeatedBesideTheIterationCount() {
        assertEquals("", PhaseTotals.of(List.of(sinkhorn(387))));
        assertEquals("", PhaseTotals.of(List.of()));
    }
}

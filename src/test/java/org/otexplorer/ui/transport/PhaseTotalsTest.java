package org.otexplorer.ui.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The status bar's phases: totalled by kind when a kind comes back, else as the solve wrote them. */
class PhaseTotalsTest {
    @Test
    void aKindThatComesBackIsTotalledAndThePhasesCounted() {
        assertEquals("sinkhorn 6390, newton 46 in 4 phases",
                PhaseTotals.of("sinkhorn 2130, newton 27, sinkhorn 4260, newton 19"));
        assertEquals("sinkhorn 30, newton 5 in 3 phases", PhaseTotals.of("sinkhorn 10, newton 5, sinkhorn 20"));
    }

    @Test
    void phasesOfDistinctKindsAreShownAsTheyAre() {
        assertEquals("sinkhorn 387, newton 16", PhaseTotals.of("sinkhorn 387, newton 16"));
        assertEquals("", PhaseTotals.of(""));
        assertEquals("stage 1 of 3", PhaseTotals.of("stage 1 of 3"));
    }
}

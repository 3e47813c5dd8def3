package org.otexplorer.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.otexplorer.engine.SolverMonitor;
import org.otexplorer.io.Scenario;
import org.otexplorer.io.ScenarioFiles;

class SpectrumSweepTest {
    private static Scenario circle() {
        return ScenarioFiles.load(Path.of("samples/unit-circle-condition-number.json"));
    }

    private static final SolverMonitor CANCELLED = new SolverMonitor() {
        @Override
        public boolean isCancelled() {
            return true;
        }

        @Override
        public void iteration(int iteration, double marginalError) {
        }
    };

    /** On the unit circle the measured sweep is the closed form (math.md §10), at every ε and every N. */
    @Test
    void unitCircleSweepsMatchTheClosedForm() {
        for (String variable : new String[] {SpectrumSweep.EPSILON, SpectrumSweep.SIZE}) {
            SpectrumSweep sweep = SpectrumSweep.compute(circle(), null, variable, SolverMonitor.NONE);
            assertTrue(sweep.values().length >= 4, variable);
            for (int k = 0; k < sweep.values().length; k++) {
                // Eigenvalues carry an absolute round-off of about 1e-16 (λ_max ≤ 1): tiny λ only that well.
                double lambda = sweep.circleSmallestPositive()[k];
                double relative = 1e-6 + 1e-16 / lambda;
                assertEquals(lambda, sweep.smallestPositive()[k], relative * lambda,
                        variable + " at " + sweep.values()[k]);
                assertEquals(sweep.circleConditionNumber()[k], sweep.conditionNumber()[k],
                        relative * sweep.circleConditionNumber()[k], variable + " at " + sweep.values()[k]);
            }
        }
    }

    @Test
    void conditioningWorsensAsEpsilonShrinksAndCancellationStopsEarly() {
        SpectrumSweep sweep = SpectrumSweep.compute(circle(), null, SpectrumSweep.EPSILON, SolverMonitor.NONE);
        assertTrue(sweep.conditionNumber()[0] > 100 * sweep.conditionNumber()[sweep.values().length - 1]);
        SpectrumSweep none = SpectrumSweep.compute(circle(), null, SpectrumSweep.EPSILON, CANCELLED);
        assertEquals(0, none.values().length);
    }

    @Test
    void exactMethodsHaveNoSweep() {
        Scenario exact = circle().withEngine(circle().engine().withMethod("exact"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SpectrumSweep.compute(exact, null, SpectrumSweep.EPSILON, SolverMonitor.NONE));
        assertTrue(e.getMessage().contains("entropic"), e.getMessage());
    }
}

package org.otexplorer.ui.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otexplorer.service.SpectrumView;

/** Issue 12 item 14: the spectrum panel's λ₂ₙ₋₁ says what it is, never a positive number for a negative one. */
class SecondSmallestEigenvalueTest {
    private static SpectrumView withSecond(double second) {
        double[] eigenvalues = {0, second, 0.5, 1.0};
        return new SpectrumView(1, eigenvalues, second, 1.0 / second, 1e-10, 1, 0, Double.NaN, List.of());
    }

    @Test
    void aPositiveGapIsShownAsItsValue() {
        assertEquals("0.01000", SpectrumPanelController.secondSmallest(withSecond(0.01)));
    }

    @Test
    void aRoundOffGapIsASecondZero() {
        assertEquals("-3.000e-17 (0: split plan)", SpectrumPanelController.secondSmallest(withSecond(-3e-17)));
    }

    @Test
    void aNegativeEigenvalueIsMarkedNegative() {
        assertEquals("-0.002000 (negative)", SpectrumPanelController.secondSmallest(withSecond(-2e-3)));
    }
}

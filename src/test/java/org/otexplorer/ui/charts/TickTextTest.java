package org.otexplorer.ui.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Tick labels with the digits their step needs, and no more. */
class TickTextTest {
    @Test
    void quarterStepsGetTwoDecimalsOnEveryTick() {
        assertArrayEquals(new String[] {"0.00", "0.25", "0.50", "0.75"}, texts(false, 0, 0.25, 0.5, 0.75));
        assertArrayEquals(new String[] {"-0.25", "0.00", "0.25"}, texts(false, -0.25, 0, 0.25));
    }

    @Test
    void aLinearAxisWritesNoDigitItsStepDoesNotNeed() {
        assertArrayEquals(new String[] {"0.0", "0.3", "0.6", "0.9"}, texts(false, 0, 0.1 + 0.2, 0.6000000000000001,
                0.9));
        assertArrayEquals(new String[] {"0", "20", "40"}, texts(false, 0, 20, 40));
        assertArrayEquals(new String[] {"0.0000", "0.0025", "0.0050"}, texts(false, 0, 0.0025, 0.005));
    }

    @Test
    void tinyAndHugeTicksAreWrittenInENotationThroughout() {
        assertArrayEquals(new String[] {"0", "2.5e-4", "5.0e-4"}, texts(false, 0, 2.5e-4, 5e-4));
        assertArrayEquals(new String[] {"1e5", "2e5", "3e5"}, texts(false, 1e5, 2e5, 3e5));
    }

    @Test
    void aLogAxisWritesEachTickAsShortAsItIs() {
        assertArrayEquals(new String[] {"200", "500", "1000", "2000"}, texts(true, 200, 500, 1000, 2000));
        assertArrayEquals(new String[] {"0.001", "0.01", "0.1", "1", "10"}, texts(true, 1e-3, 1e-2, 0.1, 1, 10));
        assertArrayEquals(new String[] {"1e-11", "1e-9", "1e-7"}, texts(true, 1e-11, 1e-9, 1e-7));
    }

    private static String[] texts(boolean log, double... ticks) {
        TickText text = TickText.of(ticks, log);
        return Arrays.stream(ticks).mapToObj(text::format).toArray(String[]::new);
    }
}

package org.otexplorer.ui.charts;

import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;

/**
 * The range of a logarithmic value axis that draws every marker whole (issue 12 item 14, points clipped at plot
 * edges): beyond the lowest and the highest value a tenth of the decades between them, and at least a factor 2. A
 * fixed factor is a margin that shrinks as the span grows: 1.5 left 2.6 px, less than a marker's radius, at each end
 * of IPOT's pair differences (1e-15 … 1e-4) in a 170 px plot, and 2 left the spectrum's top row touching the edge.
 */
final class LogAxisMargin {
    private LogAxisMargin() {
    }

    /** Sets {@code axis} (not auto-ranging) to {@code [low, high]} with the margin; {@code 0 < low ≤ high}. */
    static void set(DefaultNumericAxis axis, double low, double high) {
        double pad = Math.pow(10, Math.max(Math.log10(2), Math.log10(high / low) / 10));
        axis.setAutoRanging(false);
        axis.set(low / pad, high * pad);
    }
}

package org.otexplorer.ui.charts;

import io.fair_acc.chartfx.axes.spi.AxisRange;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.axes.spi.TickMark;
import io.fair_acc.chartfx.axes.spi.format.DefaultFormatter;
import io.fair_acc.dataset.spi.fastutil.DoubleArrayList;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The numeric axis of every chart of the explorer: chart-fx's, with ticks a reader can use on a projector.
 * <ul>
 * <li>Its labels carry as many digits as the tick step needs ({@link TickText}).</li>
 * <li>A linear axis takes the finest 1-2-2.5-5 step whose labels, measured at the axis' own font, do not crowd each
 * other and of which at least {@value #FEWEST_TICKS} are whole inside the axis ({@link #step}): chart-fx allowed one
 * label per two font sizes whatever the labels' size and hid those that stick out at an end, so a presenter-mode
 * colour bar of 89 px showed a lone "0.0000" and a θ1 axis of 157 px a lone "0".</li>
 * <li>A logarithmic axis that spans fewer than three decades also has ticks at 2 and 5 times the powers of ten (or
 * at every multiple, within one decade): chart-fx ticked only the powers, and a support size from 150 to 9000 read a
 * lone "1E3".</li>
 * <li>An axis of whole numbers ({@link #setWholeSteps}) steps by 1, 2, 5, 10, …, never less than 1.</li>
 * <li>The label of a tick at an end of the axis, which chart-fx hides when half of it would stick out of the pane
 * holding the axis, is drawn moved inside the axis instead, unless it would then crowd its neighbour
 * ({@link #drawTickLabels}): the plan heatmap's row axis, whose row 0 lies half a row from the top, read
 * "10, 20, …" with no "0" to say that the rows run downwards from 0.</li>
 * </ul>
 */
public class ReadableAxis extends DefaultNumericAxis {
    /** The most major ticks a linear axis gets. */
    static final int MAX_TICKS = 10;
    /** Tick steps, in powers of ten. */
    private static final double[] STEPS = {1, 2, 2.5, 5};
    private static final double[] WHOLE_STEPS = {1, 2, 5};
    /** Tick steps when the usual ones leave fewer than {@value #FEWEST_TICKS} labels. */
    private static final double[] TIGHT_STEPS = {1, 2, 2.5, 3, 4, 5};
    private static final double[] TIGHT_WHOLE_STEPS = {1, 2, 3, 4, 5};
    /** The fewest labels an axis shows if it has room for them (a log axis: before it ticks 2 and 5 times 10^k). */
    static final int FEWEST_TICKS = 3;
    /** Room between the labels of a vertical axis, in label heights, when there is room (a horizontal one: an em). */
    private static final double ROOMY_LINES = 1.3;
    /** Mantissas of a log axis' ticks within a decade. */
    private static final double[] EVERY_MULTIPLE = {1, 2, 3, 4, 5, 6, 7, 8, 9};
    private boolean wholeSteps;
    /** The texts of the labels drawn last, in tick order. */
    private List<String> drawnLabels = List.of();

    /** A named axis. */
    public ReadableAxis(String name) {
        super(name);
        setAxisLabelFormatter(new Labels());
        getCanvas().setCache(false); // as the plot's (Charts.plainChart): redrawn each frame, a cache is one copy more
    }

    /** Whether ticks are whole numbers only (indices, iterations): no step below 1 and no 2.5. */
    public void setWholeSteps(boolean whole) {
        if (whole != wholeSteps) {
            wholeSteps = whole;
            forceRedraw();
        }
    }

    @Override
    public double computePreferredTickUnit(double axisLength) {
        double span = getMax() - getMin();
        if (isLogAxis() || !(span > 0) || !(axisLength > 0) || !Double.isFinite(span)) {
            return super.computePreferredTickUnit(axisLength);
        }
        return step(getMin(), getMax(), axisLength);
    }

    /**
     * The finest 1-2-2.5-5 step (from {@value #MAX_TICKS} ticks up) whose labels keep their room along {@code length}
     * pixels and of which at least {@value #FEWEST_TICKS} labels lie whole inside the axis (chart-fx hides a label
     * that sticks out at an end); failing that, the finest step, 3 and 4 times a power of ten allowed too, that shows
     * as many with the least room chart-fx leaves between labels before it hides every other one; failing that too,
     * the roomy step with the most labels whole inside.
     */
    double step(double min, double max, double length) {
        double span = max - min;
        double[] usual = wholeSteps ? WHOLE_STEPS : STEPS;
        double em = getTickLabelFont().getSize();
        double gap = getTickLabelSpacing() + 1;
        double best = Double.NaN;
        int bestInside = -1;
        for (double step : steps(span, usual)) {
            double[] ticks = ticks(min, max, step);
            double extent = labelExtent(ticks);
            if (step / span * length >= (vertical() ? ROOMY_LINES * extent : extent + em)) {
                int inside = inside(ticks, min, span, length, extent);
                if (inside >= FEWEST_TICKS) {
                    return step;
                }
                if (inside > bestInside) {
                    best = step;
                    bestInside = inside;
                }
            }
        }
        for (double step : steps(span, wholeSteps ? TIGHT_WHOLE_STEPS : TIGHT_STEPS)) {
            double[] ticks = ticks(min, max, step);
            double extent = labelExtent(ticks);
            if (step / span * length >= extent + gap && inside(ticks, min, span, length, extent) >= FEWEST_TICKS) {
                return step;
            }
        }
        return Double.isNaN(best) ? span : best;
    }

    /** Steps m·10^k ascending from the first that gives at most {@value #MAX_TICKS} ticks over span, four decades. */
    private double[] steps(double span, double[] multipliers) {
        double fine = Math.pow(10, Math.floor(Math.log10(span / MAX_TICKS)));
        double decade = wholeSteps ? Math.max(1, fine) : fine;
        return java.util.stream.IntStream.range(0, 4 * multipliers.length)
                .mapToDouble(k -> multipliers[k % multipliers.length] * decade * Math.pow(10, k / multipliers.length))
                .filter(step -> step * MAX_TICKS >= span).toArray();
    }

    /**
     * How many of the ticks' labels chart-fx will show whole: it hides a label reaching past the pane that holds the
     * axis (with none yet, past the axis' own length).
     */
    private int inside(double[] ticks, double min, double span, double length, double extent) {
        double from = 0;
        double to = length;
        if (getParent() instanceof javafx.scene.layout.Pane pane) {
            double offset = vertical() ? getLayoutY() : getLayoutX();
            from = -offset;
            to = (vertical() ? pane.getHeight() : pane.getWidth()) - offset;
        }
        int count = 0;
        for (double v : ticks) {
            double at = vertical() ? (1 - (v - min) / span) * length : (v - min) / span * length;
            if (at - extent / 2 >= from && at + extent / 2 <= to) {
                count++;
            }
        }
        return count;
    }

    private boolean vertical() {
        return getSide() != null && getSide().isVertical();
    }

    /**
     * Draws the tick labels, an end label chart-fx hid for sticking out of the axis' pane moved whole inside the axis
     * (when its tick is inside, the label is not rotated and it keeps the tick-label spacing from the nearest label
     * shown); its tick mark stays where it is. The marks are as chart-fx left them afterwards.
     */
    @Override
    protected void drawTickLabels(GraphicsContext gc, double axisWidth, double axisHeight,
                                  ObservableList<TickMark> tickMarks, double tickLength) {
        double length = vertical() ? axisHeight : axisWidth;
        List<TickMark> moved = new ArrayList<>(2);
        double[] was = new double[2];
        for (int end = 0; end < 2 && tickMarks.size() > 1; end++) {
            int k = end == 0 ? 0 : tickMarks.size() - 1;
            TickMark mark = tickMarks.get(k);
            double inside = insidePosition(mark, length);
            if (!mark.isVisible() && !Double.isNaN(inside) && clearOfNeighbour(tickMarks, k, inside)) {
                was[moved.size()] = mark.getPosition();
                moved.add(mark);
                mark.setPosition(inside);
                mark.setVisible(true);
            }
        }
        try {
            super.drawTickLabels(gc, axisWidth, axisHeight, tickMarks, tickLength);
            drawnLabels = tickMarks.stream().filter(TickMark::isVisible).map(TickMark::getText).toList();
        } finally {
            for (int m = 0; m < moved.size(); m++) {
                moved.get(m).setPosition(was[m]);
                moved.get(m).setVisible(false);
            }
        }
    }

    /** The texts of the tick labels drawn last, in tick order (end labels moved inside included). */
    public List<String> drawnLabels() {
        return drawnLabels;
    }

    /** Where the mark's label lies whole inside an axis of this length; NaN for a tick outside or a rotated label. */
    private double insidePosition(TickMark mark, double length) {
        double half = (vertical() ? mark.getHeight() : mark.getWidth()) / 2;
        double at = mark.getPosition();
        if (mark.getRotation() != 0 || at < -0.5 || at > length + 0.5 || 2 * half > length) {
            return Double.NaN;
        }
        return Math.min(Math.max(at, half), length - half);
    }

    /** Whether a label at {@code at} keeps the tick-label spacing from the nearest shown label beside mark k. */
    private boolean clearOfNeighbour(List<TickMark> marks, int k, double at) {
        int direction = k == 0 ? 1 : -1;
        for (int j = k + direction; j >= 0 && j < marks.size(); j += direction) {
            TickMark other = marks.get(j);
            if (other.isVisible()) {
                double room = vertical() ? (marks.get(k).getHeight() + other.getHeight()) / 2
                        : (marks.get(k).getWidth() + other.getWidth()) / 2;
                return Math.abs(other.getPosition() - at) >= room + getTickLabelSpacing();
            }
        }
        return true;
    }

    /** The multiples of {@code step} in [min, max]. */
    static double[] ticks(double min, double max, double step) {
        long first = (long) Math.ceil(min / step - 1e-9);
        long last = (long) Math.floor(max / step + 1e-9);
        int count = (int) Math.max(0, Math.min(last - first + 1, 4L * MAX_TICKS));
        double[] ticks = new double[count];
        for (int k = 0; k < count; k++) {
            ticks[k] = (first + k) * step;
        }
        return ticks;
    }

    /** Room a label takes along the axis: the widest label's width, or on a vertical axis a line's height. */
    private double labelExtent(double[] ticks) {
        Font font = getTickLabelFont();
        TickText text = TickText.of(ticks, false);
        double extent = 0;
        for (double v : ticks) {
            Text probe = new Text(text.format(v));
            probe.setFont(font);
            extent = Math.max(extent, vertical() ? probe.getLayoutBounds().getHeight()
                    : probe.getLayoutBounds().getWidth());
        }
        return extent;
    }

    @Override
    protected void calculateMajorTickValues(AxisRange range, DoubleArrayList tickValues) {
        super.calculateMajorTickValues(range, tickValues);
        if (isLogAxis() && tickValues.size() < FEWEST_TICKS && range.getLowerBound() > 0
                && range.getUpperBound() > range.getLowerBound()) {
            double[] ticks = logTicks(range.getLowerBound(), range.getUpperBound(), WHOLE_STEPS);
            if (ticks.length < FEWEST_TICKS) {
                ticks = logTicks(range.getLowerBound(), range.getUpperBound(), EVERY_MULTIPLE);
            }
            if (ticks.length > tickValues.size()) {
                tickValues.clear();
                tickValues.addElements(0, ticks);
            }
        }
    }

    /** The values m·10^e in [min, max] for the given mantissas m. */
    static double[] logTicks(double min, double max, double[] mantissas) {
        DoubleArrayList ticks = new DoubleArrayList();
        for (int e = (int) Math.floor(Math.log10(min)); e <= (int) Math.ceil(Math.log10(max)); e++) {
            for (double m : mantissas) {
                double v = Double.parseDouble(m + "e" + e); // exact decimal, not m · 10^e with its rounding
                if (v >= min * (1 - 1e-12) && v <= max * (1 + 1e-12)) {
                    ticks.add(v);
                }
            }
        }
        return java.util.Arrays.copyOf(ticks.elements(), ticks.size());
    }

    /** chart-fx's formatter with the texts of {@link TickText}: it is told each new set of major ticks. */
    private final class Labels extends DefaultFormatter {
        private TickText text = TickText.of(new double[] {0, 1}, false);

        @Override
        protected void rangeUpdated() {
            double[] ticks = new double[majorTickMarks.size()];
            for (int k = 0; k < ticks.length; k++) {
                ticks[k] = majorTickMarks.getDouble(k) / unitScaling; // the values the labels are asked for
            }
            text = TickText.of(ticks, isLogAxis());
            labelCache.clear();
        }

        @Override
        public String toString(Number value) {
            return text.format(value.doubleValue());
        }
    }
}

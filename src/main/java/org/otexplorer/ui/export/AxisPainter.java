package org.otexplorer.ui.export;

import io.fair_acc.chartfx.axes.spi.AbstractAxis;
import io.fair_acc.chartfx.axes.spi.TickMark;
import io.fair_acc.chartfx.ui.css.LineStyle;
import io.fair_acc.chartfx.ui.css.TextStyle;
import io.fair_acc.chartfx.ui.geometry.Side;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.text.TextAlignment;

/**
 * A chart-fx axis as vector shapes, laid out as chart-fx draws it on its canvas: the axis line and the major and
 * minor tick marks (their CSS strokes), the tick labels (text, in their style's font, alignment and origin) at the
 * tick positions, and the axis label beyond them. Distances across the axis follow chart-fx's: the tick-mark gap,
 * the tick length, the label gap, the widest (vertical axis) or tallest (horizontal) tick label and the axis-label
 * gap, measured from the edge that faces the plot.
 */
final class AxisPainter {
    private AxisPainter() {
    }

    /** Paints an axis; {@code g} is in the coordinates of the axis's canvas. */
    static void paint(AbstractAxis axis, Graphics2D g) {
        Canvas canvas = axis.getCanvas();
        // The canvas overhangs the axis by a padding (it lies at a negative layout position); chart-fx draws in the
        // axis's own coordinates, shifted by that padding on the canvas.
        g.translate(-canvas.getLayoutX(), -canvas.getLayoutY());
        Side side = axis.getSide();
        if (side == null) {
            return;
        }
        boolean horizontal = side.isHorizontal();
        double w = axis.getWidth();
        double h = axis.getHeight();
        double length = horizontal ? w : h;
        LineStyle major = axis.getMajorTickStyle();
        double tickLength = major.isVisible() ? axis.getTickLength() : 0;
        double gapToTicks = axis.getTickMarkGap();
        List<TickMark> ticks = axis.getTickMarks();
        double labelSize = labelSize(axis, ticks, horizontal);
        double labelsAt = gapToTicks + tickLength + (labelSize > 0 ? axis.getTickLabelGap() : 0);

        // chart-fx draws no ticks at all on an axis whose tick labels are hidden (the plan's marginal strips).
        if (!axis.getTickLabelStyle().isVisible()) {
            axisLabel(axis, g, side, w, h, labelsAt);
            return;
        }
        LineStyle minor = axis.getMinorTickStyle();
        if (minor.isVisible() && axis.getMinorTickLength() > 0) {
            ticks(g, axis.getMinorTickMarks(), minor, side, w, h, length, gapToTicks, axis.getMinorTickLength());
        }
        if (tickLength > 0) {
            ticks(g, ticks, major, side, w, h, length, gapToTicks, tickLength);
        }
        if (labelSize > 0) {
            TextStyle style = axis.getTickLabelStyle();
            java.awt.Color color = Paints.color(style.getFill());
            for (TickMark tick : ticks) {
                double p = tick.getPosition();
                if (tick.isVisible() && p >= 0 && p <= length) {
                    double across = across(side, w, h, labelsAt);
                    TextPainter.draw(g, tick.getText(), style.getFont(), color, horizontal ? p : across,
                            horizontal ? across : p, style.getTextAlignment(), style.getTextOrigin(),
                            tick.getRotation());
                }
            }
        }
        axisLabel(axis, g, side, w, h, labelsAt + labelSize);
        java.awt.Color line = Paints.color(major.getStroke());
        if (line != null && major.getStrokeWidth() > 0) {
            g.setColor(line);
            g.setStroke(AwtShapes.stroke(major));
            double c = across(side, w, h, snap(gapToTicks));
            g.draw(horizontal ? new Line2D.Double(snap(0), c, snap(length), c)
                    : new Line2D.Double(c, snap(0), c, snap(length)));
        }
    }

    /** The tallest (horizontal axis) or widest (vertical) visible tick label, 0 when labels are hidden. */
    private static double labelSize(AbstractAxis axis, List<TickMark> ticks, boolean horizontal) {
        if (!axis.getTickLabelStyle().isVisible()) {
            return 0;
        }
        double size = 0;
        for (TickMark tick : ticks) {
            if (tick.isVisible() && tick.getText() != null && !tick.getText().isEmpty()) {
                size = Math.max(size, horizontal ? tick.getHeight() : tick.getWidth());
            }
        }
        return size;
    }

    private static void ticks(Graphics2D g, List<TickMark> ticks, LineStyle style, Side side, double w, double h,
                              double length, double from, double tickLength) {
        java.awt.Color color = Paints.color(style.getStroke());
        if (color == null) {
            return;
        }
        g.setColor(color);
        g.setStroke(AwtShapes.stroke(style));
        double a = across(side, w, h, snap(from));
        double b = across(side, w, h, snap(from + tickLength));
        for (TickMark tick : ticks) {
            double p = snap(tick.getPosition());
            if (p >= 0 && p <= length) {
                g.draw(side.isHorizontal() ? new Line2D.Double(p, a, p, b) : new Line2D.Double(a, p, b, p));
            }
        }
    }

    private static void axisLabel(AbstractAxis axis, Graphics2D g, Side side, double w, double h, double labelEnd) {
        TextStyle label = axis.getAxisLabel();
        String text = label.getText();
        if (text == null || text.isBlank() || !label.isVisible()) {
            return;
        }
        double length = side.isHorizontal() ? w : h;
        TextAlignment alignment = label.getTextAlignment();
        double along = alignment == TextAlignment.LEFT ? axis.getTickLabelGap()
                : alignment == TextAlignment.RIGHT ? length - axis.getTickLabelGap() : length / 2;
        double across = across(side, w, h, labelEnd + axis.getAxisLabelGap());
        TextPainter.draw(g, text, label.getFont(), Paints.color(label.getFill()), side.isHorizontal() ? along : across,
                side.isHorizontal() ? across : along, alignment, label.getTextOrigin(), label.getRotate());
    }

    /** The coordinate across the axis at a distance from the edge facing the plot. */
    private static double across(Side side, double w, double h, double distance) {
        return switch (side) {
            case LEFT -> w - distance;
            case TOP -> h - distance;
            case CENTER_HOR -> h / 2 + distance;
            case CENTER_VER -> w / 2 + distance;
            default -> distance;
        };
    }

    /** chart-fx's pixel snapping of lines: to the centre of a pixel. */
    private static double snap(double v) {
        return Math.round(v) + 0.5;
    }
}

package org.otexplorer.barycenter.glyphs;

import java.util.ArrayList;
import java.util.List;

/**
 * A glyph as strokes: polylines in the unit box (x to the right, y downwards, both in [0, 1]) drawn with a stroke
 * width in the same units. The digits are a simple hand-drawn stroke font of this project; arcs are polylines of
 * short segments.
 *
 * @param name    e.g. "digit 3" or "ring"
 * @param strokes each stroke a list of points {x, y}
 * @param width   the stroke width (box units)
 */
public record StrokeGlyph(String name, List<double[][]> strokes, double width) {
    private static final double WIDTH = 0.16;
    private static final int ARC_SEGMENTS = 24;

    /** The names {@link #named} knows. */
    public static List<String> names() {
        return List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "ring", "disc", "cross", "bar");
    }

    /**
     * A glyph by name: a digit "0".."9" or one of "ring", "disc", "cross", "bar".
     *
     * @throws IllegalArgumentException for an unknown name (the message lists the known ones)
     */
    public static StrokeGlyph named(String name) {
        List<double[][]> s = new ArrayList<>();
        switch (name) {
            case "0" -> s.add(arc(0.5, 0.5, 0.28, 0.38, 0, 360));
            case "1" -> {
                s.add(line(0.32, 0.26, 0.55, 0.1, 0.55, 0.9));
                s.add(line(0.33, 0.9, 0.77, 0.9));
            }
            case "2" -> {
                s.add(arc(0.5, 0.33, 0.25, 0.22, 200, 380));
                s.add(line(0.73, 0.41, 0.24, 0.9, 0.8, 0.9));
            }
            case "3" -> {
                s.add(arc(0.48, 0.3, 0.23, 0.2, 210, 450));
                s.add(arc(0.48, 0.7, 0.26, 0.2, 270, 510));
            }
            case "4" -> s.add(line(0.66, 0.92, 0.66, 0.08, 0.18, 0.66, 0.86, 0.66));
            case "5" -> {
                s.add(line(0.76, 0.1, 0.32, 0.1, 0.28, 0.46));
                s.add(arc(0.5, 0.64, 0.27, 0.26, 225, 495));
            }
            case "6" -> {
                s.add(arc(0.52, 0.64, 0.26, 0.26, 0, 360));
                s.add(arc(0.72, 0.64, 0.46, 0.54, 180, 270));
            }
            case "7" -> s.add(line(0.2, 0.1, 0.8, 0.1, 0.42, 0.92));
            case "8" -> {
                s.add(arc(0.5, 0.3, 0.2, 0.19, 0, 360));
                s.add(arc(0.5, 0.7, 0.24, 0.21, 0, 360));
            }
            case "9" -> {
                s.add(arc(0.48, 0.36, 0.26, 0.26, 0, 360));
                s.add(arc(0.28, 0.36, 0.46, 0.54, 0, 90));
            }
            case "ring" -> s.add(arc(0.5, 0.5, 0.38, 0.38, 0, 360));
            case "disc" -> {
                for (double r = 0.06; r < 0.4; r += 0.08) {
                    s.add(arc(0.5, 0.5, r, r, 0, 360));
                }
            }
            case "cross" -> {
                s.add(line(0.15, 0.15, 0.85, 0.85));
                s.add(line(0.85, 0.15, 0.15, 0.85));
            }
            case "bar" -> s.add(line(0.5, 0.1, 0.5, 0.9));
            default -> throw new IllegalArgumentException("unknown glyph '" + name + "'; expected one of " + names());
        }
        return new StrokeGlyph(name.length() == 1 ? "digit " + name : name, List.copyOf(s), WIDTH);
    }

    /** A polyline through the points (x0, y0, x1, y1, ...). */
    private static double[][] line(double... xy) {
        double[][] p = new double[xy.length / 2][];
        for (int k = 0; k < p.length; k++) {
            p[k] = new double[] {xy[2 * k], xy[2 * k + 1]};
        }
        return p;
    }

    /** An elliptic arc from angle {@code from} to {@code to} degrees (0° to the right, 90° downwards). */
    private static double[][] arc(double cx, double cy, double rx, double ry, double from, double to) {
        int segments = (int) Math.max(4, Math.ceil(ARC_SEGMENTS * Math.abs(to - from) / 360));
        double[][] p = new double[segments + 1][];
        for (int k = 0; k <= segments; k++) {
            double t = Math.toRadians(from + (to - from) * k / segments);
            p[k] = new double[] {cx + rx * Math.cos(t), cy + ry * Math.sin(t)};
        }
        return p;
    }
}

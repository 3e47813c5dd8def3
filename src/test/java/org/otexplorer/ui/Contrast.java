package org.otexplorer.ui;

import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/** WCAG 2's contrast ratio of two colours: 1 (the same) to 21 (black on white); graphics need 3, text 4.5. */
public final class Contrast {
    private Contrast() {
    }

    /** The contrast ratio of two opaque colours. */
    public static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** The colour behind a chart: the first opaque background fill of it or its ancestors (the theme's). */
    public static Color background(Node chart) {
        for (Node n = chart; n != null; n = n.getParent()) {
            if (n instanceof Region r && r.getBackground() != null && !r.getBackground().getFills().isEmpty()
                    && r.getBackground().getFills().get(0).getFill() instanceof Color c && c.getOpacity() == 1) {
                return c;
            }
        }
        throw new AssertionError("no background behind the chart");
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}

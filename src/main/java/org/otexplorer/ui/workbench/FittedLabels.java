package org.otexplorer.ui.workbench;

import java.util.Map;
import java.util.TreeMap;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;

/**
 * One-line labels that shrink together, so that they fit their pane's width whole: a column of lines whose widest
 * fits (the optimizer race's lanes, "robot-robust   0 it        — wait", whose monospaced columns line up only while
 * every line has one font), or a table whose columns side by side fit (the normalisation lab's ε table, eleven
 * columns, whose gaps shrink with them). The scale is an em factor over the size the stylesheet gives the pane, so
 * presenter mode and the theme keep setting the base; it never goes above 1 nor below {@value #SMALLEST}.
 */
public final class FittedLabels {
    private static final double SMALLEST = 0.6;
    private static final String SCALE = "otx.fittedLabelsScale";
    private static final String GAP = "otx.fittedLabelsGap";

    private FittedLabels() {
    }

    /**
     * Refits {@code pane} whenever its width changes; call {@link #refit} after changing the texts. A table's width
     * must not be held at its preferred width (give it a minimum width of 0), or it never learns it is too wide.
     */
    public static void follow(Pane pane) {
        pane.widthProperty().addListener(o -> refit(pane));
    }

    /**
     * Scales the labels of {@code pane} so that they fit its width (1: the stylesheet's size when they do): the
     * widest line of a column, or for a {@link GridPane} the widest label of each column side by side with the gaps
     * (its horizontal gap, as it was at the first fit, scales with the labels).
     */
    public static void refit(Pane pane) {
        double room = pane.getWidth() - pane.getInsets().getLeft() - pane.getInsets().getRight();
        Map<Integer, Double> widest = new TreeMap<>();
        Map<Integer, Double> fixed = new TreeMap<>();
        for (Node n : pane.getChildren()) {
            if (n instanceof Label label && label.getText() != null) {
                label.applyCss(); // its font as its style now says, whatever the pulse
                Text text = new Text(label.getText());
                text.setFont(label.getFont());
                double scale = (double) label.getProperties().getOrDefault(SCALE, 1.0);
                Integer column = pane instanceof GridPane ? GridPane.getColumnIndex(label) : null;
                int c = column == null ? 0 : column;
                widest.merge(c, text.getLayoutBounds().getWidth() / scale, Math::max);
                double graphic = label.getGraphic() == null ? 0
                        : label.getGraphic().prefWidth(-1) + label.getGraphicTextGap();
                fixed.merge(c, graphic + label.getInsets().getLeft() + label.getInsets().getRight(), Math::max);
            }
        }
        double text = widest.values().stream().mapToDouble(Double::doubleValue).sum();
        double gap = pane instanceof GridPane grid ? baseGap(grid) : 0;
        double gaps = gap * Math.max(0, widest.size() - 1);
        double kept = fixed.values().stream().mapToDouble(Double::doubleValue).sum();
        if (room <= 0 || text <= 0) {
            return;
        }
        // A grid snaps each column's width up to a whole pixel: a pixel per column to spare (the lab's table at
        // 1280 × 800 in presenter mode missed 2 px and cut its row names).
        double snapping = pane instanceof GridPane ? widest.size() : 0;
        double fitted = Math.max(SMALLEST, Math.min(1, (room - kept - snapping) / (text + gaps)));
        fitted = Math.floor(fitted * 100) / 100; // a step of 1 % keeps the style from changing with every pixel
        String style = fitted == 1 ? "" : String.format(java.util.Locale.ROOT, "-fx-font-size: %.2fem;", fitted);
        for (Node n : pane.getChildren()) {
            n.getProperties().put(SCALE, fitted);
            n.setStyle(style);
        }
        if (pane instanceof GridPane grid) {
            grid.setHgap(gap * fitted);
        }
    }

    /** A table's gap between columns at the stylesheet's size (its gaps shrink with its text). */
    private static double baseGap(GridPane grid) {
        return (double) grid.getProperties().computeIfAbsent(GAP, k -> grid.getHgap());
    }
}

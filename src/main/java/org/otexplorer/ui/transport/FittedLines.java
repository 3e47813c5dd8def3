package org.otexplorer.ui.transport;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/**
 * A column of one-line labels that shrink together, so that the widest fits the column whole: the optimizer race's
 * lanes ("robot-robust   0 it        — wait"), whose monospaced columns line up only while every line has one font.
 * The scale is an em factor over the size the stylesheet gives the labels, so presenter mode and the theme keep
 * setting the base; it never goes below {@value #SMALLEST}, and the tooltip keeps the whole line.
 */
final class FittedLines {
    private static final double SMALLEST = 0.6;
    private static final String SCALE = "otx.fittedLinesScale";

    private FittedLines() {
    }

    /** Refits {@code column} whenever its width changes; call {@link #refit} after changing the texts. */
    static void follow(VBox column) {
        column.widthProperty().addListener(o -> refit(column));
    }

    /** Scales the labels of {@code column} so that its widest line fits (1: the stylesheet's size when it does). */
    static void refit(VBox column) {
        double room = column.getWidth() - column.getInsets().getLeft() - column.getInsets().getRight();
        double widest = 0;
        double fixed = 0;
        for (Node n : column.getChildren()) {
            if (n instanceof Label label && label.getText() != null) {
                label.applyCss(); // its font as its style now says, whatever the pulse
                Text text = new Text(label.getText());
                text.setFont(label.getFont());
                double scale = (double) label.getProperties().getOrDefault(SCALE, 1.0);
                widest = Math.max(widest, text.getLayoutBounds().getWidth() / scale);
                double graphic = label.getGraphic() == null ? 0
                        : label.getGraphic().prefWidth(-1) + label.getGraphicTextGap();
                fixed = Math.max(fixed, graphic + label.getInsets().getLeft() + label.getInsets().getRight());
            }
        }
        if (room <= 0 || widest <= 0) {
            return;
        }
        double fitted = Math.max(SMALLEST, Math.min(1, (room - fixed) / widest));
        fitted = Math.floor(fitted * 100) / 100; // a step of 1 % keeps the style from changing with every pixel
        String style = fitted == 1 ? "" : String.format(java.util.Locale.ROOT, "-fx-font-size: %.2fem;", fitted);
        for (Node n : column.getChildren()) {
            n.getProperties().put(SCALE, fitted);
            n.setStyle(style);
        }
    }
}

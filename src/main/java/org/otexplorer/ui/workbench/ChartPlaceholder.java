package org.otexplorer.ui.workbench;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * A chart's place that says what will be drawn there while the chart has nothing to show yet (a race before Play:
 * an empty chart, or one dot per curve, looked broken). The holder shows either the chart or one line of text in the
 * stylesheet's {@value #STYLE} style; the text wraps whole where the holder is narrower than it.
 */
public final class ChartPlaceholder {
    /** The style class of the line shown instead of the chart. */
    public static final String STYLE = "placeholder";

    private final StackPane holder;
    private final Node chart;
    private final Label line;

    /** Puts {@code chart} into {@code holder}; {@link #show} swaps it for {@code text} and back. */
    public ChartPlaceholder(StackPane holder, Node chart, String text) {
        this.holder = holder;
        this.chart = chart;
        line = new Label(text);
        line.setWrapText(true);
        line.getStyleClass().add(STYLE);
        holder.getChildren().setAll(chart);
    }

    /** Shows the line instead of the chart while {@code empty}, the chart otherwise. */
    public void show(boolean empty) {
        if (empty != showing()) {
            holder.getChildren().setAll(empty ? line : chart);
        }
    }

    /** Whether the line stands in the chart's place. */
    public boolean showing() {
        return holder.getChildren().contains(line);
    }

    /** The line shown instead of the chart. */
    public Label line() {
        return line;
    }
}

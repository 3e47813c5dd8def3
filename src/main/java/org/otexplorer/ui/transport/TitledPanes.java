package org.otexplorer.ui.transport;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.otexplorer.service.SolveView;

/**
 * Panes side by side under one-line titles: the source-and-target charts A | B and the plans A | B | A − B, on screen
 * and in an exported figure. A title says less where its pane is narrow ({@link FittedText}: at 1280×800 in presenter
 * mode, or in a figure 600 px wide, "A: sinkhorn-log, ε = 0.0500·mean C" became "A: sinkhorn-log, ε = 0.0…"), its
 * tooltip keeps the whole text, and the panes share the width equally whatever their titles' lengths.
 */
final class TitledPanes {
    private static final String STYLE = "pane-title";

    private TitledPanes() {
    }

    /** An empty pane title (style class {@value #STYLE}) that follows its width. */
    static Label title() {
        Label label = new Label();
        label.getStyleClass().add(STYLE);
        label.setTooltip(new Tooltip());
        FittedText.follow(label);
        return label;
    }

    /** Shows the longest of {@code forms} (longest first) that fits the title; the tooltip says the first. */
    static void show(Label title, String... forms) {
        FittedText.show(title, List.of(forms));
        title.getTooltip().setText(forms[0]);
    }

    /** Shows pane {@code name}'s solve: "A: sinkhorn-log, ε = 0.0500·mean C", where narrow "A: sinkhorn-log". */
    static void showSolve(Label title, String name, SolveView solve) {
        show(title, name + ": " + PlanPanelController.methodText(solve), name + ": " + solve.method());
    }

    /** Pane {@code name}'s {@code content} under the title of its solve ({@link #showSolve}). */
    static VBox solvePane(String name, SolveView solve, Node content) {
        Label title = title();
        showSolve(title, name, solve);
        return pane(title, content);
    }

    /** A pane: {@code title} over {@code content}, which takes the height; an equal share of the row's width. */
    static VBox pane(Label title, Node content) {
        VBox box = new VBox(2, title, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMinWidth(0);
        box.setPrefWidth(100); // equal shares of the width, whatever the titles' lengths
        return box;
    }
}

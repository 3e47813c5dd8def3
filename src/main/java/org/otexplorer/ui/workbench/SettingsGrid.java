package org.otexplorer.ui.workbench;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;

/**
 * A side panel's settings in two columns, in their declared order: spinners and menus two to a row, a setting that
 * needs the width (a slider, whose name and value share its first line, or a list typed as text) on a row of its
 * own. Half the rows of one column, so a panel's settings end above the fold in presenter mode at 1280 × 800.
 */
public final class SettingsGrid {
    private SettingsGrid() {
    }

    /**
     * Lays {@code settings} out in {@code grid} (emptied first, given two equal columns if it has none), then
     * {@code wide} below them, one to a row.
     *
     * @param settings spinners, menus and sliders (a slider takes a row of its own)
     * @param wide settings that need the panel's width (lists typed as text)
     */
    public static void fill(GridPane grid, List<Node> settings, List<Node> wide) {
        grid.getChildren().clear();
        if (grid.getColumnConstraints().isEmpty()) {
            for (int k = 0; k < 2; k++) {
                ColumnConstraints half = new ColumnConstraints();
                half.setPercentWidth(50);
                grid.getColumnConstraints().add(half);
            }
        }
        int row = 0;
        int column = 0;
        List<Node> all = new ArrayList<>(settings);
        all.addAll(wide);
        for (Node setting : all) {
            if (setting instanceof ParameterSlider || wide.contains(setting)) {
                row += column;
                grid.add(setting, 0, row, 2, 1);
                row++;
                column = 0;
            } else {
                grid.add(setting, column, row);
                row += column;
                column = 1 - column;
            }
        }
        if (!grid.getStyleClass().contains("settings-grid")) {
            grid.getStyleClass().add("settings-grid");
        }
    }
}

package org.otexplorer.ui;

import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.otexplorer.ui.export.FigureFormat;
import org.otexplorer.ui.export.FigureSize;

/**
 * Figure → Export's settings dialog, titled "Export figure": the format (PNG, or vector SVG or PDF), width and
 * height in points, the pixel scale and an optional title, each control labelled. What it returns is checked
 * against the export's bounds ({@link FigureSize}) when the export starts.
 */
final class FigureExportDialog {
    /** What the dialog asks for. */
    record Settings(FigureFormat format, int width, int height, int scale, String title) {
    }

    private static final ButtonType EXPORT = new ButtonType("Export…", ButtonBar.ButtonData.OK_DONE);

    private FigureExportDialog() {
    }

    /**
     * Shows the dialog for a figure (its view name) and waits.
     *
     * @param window whether the figure is the whole window (no title line; its size is the window's)
     * @return the settings, or empty when cancelled
     */
    static Optional<Settings> ask(Window owner, String view, boolean window, int width, int height) {
        Dialog<Settings> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export figure");
        dialog.setHeaderText("Export the " + view + (window ? "" : " figure") + " as an image (PNG) or a vector"
                + " drawing (SVG, PDF)");
        dialog.getDialogPane().getStyleClass().add("export-figure-dialog");
        ChoiceBox<FigureFormat> format = new ChoiceBox<>(FXCollections.observableArrayList(FigureFormat.values()));
        format.setValue(FigureFormat.PNG);
        format.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(FigureFormat f) {
                return f == null ? "" : f.name() + " — " + f.description();
            }

            @Override
            public FigureFormat fromString(String s) {
                return FigureFormat.parse(s.split(" ")[0]);
            }
        });
        Spinner<Integer> w = new Spinner<>(1, FigureSize.MAX_POINTS, width, 50);
        Spinner<Integer> h = new Spinner<>(1, FigureSize.MAX_POINTS, height, 50);
        for (Spinner<Integer> s : List.of(w, h)) {
            s.setEditable(true);
            s.setDisable(window);
        }
        ChoiceBox<Integer> scale = new ChoiceBox<>(FXCollections.observableArrayList(1, 2, 3, 4));
        scale.setValue(2);
        TextField title = new TextField();
        title.setPromptText("none");
        title.setDisable(window);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(8));
        grid.addRow(0, new Label("Format"), format);
        grid.addRow(1, new Label("Width (points)"), w);
        grid.addRow(2, new Label("Height (points)"), h);
        grid.addRow(3, new Label("Scale (pixels per point)"), scale);
        grid.addRow(4, new Label("Title"), title);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(EXPORT, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == EXPORT
                ? new Settings(format.getValue(), w.getValue(), h.getValue(), scale.getValue(),
                        title.getText().isBlank() ? null : title.getText().strip())
                : null);
        return dialog.showAndWait();
    }
}

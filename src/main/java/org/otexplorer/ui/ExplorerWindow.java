package org.otexplorer.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.otexplorer.io.Scenario;
import org.otexplorer.ui.export.UnsharedGlyphLayouts;

/** Builds the explorer window from MainWindow.fxml; shared by the application and the UI tests. */
public final class ExplorerWindow {
    private ExplorerWindow() {
    }

    /** Loads the window into {@code stage} (no larger than the screen), shows it and starts computing {@code initial}. */
    public static MainWindowController open(Stage stage, RecentFiles recent, Scenario initial) {
        return open(stage, recent, initial, null, Double.NaN, Double.NaN);
    }

    /**
     * Loads the window at a given size (NaN: the layout's preferred size, no larger than the screen), shows it
     * and starts computing {@code initial}.
     */
    public static MainWindowController open(Stage stage, RecentFiles recent, Scenario initial, Path file,
                                            double width, double height) {
        UnsharedGlyphLayouts.checkOutSharedLayout(); // before any text is shaped
        FXMLLoader loader = new FXMLLoader(ExplorerWindow.class.getResource("MainWindow.fxml"));
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the main window layout: " + e.getMessage(), e);
        }
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root,
                Double.isNaN(width) ? Math.min(root.prefWidth(-1), screen.getWidth()) : width,
                Double.isNaN(height) ? Math.min(root.prefHeight(-1), screen.getHeight()) : height);
        scene.getStylesheets().add(ExplorerWindow.class.getResource("explorer.css").toExternalForm());
        stage.setScene(scene);
        UncachedViewports.follow(scene);
        MainWindowController controller = loader.getController();
        controller.attach(stage, recent, initial, file);
        stage.show();
        return controller;
    }
}

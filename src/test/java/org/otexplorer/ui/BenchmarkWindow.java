package org.otexplorer.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.otexplorer.ui.export.HeadlessFx;

/** The explorer window the hand-run benchmarks drive: started on the default scenario at 1440 × 900. */
final class BenchmarkWindow {
    private BenchmarkWindow() {
    }

    /** Starts the toolkit if needed and opens the window (its recent files in a preferences node of its own). */
    static MainWindowController open() throws Exception {
        HeadlessFx.ensureStarted();
        CompletableFuture<MainWindowController> opened = new CompletableFuture<>();
        Platform.runLater(() -> {
            Stage stage = new Stage();
            stage.setWidth(1440);
            stage.setHeight(900);
            Preferences prefs = Preferences.userRoot().node("/org/otexplorer/ui-bench");
            opened.complete(ExplorerWindow.open(stage, new RecentFiles(prefs), DefaultScenario.create()));
        });
        return opened.get(60, TimeUnit.SECONDS);
    }
}

package org.otexplorer.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** The OT Explorer application: one window opening on the {@link DefaultScenario}, or on the file given. */
public final class OtExplorerApp extends Application {
    private MainWindowController window;

    /** Launches the JavaFX application (blocks until the window closes). */
    public static void launchApp(String[] args) {
        Application.launch(OtExplorerApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        window = ExplorerWindow.open(stage, RecentFiles.forUser(), DefaultScenario.create());
        // otx gui FILE.json: open it as File → Open would (a bad file shows a dialog over the default scenario).
        getParameters().getRaw().stream().findFirst().ifPresent(file -> window.openScenario(java.nio.file.Path.of(file)));
    }

    @Override
    public void stop() {
        if (window != null) {
            window.shutdown();
        }
    }
}

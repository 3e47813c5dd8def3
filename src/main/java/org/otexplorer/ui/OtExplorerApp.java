package org.otexplorer.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** The OT Explorer application: one window opening on the {@link DefaultScenario}. */
public final class OtExplorerApp extends Application {
    private MainWindowController window;

    /** Launches the JavaFX application (blocks until the window closes). */
    public static void launchApp(String[] args) {
        Application.launch(OtExplorerApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        window = ExplorerWindow.open(stage, RecentFiles.forUser(), DefaultScenario.create());
    }

    @Override
    public void stop() {
        if (window != null) {
            window.shutdown();
        }
    }
}

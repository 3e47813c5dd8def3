package org.otexplorer.ui;

import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The OT Explorer window. */
public final class OtExplorerApp extends Application {

    /** Launches the JavaFX application (blocks until the window closes). */
    public static void launchApp(String[] args) {
        Application.launch(OtExplorerApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Label label = new Label("OT Explorer — the explorer panels are being built. Use otx on the command line meanwhile.");
        StackPane root = new StackPane(label);
        root.setPadding(new Insets(24));
        stage.setTitle("OT Explorer");
        stage.setScene(new Scene(root, 900, 600));
        stage.show();
    }
}

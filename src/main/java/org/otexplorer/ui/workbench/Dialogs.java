package org.otexplorer.ui.workbench;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/**
 * The explorer's modal dialogs: errors, the unsaved-changes question and information. A dialog takes its owner
 * window's look: its style sheets and its root's style classes, so it follows the theme and presenter mode's large
 * fonts (a lecturer's error message is read from the back row too).
 */
public final class Dialogs {
    /** The user's answer to the unsaved-changes question. */
    public enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    private static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    private static final ButtonType DISCARD = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);

    private Dialogs() {
    }

    /** Shows an error and waits until it is dismissed. */
    public static void error(Window owner, String header, String text) {
        Alert alert = alert(Alert.AlertType.ERROR, owner, header, text);
        alert.getDialogPane().getStyleClass().add("error-dialog");
        alert.showAndWait();
    }

    /** Shows information and waits until it is dismissed. */
    public static void info(Window owner, String header, String text) {
        alert(Alert.AlertType.INFORMATION, owner, header, text).showAndWait();
    }

    /** Shows {@code content} (a table, say) under a header and waits until it is dismissed. */
    public static void info(Window owner, String header, Node content) {
        Alert alert = alert(Alert.AlertType.INFORMATION, owner, header, null);
        alert.getDialogPane().setContent(content);
        // The theme caps a dialog at 600 px, for wrapped text; laid-out content takes the width it needs
        // (explorer.css, whose author style beats both the theme's and a setter's value).
        alert.getDialogPane().getStyleClass().add("sized-to-content");
        alert.getDialogPane().applyCss(); // sized at its owner's fonts, not the defaults
        alert.showAndWait();
    }

    /** Asks whether unsaved changes should be saved before they would be lost. */
    public static UnsavedChoice askUnsaved(Window owner, String scenarioName) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, owner, "Save changes to “" + scenarioName + "”?",
                "Your changes will be lost if you don't save them.");
        alert.getDialogPane().getStyleClass().add("unsaved-dialog");
        alert.getButtonTypes().setAll(SAVE, DISCARD, ButtonType.CANCEL);
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == SAVE) {
            return UnsavedChoice.SAVE;
        }
        return answer == DISCARD ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    private static Alert alert(Alert.AlertType type, Window owner, String header, String text) {
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        alert.setTitle("OT Explorer");
        alert.setHeaderText(header);
        alert.setContentText(text);
        alert.getDialogPane().setMinWidth(480);
        takeLook(alert.getDialogPane(), owner);
        return alert;
    }

    private static void takeLook(DialogPane pane, Window owner) {
        Scene scene = owner == null ? null : owner.getScene();
        if (scene != null) {
            pane.getStylesheets().addAll(scene.getStylesheets());
            pane.getStyleClass().addAll(scene.getRoot().getStyleClass());
        }
    }
}

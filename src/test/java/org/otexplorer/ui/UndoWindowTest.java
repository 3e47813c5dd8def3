package org.otexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.otexplorer.engine.SolverParameters;
import org.otexplorer.io.Scenario;
import org.otexplorer.ui.workbench.ParameterSlider;
import org.otexplorer.ui.workbench.WholeNumberSpinner;

/** Edit → Undo / Redo in the window (issue 14 view 3): keys, menu texts, and controls showing restored values. */
class UndoWindowTest extends ExplorerWindowTestSupport {
    @Override
    String recentFilesNode() {
        return "undo";
    }

    private MenuItem editItem(String id) {
        return window.undoRedoItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void dragEpsilonChangeNThenTwoUndosBringControlsAndScenarioBack() throws Exception {
        awaitFx(() -> window.compute().solvedCount() >= 1);
        Scenario start = onFx(() -> window.model().scenario());
        ParameterSlider epsilon = onFx(() -> window.parametersPanel().epsilonSlider());
        double epsilonBefore = onFx(epsilon::getValue);
        assertTrue(onFx(() -> editItem("undoMenuItem").isDisable()), "nothing to undo yet");

        interact(() -> lookup(".titled-pane").queryAllAs(TitledPane.class).stream() // brings ε on screen
                .filter(t -> "Data".equals(t.getText())).forEach(t -> {
                    t.setAnimated(false);
                    t.setExpanded(false);
                }));
        Node thumb = from(epsilon).lookup(".thumb").query();
        awaitFx(() -> {
            javafx.geometry.Bounds b = thumb.localToScene(thumb.getBoundsInLocal());
            return b.getMinY() >= 0 && b.getMaxY() <= thumb.getScene().getHeight() && b.getWidth() > 0;
        });
        drag(thumb, MouseButton.PRIMARY).moveBy(-20, 0).moveBy(-20, 0).moveBy(-20, 0).drop();
        double epsilonDragged = onFx(epsilon::getValue);
        assertNotEquals(epsilonBefore, epsilonDragged, 1e-12, "the drag moved ε");
        assertEquals("_Undo ε change", onFx(() -> editItem("undoMenuItem").getText()));

        WholeNumberSpinner n = lookup("#data-n").queryAs(WholeNumberSpinner.class);
        TextField editor = n.getEditor();
        Platform.runLater(() -> {
            editor.setText("40");
            editor.fireEvent(new ActionEvent());
        });
        awaitFx(() -> window.model().scenario().data().n() == 40);
        assertEquals("_Undo n change", onFx(() -> editItem("undoMenuItem").getText()));

        interact(() -> window.compute().scatterPanel().chart().chart().requestFocus()); // not in a text field
        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        awaitFx(() -> window.model().scenario().data().n() == 60);
        assertEquals("60", onFx(editor::getText), "the spinner shows the restored n");
        assertEquals(epsilonDragged, onFx(epsilon::getValue), 1e-12, "ε is still the dragged value");
        assertEquals("_Redo n change", onFx(() -> editItem("redoMenuItem").getText()));

        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        awaitFx(() -> window.model().scenario().equals(start));
        assertEquals(epsilonBefore, onFx(epsilon::getValue), 1e-12 * epsilonBefore, "the slider shows the restored ε");
        assertTrue(onFx(() -> editItem("undoMenuItem").isDisable()), "the drag was one step: nothing left to undo");
        assertTrue(onFx(() -> !window.model().isDirty()));

        press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        awaitFx(() -> Math.abs(epsilon.getValue() - epsilonDragged) < 1e-12);
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        awaitFx(() -> window.model().scenario().data().n() == 40 && "40".equals(editor.getText()));
        awaitFx(() -> window.scatterPanel().shown() != null && window.scatterPanel().shown().n() == 40);
    }
}

package org.otexplorer.ui.transport;

import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import javafx.scene.control.ComboBox;
import org.otexplorer.io.Scenario;
import org.otexplorer.service.SolveView;
import org.otexplorer.ui.workbench.ScenarioEditor;
import org.otexplorer.ui.workbench.ScenarioModel;

/**
 * The source-and-target panel's two coordinate menus, linked to the scenario's {@code view.xCoordinate} and
 * {@code view.yCoordinate} through a {@link ScenarioEditor}: a pick is a scenario edit (undone, saved and opened as
 * every other), and the menus show the coordinates the chart draws — the scenario's, or 1 and 2 when the points
 * shown lack them ({@link Projection}). They offer the points' coordinates, no more than the scenario may choose
 * ({@link Scenario#coordinateLimit}), and are hidden for points of one or two coordinates.
 */
final class CoordinateMenus {
    private final ComboBox<String> x;
    private final ComboBox<String> y;
    private final ScenarioModel model;
    private final ScenarioEditor editor;
    private SolveView points;
    /** The menus are being set from the scenario or new points, not by the user. */
    private boolean showing;

    /**
     * @param changed told after the scenario's coordinates changed (an edit, undo, an opened file): draw again
     */
    CoordinateMenus(ComboBox<String> x, ComboBox<String> y, ScenarioModel model, Runnable changed) {
        this.x = x;
        this.y = y;
        this.model = model;
        editor = new ScenarioEditor(model, s -> List.of(s.view().xCoordinate(), s.view().yCoordinate()),
                s -> {
                    show(points);
                    changed.run();
                });
        for (ComboBox<String> menu : List.of(x, y)) {
            menu.valueProperty().addListener((o, was, now) -> {
                int h = horizontal();
                int v = vertical();
                if (!showing && h >= 0 && v >= 0) {
                    editor.edit(s -> s.withView(s.view().withCoordinates(h + 1, v + 1)));
                }
            });
        }
    }

    /** How the panel projects a solve's points for a scenario: its coordinates among those offered, else 1 and 2. */
    static Function<SolveView, Projection> projection(Scenario scenario) {
        return solved -> Projection.of(scenario.view(), offered(scenario, solved));
    }

    private static int offered(Scenario scenario, SolveView solved) {
        return Math.min(solved.sourcePoints()[0].length, scenario.coordinateLimit());
    }

    /** Shows the coordinates the chart draws for these points ({@code null}: none yet, nothing to show). */
    void show(SolveView solved) {
        points = solved;
        if (solved == null) {
            return;
        }
        Scenario s = model.scenario();
        int offered = offered(s, solved);
        Projection drawn = projection(s).apply(solved);
        showing = true;
        try {
            if (x.getItems().size() != offered) {
                List<String> names = IntStream.rangeClosed(1, offered).mapToObj(k -> "coordinate " + k).toList();
                x.getItems().setAll(names);
                y.getItems().setAll(names);
            }
            x.getSelectionModel().select(drawn.x());
            y.getSelectionModel().select(drawn.y());
        } finally {
            showing = false;
        }
        int d = solved.sourcePoints()[0].length;
        for (ComboBox<String> menu : List.of(x, y)) {
            menu.setVisible(d > 2);
            menu.setManaged(d > 2); // hidden, they no longer push "equal aspect" onto a row of its own
        }
    }

    /** The coordinate (0-based) on the horizontal axis, or −1 before any points. */
    int horizontal() {
        return x.getSelectionModel().getSelectedIndex();
    }

    /** The coordinate (0-based) on the vertical axis, or −1 before any points. */
    int vertical() {
        return y.getSelectionModel().getSelectedIndex();
    }

    /** Picks both coordinates (0-based) in one scenario edit; the menus follow. */
    void pick(int horizontal, int vertical) {
        editor.edit(s -> s.withView(s.view().withCoordinates(horizontal + 1, vertical + 1)));
    }
}

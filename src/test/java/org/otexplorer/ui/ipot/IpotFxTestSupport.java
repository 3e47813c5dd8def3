package org.otexplorer.ui.ipot;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.otexplorer.io.ScenarioFiles;
import org.otexplorer.service.ComputeService;
import org.otexplorer.ui.workbench.ScenarioModel;
import org.otexplorer.ui.workbench.SilentStatus;
import org.otexplorer.ui.workbench.WorkbenchContext;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The IPOT workbench driven headless (TestFX on Monocle) in a stage of its own at 1280 × 800, with the window's parts
 * it uses (a scenario model, a compute service, a quiet status bar), opened on a sample; and the helpers its tests
 * share.
 */
abstract class IpotFxTestSupport extends ApplicationTest {
    static final long PATIENCE = 120;

    ScenarioModel model;
    ComputeService service;
    IpotView view;
    Stage stage;

    /** The sample the stage opens on. */
    abstract Path sample();

    @Override
    public void start(Stage primary) {
        org.otexplorer.ui.export.UnsharedGlyphLayouts.checkOutSharedLayout(); // as the window does: no text race
        stage = primary;
        model = new ScenarioModel(ScenarioFiles.load(sample()), sample());
        service = new ComputeService(Platform::runLater);
        WorkbenchContext context = new WorkbenchContext(model, service, new SilentStatus(), primary,
                new SimpleBooleanProperty(true));
        view = (IpotView) new IpotWorkbench().open(context);
        primary.setScene(new Scene((Region) view.content(), 1280, 800));
        primary.show();
        view.setActive(true);
    }

    @AfterEach
    void close() {
        interact(() -> view.close());
        service.close();
    }

    /**
     * Presenter mode as the window applies it (the light theme, explorer.css, the root's style classes, the charts' scale, the
     * scenario's flag), with the stage at the IPOT view's share of a 1280 × 800 window ({@link #windowLook}).
     * {@link #normalMode} undoes the global chart scale and the stage size.
     */
    void presenterMode() {
        windowLook(true, 1280, 800);
    }

    /**
     * The window's look (the light theme, explorer.css, the root's style classes: "roomy" for a window that large; in
     * presenter mode the presenter class, the charts' scale and the scenario's flag), the stage at the IPOT view's share of a window of the given
     * size: the menu, tool bar, workbench tabs and status bar take 171 px in presenter mode (40 + 44 + 42 + 45,
     * measured on a screenshot at 1280 × 800 on 2026-12-02; the view is 629 px high), 120 px in normal mode (44 + 34
     * + 42, measured on one of 1280 × 800 on 2026-12-04).
     */
    void windowLook(boolean presenter, double width, double height) {
        interact(() -> {
            Region root = (Region) view.content();
            javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight()
                    .getUserAgentStylesheet());
            String css = IpotFxTestSupport.class.getResource("/org/otexplorer/ui/explorer.css").toExternalForm();
            if (!root.getScene().getStylesheets().contains(css)) {
                root.getScene().getStylesheets().add(css);
                root.getStyleClass().add("explorer");
            }
            root.getStyleClass().removeAll("presenter", org.otexplorer.ui.Themes.ROOMY);
            if (presenter) {
                root.getStyleClass().add("presenter");
            }
            if (org.otexplorer.ui.Themes.roomy(width, height)) {
                root.getStyleClass().add(org.otexplorer.ui.Themes.ROOMY); // as the window's root is marked
            }
            org.otexplorer.ui.charts.ChartScale.setPresenterScale(presenter ? 20 / 13.0 : 1);
            model.updateAppearance(s -> s.withView(s.view().withPresenterMode(presenter)));
            stage.setWidth(width);
            stage.setHeight(height - (presenter ? 171 : 120));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Every setting of the panel in front (its side panel's two-column grid) lies inside the side panel's visible
     * part, without scrolling, and inside the window.
     */
    void assertSettingsInView(String panel) throws Exception {
        javafx.scene.Node grid = onFx(() -> lookup(".settings-grid").queryAll().stream().filter(IpotFxTestSupport::shown)
                .findFirst().orElseThrow());
        javafx.scene.control.ScrollPane side = onFx(() -> {
            javafx.scene.Node n = grid;
            while (!(n instanceof javafx.scene.control.ScrollPane)) {
                n = n.getParent();
            }
            return (javafx.scene.control.ScrollPane) n;
        });
        javafx.geometry.Bounds visible = onFx(() -> side.localToScene(side.getLayoutBounds()));
        double windowBottom = onFx(() -> grid.getScene().getHeight());
        List<javafx.scene.Node> settings = onFx(() -> List.copyOf(((javafx.scene.Parent) grid).getChildrenUnmodifiable()));
        org.junit.jupiter.api.Assertions.assertFalse(settings.isEmpty(), panel + ": settings in the side panel");
        for (javafx.scene.Node setting : settings) {
            javafx.geometry.Bounds b = onFx(() -> setting.localToScene(setting.getLayoutBounds()));
            String where = panel + ": " + setting.getId() + " at " + b + " in the side panel's " + visible
                    + ", window height " + windowBottom;
            org.junit.jupiter.api.Assertions.assertTrue(b.getMinY() >= visible.getMinY() - 1
                    && b.getMaxY() <= visible.getMaxY() + 1 && b.getMaxY() <= windowBottom + 1
                    && b.getMinX() >= visible.getMinX() - 1 && b.getMaxX() <= visible.getMaxX() + 1, where);
        }
    }

    /** Whether the node and all its parents are visible (a panel behind another tab is not). */
    static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    void normalMode() {
        interact(() -> {
            org.otexplorer.ui.charts.ChartScale.setPresenterScale(1);
            stage.setWidth(1280);
            stage.setHeight(800);
        });
    }

    /** The text a label shows (ends in "…" when it is cut), not the text it holds. */
    static String shownText(javafx.scene.control.Labeled label) {
        javafx.scene.Node text = label.lookup(".text");
        return text instanceof javafx.scene.text.Text t ? t.getText() : "";
    }

    /**
     * The phrases of a label's text (between ", " and ": ") that its drawn lines break inside, e.g. "|W −" on one
     * line and "W_LP| = 3.1e-09" on the next; also how many lines it draws, first in the list ("lines 2").
     */
    static java.util.List<String> brokenPhrases(javafx.scene.control.Labeled label) {
        javafx.scene.text.Text text = (javafx.scene.text.Text) label.lookup(".text");
        String shown = text.getText();
        java.util.List<String> broken = new java.util.ArrayList<>();
        java.util.Set<Double> lines = new java.util.TreeSet<>();
        int start = 0;
        for (String phrase : shown.split(", |: ")) {
            int from = shown.indexOf(phrase, start);
            int to = from + phrase.length() - 1;
            double top = lineOf(text, from);
            lines.add(top);
            lines.add(lineOf(text, to));
            if (lineOf(text, to) != top) {
                broken.add(phrase);
            }
            start = to + 1;
        }
        broken.add(0, "lines " + lines.size());
        return broken;
    }

    /** The y of the caret before character {@code k} of a drawn text: one value per line. */
    private static double lineOf(javafx.scene.text.Text text, int k) {
        return ((javafx.scene.shape.MoveTo) text.caretShape(k, true)[0]).getY();
    }

    void awaitFx(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(PATIENCE, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    /** Waits for an error dialog, returns its text and closes it. */
    String closeDialog() throws TimeoutException {
        DialogPane[] found = new DialogPane[1];
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            found[0] = WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                    .filter(w -> w != stage && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                    .map(w -> (DialogPane) w.getScene().getRoot()).findFirst().orElse(null)).get();
            return found[0] != null;
        });
        String text = found[0].getHeaderText() + ": " + found[0].getContentText();
        interact(() -> ((javafx.scene.control.Button) found[0].lookupButton(ButtonType.OK)).fire());
        return text;
    }
}

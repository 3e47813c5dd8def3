package org.otexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fair_acc.chartfx.Chart;
import io.fair_acc.chartfx.axes.Axis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.otexplorer.io.Scenario;
import org.otexplorer.io.ScenarioFiles;
import org.otexplorer.ui.workbench.WorkbenchView;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 12's run-through as a test: every sample in {@code samples/}, opened in a 1280×800 window as a lecturer
 * would (normal and presenter mode; and at 1440×900 normal, 1920×1080 presenter), once its workbench has computed what a figure of the window shows, has no
 * label, button, tab or menu cut to an ellipsis (a paragraph may be, when its tooltip holds it whole), no row of tabs
 * wider than its pane, no value-indicator badge past its plot, and every chart axis' title is whole and its axis
 * inside its chart (chart-fx draws the title into the axis, and the chart clips an axis laid out below it: the title
 * vanishes). The scenario title in the top row is the one text that gives way on purpose.
 */
class EverySampleLookTest extends ApplicationTest {
    private static final long PATIENCE_SECONDS = 240;
    private static final String INTENDED_ELLIPSIS = "scenario-title";
    /** Texts at least this long are prose, not names. */
    private static final int PROSE_LENGTH = 80;

    @Override
    public void start(Stage stage) {
        // each sample opens a window of its own below
    }

    @Test
    void noSampleCutsATextOrAnAxisTitleAt1280x800NormalOrPresenter() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path sample : samples()) {
            for (boolean presenter : new boolean[] {false, true}) {
                problems.addAll(look(sample, presenter, 1280, 800));
            }
        }
        problems.forEach(System.out::println);
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    /** The same at the run-through's other sizes: 1440×900 normal and 1920×1080 presenter (a projector's window). */
    @Test
    void noSampleCutsATextOrAnAxisTitleAt1440x900NormalOr1920x1080Presenter() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path sample : samples()) {
            problems.addAll(look(sample, false, 1440, 900));
            problems.addAll(look(sample, true, 1920, 1080));
        }
        problems.forEach(System.out::println);
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    private static List<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    /** Opens the sample in a window of the given size and mode, waits until it shows its figures, and reads it. */
    private List<String> look(Path sample, boolean presenter, double width, double height) throws Exception {
        return look(sample, presenter, width, height, (root, where) -> {
            List<String> out = new ArrayList<>();
            cutTexts(root, where, out);
            overflowingTabs(root, where, out);
            indicatorBadges(root, where, out);
            axisTitles(root, where, out);
            underTheStatusBar(root, where, out);
            return out;
        });
    }

    /**
     * Opens the sample in a window of the given size and mode, waits until it shows its figures, and reads it with
     * {@code checks} (given the window's root and a line naming the sample, mode and size) on the FX thread.
     */
    static List<String> look(Path sample, boolean presenter, double width, double height,
                             java.util.function.BiFunction<Parent, String, List<String>> checks) throws Exception {
        Scenario loaded = ScenarioFiles.load(sample);
        Scenario scenario = loaded.withView(loaded.view().withPresenterMode(presenter));
        String where = sample.getFileName() + (presenter ? " presenter " : " normal ") + (int) width + "x"
                + (int) height;
        Stage stage = onFx(Stage::new);
        MainWindowController window = WaitForAsyncUtils.asyncFx(() -> ExplorerWindow.open(stage,
                new RecentFiles(Preferences.userRoot().node("/org/otexplorer/ui-test/every-sample")), scenario,
                sample, width, height)).get();
        try {
            WorkbenchView view = onFx(window::activeView);
            WaitForAsyncUtils.asyncFx((Runnable) view::completeForFigure).get();
            WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(view::isIdle).get());
            WaitForAsyncUtils.waitForFxEvents(10);
            WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(view::isIdle).get());
            WaitForAsyncUtils.waitForFxEvents(10);
            return WaitForAsyncUtils.asyncFx(() -> checks.apply(stage.getScene().getRoot(), where)).get();
        } finally {
            WaitForAsyncUtils.asyncFx(() -> {
                window.shutdown();
                stage.close();
            }).get();
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    /** Every shown control whose drawn text ends in an ellipsis its own text does not have. */
    private static void cutTexts(Node node, String where, List<String> out) {
        if (!node.isVisible() || node.getStyleClass().contains(INTENDED_ELLIPSIS)) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            String text = labeled.getText();
            String drawn = drawnText(labeled);
            if (drawn != null && !drawn.equals(text) && (drawn.endsWith("…") || drawn.endsWith("...")
                    || drawn.startsWith("…") || drawn.startsWith("...")) && !proseWithWholeTooltip(labeled)) {
                out.add(where + ": " + labeled.getClass().getSimpleName() + " " + labeled.getStyleClass() + " \""
                        + text + "\" drawn as \"" + drawn + "\"" + (labeled.getTooltip() == null ? "" : " (tooltip)"));
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                cutTexts(child, where, out);
            }
        }
    }

    /**
     * A paragraph (a sample's description, a solver's note) may end in an ellipsis where its tooltip holds the whole
     * text; a name, a button or a value may not.
     */
    private static boolean proseWithWholeTooltip(Labeled labeled) {
        String text = labeled.getText();
        return text.length() >= PROSE_LENGTH && labeled.getTooltip() != null
                && labeled.getTooltip().getText() != null && labeled.getTooltip().getText().contains(text);
    }

    /** The text a labeled control's skin draws (its own Text child), or {@code null} before it has a skin. */
    private static String drawnText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text t) {
                return t.getText();
            }
        }
        return null;
    }

    /**
     * Every shown tab pane whose tab names do not fit its width: JavaFX then cuts the last name at the pane's edge (no
     * ellipsis) and shows its overflow menu button.
     */
    private static void overflowingTabs(Parent root, String where, List<String> out) {
        for (Node menu : root.lookupAll(".tab-down-button")) {
            javafx.scene.control.TabPane pane = null;
            for (Node p = menu.getParent(); p != null && pane == null; p = p.getParent()) {
                pane = p instanceof javafx.scene.control.TabPane t ? t : null;
            }
            if (pane != null && LectureRunThroughTest.shown(menu)) {
                out.add(where + ": the tabs " + pane.getTabs().stream().map(javafx.scene.control.Tab::getText).toList()
                        + " do not fit their pane's " + Math.round(pane.getWidth()) + " px");
            }
        }
    }

    /** Every shown value-indicator badge (the lab's "lab", step by step's "iteration k") whole inside its plot. */
    private static void indicatorBadges(Parent root, String where, List<String> out) {
        for (Node n : root.lookupAll(".value-indicator-label")) {
            Chart chart = chartOf(n);
            if (!(n instanceof Labeled badge) || chart == null || !LectureRunThroughTest.shown(n)
                    || n.getScene() == null || badge.getText() == null || badge.getText().isEmpty()) {
                continue;
            }
            Bounds plot = chart.getCanvas().localToScene(chart.getCanvas().getLayoutBounds());
            Bounds drawn = n.localToScene(n.getLayoutBounds());
            if (drawn.getMinX() < plot.getMinX() - 1 || drawn.getMaxX() > plot.getMaxX() + 1) {
                out.add(where + ": the badge \"" + badge.getText() + "\" at " + rounded(drawn)
                        + " reaches past its plot " + rounded(plot));
            }
        }
    }

    /** Every shown axis' title: no longer than its axis, and inside the chart that holds the axis. */
    private static void axisTitles(Parent root, String where, List<String> out) {
        for (Node n : root.lookupAll(".axis")) {
            if (!(n instanceof Axis axis) || !LectureRunThroughTest.shown(n)
                    || !(n.lookup(".axis-label") instanceof Text title) || title.getText().isEmpty()) {
                continue;
            }
            Bounds axisBounds = n.getLayoutBounds();
            double length = axis.getSide().isVertical() ? axisBounds.getHeight() : axisBounds.getWidth();
            double along = axis.getSide().isVertical() ? title.getLayoutBounds().getHeight()
                    : title.getLayoutBounds().getWidth();
            if (title.getRotate() != 0 && axis.getSide().isVertical()) {
                along = title.getLayoutBounds().getWidth();
            }
            if (along > length + 0.5) {
                out.add(where + ": axis title \"" + title.getText() + "\" " + Math.round(along) + " px on an axis of "
                        + Math.round(length) + " px");
            }
            Chart chart = chartOf(n);
            if (chart != null && LectureRunThroughTest.shown(chart)) {
                // chart-fx draws the title into the axis' canvas: an axis reaching past its chart loses what overhangs
                Bounds inChart = chart.localToScene(chart.getLayoutBounds());
                Bounds drawn = n.localToScene(n.getLayoutBounds());
                if (drawn.getMinX() < inChart.getMinX() - 1 || drawn.getMaxX() > inChart.getMaxX() + 1
                        || drawn.getMinY() < inChart.getMinY() - 1 || drawn.getMaxY() > inChart.getMaxY() + 1) {
                    out.add(where + ": axis \"" + title.getText() + "\" at " + rounded(drawn)
                            + " reaches past its chart " + rounded(inChart));
                }
            }
        }
    }

    /**
     * Every shown axis, and every shown control of the bottom panel outside a scroll pane, ends above the status bar:
     * a panel whose content is taller than its room overflows under the status bar, which paints over it (presenter
     * mode at 1280×800: the spectrum's "index k" and its τ slider half hidden), while each node still lies inside its
     * own chart.
     */
    static void underTheStatusBar(Parent root, String where, List<String> out) {
        Node bar = root.lookup(".status-bar");
        if (bar == null) {
            return;
        }
        double top = bar.localToScene(bar.getLayoutBounds()).getMinY();
        List<Node> checked = new ArrayList<>(root.lookupAll(".axis"));
        for (Node tabs : root.lookupAll(".bottom-tabs")) {
            tabs.lookupAll(".parameter-slider").forEach(checked::add);
            tabs.lookupAll(".combo-box").forEach(checked::add);
        }
        for (Node n : checked) {
            if (!LectureRunThroughTest.shown(n) || insideScrollPane(n)) {
                continue;
            }
            Bounds b = n.localToScene(n.getLayoutBounds());
            if (b.getHeight() > 0 && b.getMaxY() > top + 1) {
                String name = n instanceof Axis a && a.getName() != null ? "axis \"" + a.getName() + "\""
                        : n.getClass().getSimpleName() + " " + n.getStyleClass();
                out.add(where + ": " + name + " at " + rounded(b) + " runs under the status bar (top " + Math.round(top)
                        + ")");
            }
        }
    }

    private static boolean insideScrollPane(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane) {
                return true;
            }
        }
        return false;
    }

    private static Chart chartOf(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Chart chart) {
                return chart;
            }
        }
        return null;
    }

    private static String rounded(Bounds b) {
        return "[" + Math.round(b.getMinX()) + ", " + Math.round(b.getMinY()) + " – " + Math.round(b.getMaxX()) + ", "
                + Math.round(b.getMaxY()) + "]";
    }
}

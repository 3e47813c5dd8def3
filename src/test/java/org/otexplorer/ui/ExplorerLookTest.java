package org.otexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fair_acc.chartfx.XYChart;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.otexplorer.io.ScenarioFiles;
import org.otexplorer.workbench.Workbenches;

/** What a lecturer sees (issue 12 items 5 and 6): controls on screen at 1280×800, themes and presenter mode. */
class ExplorerLookTest extends ExplorerWindowTestSupport {
    @Override
    String recentFilesNode() {
        return "look";
    }

    @Test
    void everyTransportSamplesMethodControlsAreOnScreenAt1280x800WithoutScrolling() throws Exception {
        interact(() -> {
            window.compute().content().getScene().getWindow().setWidth(1280);
            window.compute().content().getScene().getWindow().setHeight(800);
        });
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            samples = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path sample : samples) {
            if (!Workbenches.DEFAULT.equals(ScenarioFiles.load(sample).workbench())) {
                continue;
            }
            openSolved(sample);
            interact(() -> window.compute().sidebar().setVvalue(0));
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            Bounds viewport = onFx(() -> window.compute().sidebar().localToScene(
                    window.compute().sidebar().getLayoutBounds()));
            for (Node control : onFx(() -> window.parametersPanel().visibleControls())) {
                Bounds b = onFx(() -> control.localToScene(control.getLayoutBounds()));
                assertTrue(b.getMaxY() <= viewport.getMaxY() + 0.5, sample + ": " + control.getId()
                        + " ends at " + b.getMaxY() + ", below the visible side panel (" + viewport.getMaxY() + ")");
            }
        }
    }

    @Test
    void presenterModeEnlargesTheChartsTextMarkersAndLines() throws Exception {
        awaitFx(() -> window.compute().solvedCount() >= 1 && window.spectrumPanel().shown() != null);
        XYChart spectrum = onFx(() -> window.spectrumPanel().chart().chart());
        double normalFont = onFx(() -> tickLabelFontSize(spectrum));
        String normalStyle = onFx(() -> spectrum.getRenderers().get(0).getDatasets().get(0).getStyle());
        setPresenterMode(true);
        awaitFx(() -> tickLabelFontSize(spectrum) > normalFont);
        String presenterStyle = onFx(() -> spectrum.getRenderers().get(0).getDatasets().get(0).getStyle());
        assertTrue(markerSize(presenterStyle) > 1.4 * markerSize(normalStyle), normalStyle + " -> " + presenterStyle);
    }

    /**
     * Issue 12 item 5: at the presenter scale in a 1280×800 window no slider's name or value and no part of the
     * plan's legend is cut off.
     */
    @Test
    void presenterModeCutsNoSliderNameOrValueAt1280x800() throws Exception {
        openInPresenterModeAt1280x800(Path.of("samples/robust-ot-drops-outliers.json"));
        List<String> cut = onFx(() -> Stream.concat(
                        window.compute().sidebar().lookupAll(".parameter-slider .label").stream(),
                        window.compute().content().lookupAll(".marginal-legend .label").stream())
                .map(n -> (javafx.scene.control.Label) n)
                .filter(l -> shownOnScreen(l) && !l.getText().isEmpty())
                .filter(l -> {
                    Node shown = l.lookup(".text");
                    return shown instanceof Text t && !t.getText().equals(l.getText());
                })
                .map(l -> l.getText() + " shown as " + ((Text) l.lookup(".text")).getText())
                .toList());
        assertTrue(cut.isEmpty(), "cut off: " + cut);
    }

    /**
     * The spectrum panel in presenter mode at 1280×800: its controls column gives way, so that the chart keeps room
     * for its axis and lies inside the window (it had about 180 px, with its tick labels on top of one another).
     */
    @Test
    void presenterModeLeavesTheSpectrumChartRoomAt1280x800() throws Exception {
        openInPresenterModeAt1280x800(Path.of("samples/robust-ot-drops-outliers.json"));
        Node chart = onFx(() -> window.spectrumPanel().chart().chart());
        Bounds b = onFx(() -> chart.localToScene(chart.getLayoutBounds()));
        double windowWidth = onFx(() -> chart.getScene().getWidth());
        assertTrue(b.getWidth() >= 300, "the spectrum chart is " + b.getWidth() + " px wide");
        assertTrue(b.getMaxX() <= windowWidth + 0.5, "the spectrum chart ends at " + b.getMaxX()
                + ", beyond the window's " + windowWidth);
    }

    /**
     * The window's own rows give their height to the figures: in presenter mode at 1280×800 the menus, the toolbar
     * and the scenario's title share one row, so the tabs start right below it; the title gives way, the menus and
     * buttons keep their whole width (a long title had cut the menus to "…").
     */
    @Test
    void presenterModeKeepsMenusAndToolbarInOneRowAt1280x800() throws Exception {
        openInPresenterModeAt1280x800(Path.of("samples/side-by-side-balanced-vs-robust.json"));
        javafx.scene.Parent root = onFx(() -> window.compute().content().getScene().getRoot());
        Bounds menus = onFx(() -> sceneBounds(root.lookup(".menu-bar")));
        Bounds tools = onFx(() -> sceneBounds(root.lookup(".main-toolbar")));
        Bounds title = onFx(() -> sceneBounds(root.lookup(".scenario-title")));
        Bounds tabs = onFx(() -> sceneBounds(root.lookup(".workbench-tabs")));
        assertTrue(tools.getMinX() >= menus.getMaxX() - 0.5 && tools.getMinY() < menus.getMaxY(),
                "the toolbar " + tools + " sits beside the menus " + menus);
        assertTrue(tabs.getMinY() < 1.5 * Math.max(menus.getHeight(), tools.getHeight()),
                "the tabs start below one row (" + menus.getHeight() + " px), at " + tabs.getMinY());
        assertTrue(title.getMaxX() <= 1280.5 && title.getWidth() > 0, "the scenario's title is in the window: " + title);
        // A long title gives way: the menus and buttons keep their whole width, the title is cut with an ellipsis.
        interact(() -> window.model().update(s -> s.withName("A scenario whose name is far too long to fit beside"
                + " the menus and the toolbar of a 1280 px window in presenter mode")));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(8);
        javafx.scene.layout.Region menuBar = onFx(() -> (javafx.scene.layout.Region) root.lookup(".menu-bar"));
        javafx.scene.layout.Region toolBar = onFx(() -> (javafx.scene.layout.Region) root.lookup(".main-toolbar"));
        assertTrue(onFx(() -> menuBar.getWidth() >= menuBar.prefWidth(-1) - 0.5),
                "the menus keep their width beside a long title: " + onFx(menuBar::getWidth));
        assertTrue(onFx(() -> toolBar.getWidth() >= toolBar.prefWidth(-1) - 0.5
                && !toolBar.lookup(".tool-bar-overflow-button").isVisible()),
                "the toolbar's buttons stay out of its overflow menu beside a long title");
        String cut = onFx(() -> textOf(root.lookup(".scenario-title")));
        double titleEnd = onFx(() -> sceneBounds(root.lookup(".scenario-title")).getMaxX());
        assertTrue((cut.endsWith("…") || cut.endsWith("...")) && titleEnd <= 1280.5,
                "the long title is cut with an ellipsis inside the window: " + cut + ", ending at " + titleEnd);
    }

    /**
     * Help → Keyboard shortcuts (F1) lists every accelerator of every menu and Ctrl+Y (it had missed Ctrl+E, and its
     * columns were lined up with spaces in a proportional font); in presenter mode its text is at the presenter size
     * and the table is shown whole inside its dialog (the theme's 600 px cap on dialogs had cut its second column).
     */
    @Test
    void theShortcutListNamesEveryMenuAcceleratorWholeAtThePresenterSize() throws Exception {
        openInPresenterModeAt1280x800(Path.of("samples/entropic-blur-vs-exact-plan.json"));
        javafx.scene.control.MenuBar bar = lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        List<String> accelerators = onFx(() -> bar.getMenus().stream().flatMap(ExplorerLookTest::items)
                .filter(i -> i.getAccelerator() != null).map(i -> i.getAccelerator().getDisplayText()).toList());
        assertTrue(accelerators.size() >= 15, "the menus' accelerators: " + accelerators);
        javafx.scene.control.MenuItem help = onFx(() -> bar.getMenus().get(bar.getMenus().size() - 1).getItems().get(0));
        javafx.application.Platform.runLater(help::fire);
        awaitFx(() -> lookup(".shortcuts").tryQuery().isPresent());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(8);
        javafx.scene.layout.Region table = lookup(".shortcuts").queryAs(javafx.scene.layout.Region.class);
        javafx.scene.control.DialogPane dialog = onFx(() -> (javafx.scene.control.DialogPane) table.getScene().getRoot());
        try {
            List<String> keys = onFx(() -> table.lookupAll(".shortcut-keys").stream()
                    .flatMap(n -> Stream.of(((javafx.scene.control.Label) n).getText().split(", "))).toList());
            for (String a : accelerators) {
                assertTrue(keys.contains(a), a + " is listed: " + keys);
            }
            assertTrue(keys.contains(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.Y,
                    javafx.scene.input.KeyCombination.SHORTCUT_DOWN).getDisplayText()), "redo's Ctrl+Y: " + keys);
            List<String> cut = onFx(() -> table.lookupAll(".label").stream().map(n -> (javafx.scene.control.Label) n)
                    .filter(l -> !textOf(l).equals(l.getText()) || l.getFont().getSize() < 19.5)
                    .map(l -> l.getText() + " shown as " + textOf(l) + " at " + l.getFont().getSize() + " px").toList());
            assertTrue(cut.isEmpty(), "cut or small: " + cut);
            Bounds inDialog = onFx(() -> table.localToScene(table.getLayoutBounds()));
            double width = onFx(() -> Math.min(dialog.getWidth(), dialog.getScene().getWindow().getWidth()));
            assertTrue(inDialog.getMaxX() <= width + 0.5 && onFx(() -> table.getWidth() >= table.prefWidth(-1) - 0.5),
                    "the table (" + inDialog + ", " + onFx(() -> table.prefWidth(-1)) + " px wanted) ends inside its "
                    + "dialog, " + width + " px wide");
        } finally {
            interact(() -> ((javafx.scene.control.Button) dialog.lookupButton(javafx.scene.control.ButtonType.OK)).fire());
        }
    }

    private static Stream<javafx.scene.control.MenuItem> items(javafx.scene.control.Menu menu) {
        return menu.getItems().stream().flatMap(i -> i instanceof javafx.scene.control.Menu m ? items(m) : Stream.of(i));
    }

    private static Bounds sceneBounds(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    /** The text a labeled control draws (its skin's Text: ends in "…" when cut). */
    private static String textOf(Node labeled) {
        return ((Text) labeled.lookup(".text")).getText();
    }

    private void openInPresenterModeAt1280x800(Path sample) throws Exception {
        openSolved(sample);
        interact(() -> {
            window.compute().content().getScene().getWindow().setWidth(1280);
            window.compute().content().getScene().getWindow().setHeight(800);
            window.model().updateAppearance(s -> s.withView(s.view().withPresenterMode(true)));
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(8);
        awaitFx(() -> window.compute().isIdle());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(8);
    }

    /**
     * The side-by-side sample in presenter mode at 1280×800, reached from 1920×1080: the side panel leaves the
     * figures most of the width, the pane titles and the strips' key are shown whole, every chart and every control of
     * pane B's row is inside the window, and the plans and the scatter plots keep room for their data: each scatter's
     * plot area and each plan's heatmap at least {@value #SCATTER_PLOT} and {@value #HEATMAP} px high (at 1920×1080,
     * before the move, {@value #LARGE_PLOT} px), the row strips thin (before: the side panel kept the 598 px it took at 1920, titles were cut to "…", the scatters had 70 px,
     * the heatmaps 95 px beside row strips a third of the pane wide, with a legend stacked in each).
     */
    @Test
    void sideBySideInPresenterModeAt1280x800CutsNoTitleAndLeavesEveryChartRoom() throws Exception {
        resizeWindow(1920, 1080); // as a lecturer does: opened on a large screen, then moved to the projector's 1280×800
        openSolved(Path.of("samples/side-by-side-balanced-vs-robust.json"));
        awaitFx(() -> window.planPanel().chartsShown().size() == 3);
        setPresenterMode(true);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(8);
        awaitFx(() -> window.compute().isIdle());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(8);
        List<Double> large = onFx(this::plotHeights);
        System.out.println("side by side, presenter, 1920x1080: scatter and heatmap plot areas " + large + " px high");
        for (double h : large) {
            assertTrue(h >= LARGE_PLOT, "at 1920x1080 a plot area " + h + " px high: " + large);
        }
        resizeWindow(1280, 800);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(8);
        awaitFx(() -> window.compute().isIdle());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(8);
        double sidePanel = onFx(() -> window.compute().sidebar().getWidth());
        assertTrue(sidePanel <= 0.25 * 1280 + 0.5, "the side panel leaves the figures most of the window: " + sidePanel);
        Node content = onFx(() -> window.compute().content());
        List<String> cut = onFx(() -> content.lookupAll(".pane-title, .marginal-legend .label").stream()
                .map(n -> (javafx.scene.control.Label) n)
                .filter(l -> shownOnScreen(l) && !l.getText().isEmpty())
                .filter(l -> !(l.lookup(".text") instanceof Text t && t.getText().equals(l.getText())))
                .map(l -> l.getText() + " shown as " + ((Text) l.lookup(".text")).getText())
                .toList());
        assertTrue(cut.isEmpty(), "cut off: " + cut);
        double width = onFx(() -> content.getScene().getWidth());
        List<Node> plots = onFx(() -> java.util.stream.Stream.concat(
                content.lookupAll(".scatter-chart .chart-content").stream(),
                content.lookupAll(".plan-heatmap .chart-content").stream()
                        .filter(n -> !inTopRow(n))) // not the plans' top strips (their row grows to the legend)
                .filter(ExplorerLookTest::shownOnScreen).toList());
        assertEquals(2 + 3 * 2, plots.size(), "two scatter plots, and three plans each with its row strip");
        for (Node plot : plots) {
            Bounds b = onFx(() -> plot.localToScene(plot.getLayoutBounds()));
            assertTrue(b.getMinX() >= 0 && b.getMaxX() <= width + 0.5, "inside the window: " + b);
            assertTrue(b.getHeight() >= 85, "room for the data (plot with its axes): " + b);
        }
        List<Double> heights = onFx(this::plotHeights);
        assertEquals(2 + 3, heights.size(), "two scatters and three heatmaps");
        List<Double> scatterHeights = heights.subList(0, 2);
        System.out.println("side by side, presenter, 1280x800: scatter plot areas " + scatterHeights + " px high");
        for (var plan : onFx(() -> window.planPanel().chartsShown())) {
            double[] sizes = onFx(plan::stripPlotSizes);
            double figureWidth = onFx(() -> plan.chart().getWidth());
            double rowStrip = onFx(() -> plan.chart().lookupAll(".marginal-strip").stream().filter(n -> !inTopRow(n))
                    .mapToDouble(n -> ((XYChart) n).getCanvas().getWidth()).sum());
            System.out.printf("side by side, presenter, 1280x800: heatmap %.0f x %.0f px, row strip %.0f px of %.0f%n",
                    sizes[1], sizes[3], rowStrip, figureWidth);
            assertTrue(sizes[3] >= HEATMAP, "the heatmap is " + sizes[3] + " px high");
            assertTrue(sizes[1] >= HEATMAP, "the heatmap is " + sizes[1] + " px wide");
            assertTrue(rowStrip <= 0.12 * figureWidth, "a thin row strip: " + rowStrip + " of " + figureWidth);
            assertTrue(!onFx(plan::cornerLegendVisible), "no legend in the pane's corner");
        }
        for (double h : scatterHeights) {
            assertTrue(h >= SCATTER_PLOT, "the scatter's plot area is " + h + " px high");
        }
        List<Node> splitRow = onFx(() -> {
            return content.lookupAll(".view-header").stream().filter(h -> h.lookup(".combo-box") != null
                    && ((javafx.scene.Parent) h).getChildrenUnmodifiable().stream().anyMatch(n -> n
                    instanceof javafx.scene.control.ComboBox<?> c && "compare…".equals(c.getPromptText())))
                    .flatMap(h -> ((javafx.scene.Parent) h).getChildrenUnmodifiable().stream()).toList();
        });
        assertEquals(5, splitRow.size(), "side by side, pane B's preset, method, ε factor, difference: " + splitRow);
        List<Node> footer = onFx(() -> List.copyOf(window.planPanel().key().node().getParent()
                .getChildrenUnmodifiable()));
        double height = onFx(() -> content.getScene().getHeight());
        for (Node control : java.util.stream.Stream.concat(splitRow.stream(), footer.stream()).toList()) {
            Bounds b = onFx(() -> control.localToScene(control.getLayoutBounds()));
            assertTrue(onFx(() -> shownOnScreen(control)) && b.getMinX() >= 0 && b.getMaxX() <= width + 0.5
                    && b.getMinY() >= 0 && b.getMaxY() <= height + 0.5, control + " inside the window: " + b);
        }
    }

    /** The plot-area heights of the two scatters and the plans' heatmaps on screen. */
    private List<Double> plotHeights() {
        return java.util.stream.Stream.concat(window.compute().content().lookupAll(".scatter-chart").stream()
                .filter(ExplorerLookTest::shownOnScreen).map(c -> ((XYChart) c).getCanvas().getHeight()),
                window.planPanel().chartsShown().stream().map(p -> p.stripPlotSizes()[3])).toList();
    }

    /** The least plot-area height of each scatter and heatmap side by side in presenter mode at 1920×1080. */
    private static final int LARGE_PLOT = 200;
    /** The least plot-area height of a scatter side by side in presenter mode at 1280×800 (it had 70 px). */
    private static final int SCATTER_PLOT = 100;
    /** The least height and width of a heatmap side by side in presenter mode at 1280×800 (it had 95 px). */
    private static final int HEATMAP = 120;

    /** Whether a node lies in a plan figure's top row (the column strip beside the legend). */
    private static boolean inTopRow(Node n) {
        for (Node p = n; p != null && p.getParent() != null; p = p.getParent()) {
            if (p.getParent() instanceof javafx.scene.layout.GridPane) {
                Integer row = javafx.scene.layout.GridPane.getRowIndex(p);
                return row == null || row == 0;
            }
        }
        return false;
    }

    /**
     * An exact plan (all its entries 1/n) in log colour: the colour bar spans a decade with distinct tick labels
     * (it spanned 1e-9 of one, every label "-1.77815124…"), the zero cells take another colour than the entries,
     * and the line under the plan says what the bar's bottom colour means.
     */
    @Test
    void anExactPlanInLogColourHasAReadableColourBarAndItsZerosApart() throws Exception {
        openSolved(Path.of("samples/entropic-blur-vs-exact-plan.json"));
        interact(() -> window.model().update(s -> s.withEngine(s.engine().withMethod("exact"))
                .withView(s.view().withLogColorScale(true))));
        awaitFx(() -> window.compute().isIdle() && window.planPanel().shown() != null
                && "exact".equals(window.planPanel().shown().method()) && window.planPanel().display().logScale());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(8);
        var chart = onFx(() -> window.planPanel().chart());
        double[] bar = onFx(chart::colorRange);
        assertTrue(bar[1] - bar[0] >= 0.99, "the colour bar spans a decade: " + java.util.Arrays.toString(bar));
        double[] cells = onFx(() -> window.planPanel().display().values());
        double lowest = java.util.Arrays.stream(cells).min().orElseThrow();
        double highest = java.util.Arrays.stream(cells).max().orElseThrow();
        assertEquals(bar[0], lowest, 1e-9, "the zeros at the bar's bottom");
        assertEquals(bar[1], highest, 1e-9, "the entries at its top");
        List<String> ticks = onFx(() -> chart.heatmap().getAxes().stream()
                .filter(a -> a.getSide() == io.fair_acc.chartfx.ui.geometry.Side.RIGHT).findFirst().orElseThrow()
                .getTickMarks().stream().filter(t -> t.isVisible()).map(t -> t.getText()).toList());
        assertTrue(ticks.size() >= 2 && ticks.stream().distinct().count() == ticks.size(),
                "distinct colour bar labels: " + ticks);
        javafx.scene.control.Label meaning = lookup(n -> n instanceof javafx.scene.control.Label l
                && l.getText() != null && l.getText().contains("colour bar bottom: P ≤ ")
                && l.getText().endsWith(" or 0")).queryAs(javafx.scene.control.Label.class);
        interact(() -> {
            window.compute().content().getScene().getWindow().setWidth(1280);
            window.compute().content().getScene().getWindow().setHeight(800);
            window.model().updateAppearance(s -> s.withView(s.view().withPresenterMode(true)));
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(8);
        assertEquals(onFx(meaning::getText), onFx(() -> ((Text) meaning.lookup(".text")).getText()),
                "presenter mode at 1280x800: the plan's line is shown whole");
    }

    @Test
    void theDarkThemeWritesTheAxesInALightColour() throws Exception {
        awaitFx(() -> window.compute().solvedCount() >= 1);
        XYChart spectrum = onFx(() -> window.spectrumPanel().chart().chart());
        javafx.scene.paint.Paint light = onFx(() -> axisLabel(spectrum).getFill());
        interact(() -> window.model().updateAppearance(s -> s.withView(s.view().withTheme(Themes.DARK))));
        awaitFx(() -> !axisLabel(spectrum).getFill().equals(light));
        javafx.scene.paint.Color dark = (javafx.scene.paint.Color) onFx(() -> axisLabel(spectrum).getFill());
        assertTrue(dark.getBrightness() > 0.6, "axis text on the dark background is light: " + dark);
        assertNotEquals(light, dark);
        interact(() -> window.model().updateAppearance(s -> s.withView(s.view().withTheme("light"))));
    }

    /** Look-through finding: on the dark theme a grid line ran through every spectrum marker (drawn on top). */
    @Test
    void everyChartDrawsItsGridUnderTheData() throws Exception {
        awaitFx(() -> window.compute().solvedCount() >= 1);
        interact(() -> window.model().updateAppearance(s -> s.withView(s.view().withTheme(Themes.DARK))));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(4);
        List<String> onTop = onFx(() -> window.compute().content().getScene().getRoot().lookupAll(".chart").stream()
                .filter(XYChart.class::isInstance).map(XYChart.class::cast)
                .filter(c -> c.getGridRenderer().isDrawOnTop()).map(c -> c.getXAxis().getName()).toList());
        interact(() -> window.model().updateAppearance(s -> s.withView(s.view().withTheme("light"))));
        assertEquals(List.of(), onTop, "charts whose grid is drawn over their data (by x axis)");
    }

    /**
     * Look-through finding: on an X display without a compositor (Xvfb, plain X sessions) every dark-theme menu and
     * combo-box list had a white frame, its drop shadow's transparent margin painted opaque. A popup's window is now
     * its bordered list or menu, without margin, effect or rounded corners.
     */
    @Test
    void theDarkThemesMenusAndListsHaveNoMarginForAWhiteFrame() throws Exception {
        awaitFx(() -> window.compute().solvedCount() >= 1);
        interact(() -> window.model().updateAppearance(s -> s.withView(s.view().withTheme(Themes.DARK))));
        try {
            javafx.scene.control.ComboBox<?> combo = lookup(".combo-box")
                    .match(ExplorerWindowTestSupport::shownOnScreen).queryAs(javafx.scene.control.ComboBox.class);
            interact(combo::show);
            assertPopupHasNoFrame(".list-view");
            interact(combo::hide);
            javafx.scene.control.Menu file = onFx(() -> lookup(".menu-bar")
                    .queryAs(javafx.scene.control.MenuBar.class).getMenus().get(0));
            interact(file::show);
            assertPopupHasNoFrame(".context-menu");
            interact(file::hide);
        } finally {
            interact(() -> window.model().updateAppearance(s -> s.withView(s.view().withTheme("light"))));
        }
    }

    private void assertPopupHasNoFrame(String selector) throws Exception {
        awaitFx(() -> shownPopup(selector) != null);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(4);
        javafx.scene.layout.Region content = onFx(() -> shownPopup(selector).getScene().getRoot()
                .lookupAll(selector).stream().map(javafx.scene.layout.Region.class::cast)
                .filter(r -> r.getBackground() != null).findFirst().orElseThrow()); // a menu's bridge paints nothing
        javafx.stage.Window popup = onFx(() -> shownPopup(selector));
        assertEquals(null, onFx(content::getEffect), selector + "'s effect");
        assertTrue(onFx(() -> content.getBackground().getFills().stream()
                        .allMatch(f -> f.getRadii().getTopLeftHorizontalRadius() == 0)),
                selector + " has square corners");
        assertEquals(onFx(content::getWidth), onFx(popup::getWidth), 1.0, selector + ": the popup window is its width");
        assertEquals(onFx(content::getHeight), onFx(popup::getHeight), 1.0, selector + ": and its height");
    }

    private static javafx.stage.Window shownPopup(String selector) {
        return javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.stage.PopupWindow && w.isShowing() && w.getScene() != null
                        && w.getScene().getRoot().lookup(selector) != null)
                .findFirst().orElse(null);
    }

    private static double tickLabelFontSize(XYChart chart) {
        return chart.getYAxis() instanceof io.fair_acc.chartfx.axes.spi.AbstractAxisParameter a
                ? a.getTickLabelStyle().getFont().getSize() : 0;
    }

    private static Text axisLabel(XYChart chart) {
        return (Text) ((Node) chart.getXAxis()).lookup(".axis-label");
    }

    private static double markerSize(String style) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("-fx-marker-size:\\s*([0-9.]+)").matcher(style);
        assertTrue(m.find(), style);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void unbalancedOtReportsTheResidualItConvergesOnNotTheDistanceToTheWeights() throws Exception {
        openSolved(Path.of("samples/kl-vs-l2-marginal-relaxation.json"));
        javafx.scene.control.Label error = lookup(n -> n instanceof javafx.scene.control.Label l
                && l.getText() != null && l.getText().startsWith("residual ")).queryAs(javafx.scene.control.Label.class);
        double residual = Double.parseDouble(onFx(error::getText).substring("residual ".length()));
        double tolerance = onFx(() -> window.model().scenario().engine().tolerance());
        assertTrue(residual <= tolerance, "converged on its residual: " + residual);
        assertTrue(lookup("converged").tryQuery().isPresent());
    }

    @Test
    void theWindowHoldsOneTabPerWorkbench() throws Exception {
        javafx.scene.control.TabPane tabs = lookup(".workbench-tabs").queryAs(javafx.scene.control.TabPane.class);
        assertEquals(Workbenches.all().size(), (int) onFx(() -> tabs.getTabs().size()));
    }
}

package org.otexplorer.ui.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.GridDataSet;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.otexplorer.io.ScenarioFiles;
import org.otexplorer.service.ComputeService;
import org.otexplorer.ui.workbench.AnimatedFigure;
import org.otexplorer.ui.workbench.ScenarioModel;
import org.otexplorer.ui.workbench.SilentStatus;
import org.otexplorer.ui.workbench.WorkbenchContext;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The step-by-step workbench driven headless (TestFX on Monocle) at 1280×800 on its sample: it opens on frame 0,
 * steps, scrubs back, switches method, and what the heatmap, caption, slider and error chart show follows.
 */
class StepsWorkbenchTest extends ApplicationTest {
    private static final long PATIENCE = 120;
    static final Path SAMPLE = Path.of("samples/sinkhorn-step-by-step.json");

    private ScenarioModel model;
    private ComputeService service;
    private StepsView view;

    @Override
    public void start(Stage stage) {
        org.otexplorer.ui.export.UnsharedGlyphLayouts.checkOutSharedLayout(); // as the window does: no text race
        model = new ScenarioModel(ScenarioFiles.load(SAMPLE), SAMPLE);
        service = new ComputeService(Platform::runLater);
        WorkbenchContext context = new WorkbenchContext(model, service, new SilentStatus(), stage,
                new SimpleBooleanProperty(true));
        view = (StepsView) new StepsWorkbench().open(context);
        stage.setScene(new Scene((Region) view.content(), 1280, 800));
        stage.sizeToScene(); // the shared test stage may keep an earlier test's 1440 × 900
        stage.show();
        view.setActive(true);
    }

    @AfterEach
    void close() {
        interact(() -> view.close());
        service.close();
    }

    @Test
    void steppingThreeTimesShowsTheSecondRowNormalisationWhoseRowsSumToA() throws Exception {
        awaitFx(() -> view.isIdle());
        assertEquals(0, (int) onFx(view::frame));
        // the ε the slider shows (relative to mean C) next to the absolute one solved with, so the two agree
        assertTrue(onFx(() -> view.summary().getText()).startsWith("sinkhorn, ε = 0.02 × mean C = 0.0"),
                onFx(() -> view.summary().getText()));
        assertTrue(onFx(() -> view.picture().caption()).startsWith("k = 0 of 199 · start"),
                onFx(() -> view.picture().caption()));
        for (int k = 0; k < 3; k++) {
            interact(view::step);
        }
        awaitFx(() -> view.isIdle());
        assertEquals(3, (int) onFx(view::frame));
        assertEquals(3.0, onFx(() -> view.slider().getValue()));
        assertTrue(onFx(() -> view.picture().caption()).startsWith("k = 3 of 199 · iteration 2 · row normalisation"
                + " · Sinkhorn phase"), onFx(() -> view.picture().caption()));
        assertEquals(3, (int) StepsSection.of(model.scenario()).get(StepsSection.FRAME), "the frame is in the scenario");
        double[] a = model.scenario().data().n() == 10 ? onFx(() -> view.picture().shown().a()) : null;
        double[][] rows = onFx(this::heatmapRows);
        assertEquals(10, rows.length);
        for (int i = 0; i < rows.length; i++) {
            double sum = 0;
            for (double x : rows[i]) {
                sum += x;
            }
            assertEquals(a[i], sum, 1e-14, "heatmap row " + i + " sums to a_i after a row normalisation");
        }
        assertEquals(2.0, onFx(() -> view.picture().errors().marked()), "the error chart marks iteration 2");
        assertTrue(onFx(() -> view.picture().errors().isLogErrorAxis()));
        assertEquals(10, (int) onFx(() -> view.picture().potentials().fBars()), "f drawn as 10 bars");
        assertEquals(4, (int) onFx(() -> view.picture().plan().marginalCurves()), "sums against a and b drawn");
    }

    /**
     * Look-through finding: the ε slider read "0.0200" beside a description and a summary that say ε = 0.02 × mean C;
     * it now says what the number multiplies and the ε the recording solved with, as the transport workbench's does.
     */
    @Test
    void theEpsilonSliderSaysItIsRelativeToTheMeanCostAndTheEpsilonSolvedWith() throws Exception {
        awaitFx(() -> view.isIdle());
        String shown = onFx(() -> ((Region) view.control("epsilon")).lookupAll(".label").stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()).filter(t -> t.contains("mean C"))
                .findFirst().orElse("no label mentions mean C"));
        String summary = onFx(() -> view.summary().getText()); // "sinkhorn, ε = 0.02 × mean C = 0.00xyz: …"
        String solved = summary.substring(summary.indexOf("mean C = ") + 9, summary.indexOf(':'));
        assertEquals(String.format(java.util.Locale.ROOT, "0.0200 × mean C = %.3g", Double.parseDouble(solved)), shown);
    }

    @Test
    void aSavedScenarioReopensOnTheSameFrame(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        awaitFx(() -> view.isIdle());
        interact(() -> view.slider().setValue(17));
        awaitFx(() -> view.isIdle());
        Path file = dir.resolve("at17.json");
        ScenarioFiles.save(model.scenario(), file);
        interact(view::reset);
        awaitFx(() -> view.isIdle());
        assertEquals(0, (int) onFx(view::frame));
        interact(() -> model.replace(ScenarioFiles.load(file), file));
        awaitFx(() -> view.isIdle() && view.frame() == 17);
        assertTrue(onFx(() -> view.picture().caption()).startsWith("k = 17 of 199 · iteration 9 · row"),
                onFx(() -> view.picture().caption()));
        assertEquals(17.0, onFx(() -> view.slider().getValue()));
    }

    @Test
    void scrubbingBackAndStepBackReachTheStart() throws Exception {
        awaitFx(() -> view.isIdle());
        interact(() -> view.slider().setValue(120));
        awaitFx(() -> view.isIdle());
        assertEquals(120, (int) onFx(view::frame));
        interact(() -> view.slider().setValue(2));
        awaitFx(() -> view.isIdle());
        assertTrue(onFx(() -> view.picture().caption()).startsWith("k = 2 of 199 · iteration 1 · column"
                + " normalisation"), onFx(() -> view.picture().caption()));
        double[] columns = onFx(() -> view.picture().shown().columnSums());
        double[] b = onFx(() -> view.picture().shown().b());
        for (int j = 0; j < b.length; j++) {
            assertEquals(b[j], columns[j], 1e-14, "column " + j + " after a column normalisation");
        }
        interact(view::stepBack);
        interact(view::stepBack);
        awaitFx(() -> view.isIdle());
        assertEquals(0, (int) onFx(view::frame));
        assertTrue(onFx(() -> view.picture().caption()).contains("start"));
        double[] range = onFx(() -> view.picture().plan().colorRange());
        interact(() -> view.slider().setValue(199));
        awaitFx(() -> view.isIdle());
        assertEquals(range[1], onFx(() -> view.picture().plan().colorRange())[1], "the colour scale stays locked");
    }

    @Test
    void halfStepsOffStepsWholeIterationsAndPlayReachesTheEnd() throws Exception {
        awaitFx(() -> view.isIdle());
        interact(() -> model.update(s -> StepsSection.with(StepsSection.with(s, StepsSection.HALF_STEPS, false),
                StepsSection.SPEED, 60.0)));
        interact(view::step);
        interact(view::step);
        awaitFx(() -> view.isIdle());
        assertEquals(3, (int) onFx(view::frame), "frames 1 and 3: the row steps of iterations 1 and 2");
        interact(view::play);
        awaitFx(() -> !view.isPlaying() && view.isIdle());
        assertEquals(199, (int) onFx(view::frame), "play stops on the last frame");
        assertTrue(onFx(() -> view.picture().caption()).contains("iteration 100"));
    }

    @Test
    void switchingTheMethodRecordsAgainWithTheSamePlansForSinkhornLog() throws Exception {
        awaitFx(() -> view.isIdle());
        interact(() -> view.slider().setValue(5));
        awaitFx(() -> view.isIdle());
        double[] scaling = onFx(() -> view.picture().shown().plan());
        interact(() -> view.methodChoice().setValue("sinkhorn-log"));
        awaitFx(() -> view.isIdle() && view.run().method().equals("sinkhorn-log"));
        assertEquals("sinkhorn-log", model.scenario().engine().method());
        assertEquals(5, (int) onFx(view::frame), "the frame stays");
        double[] log = onFx(() -> view.picture().shown().plan());
        for (int k = 0; k < log.length; k++) {
            assertEquals(scaling[k], log[k], 1e-12);
        }
        assertTrue(onFx(() -> view.summary().getText()).startsWith("sinkhorn-log"));
        for (String method : List.of("robust", "unbalanced")) {
            interact(() -> view.methodChoice().setValue(method));
            awaitFx(() -> view.isIdle() && view.run().method().equals(method));
            assertNull(onFx(view::failure), method);
            assertTrue(onFx(() -> view.picture().caption()).startsWith("k = 5 of ")
                    && onFx(() -> view.picture().caption()).contains("iteration 3 · row normalisation"), method + ": "
                    + onFx(() -> view.picture().caption()));
            assertEquals(10, (int) onFx(() -> view.picture().potentials().fBars()), method);
        }
        interact(() -> view.methodChoice().setValue("ipot"));
        awaitFx(() -> view.isIdle() && view.run().method().equals("ipot"));
        assertTrue(onFx(() -> view.picture().caption()).contains("proximal step · IPOT"),
                onFx(() -> view.picture().caption()));
        assertEquals(0, (int) onFx(() -> view.picture().potentials().fBars()), "IPOT has no potentials to draw");
        // look-through: the summary read "ipot, ε = 0.02 × mean C = 0" and frame 0 "· Sinkhorn phase"
        String summary = onFx(() -> view.summary().getText());
        assertTrue(summary.startsWith("ipot, β = ") && !summary.contains("ε"), summary);
        interact(view::reset);
        awaitFx(() -> view.isIdle() && view.frame() == 0);
        assertTrue(onFx(() -> view.picture().caption()).contains("start (before iteration 1) · IPOT · "),
                onFx(() -> view.picture().caption()));
        assertNotNull(onFx(() -> view.control("beta")), "IPOT's own parameters are offered");
        assertNull(onFx(() -> view.control("epsilon")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAnimatedFigureHoldsEveryFrameAndShowsAnyOfThem() throws Exception {
        awaitFx(() -> view.isIdle());
        interact(() -> view.slider().setValue(7));
        awaitFx(() -> view.isIdle());
        AnimatedFigure<StepsAnimation> figure = (AnimatedFigure<StepsAnimation>) new StepsWorkbench().figures().stream()
                .filter(f -> f.name().equals(StepsFigures.STEPS)).findFirst().orElseThrow();
        StepsAnimation data = onFx(() -> figure.shown(view));
        assertEquals(200, figure.frameCount(data), "start, 100 row and 99 column half-steps");
        Region chart = onFx(() -> figure.chart(data, model.scenario()));
        StepsPicture picture = (StepsPicture) chart.getProperties().values().stream()
                .filter(StepsPicture.class::isInstance).findFirst().orElseThrow();
        assertTrue(onFx(picture::caption).startsWith("k = 7 of 199 · iteration 4 · row"), onFx(picture::caption));
        interact(() -> figure.showFrame(chart, data, 3));
        assertTrue(onFx(picture::caption).startsWith("k = 3 of 199"), onFx(picture::caption));
        interact(() -> figure.showFrame(chart, data, 199));
        assertTrue(onFx(picture::caption).contains("iteration 100"), onFx(picture::caption));
    }

    @Test
    void aSmallEpsilonShowsTheNewtonPhaseWhereTheSolverSwitches() throws Exception {
        awaitFx(() -> view.isIdle());
        interact(() -> model.update(s -> s.withEngine(s.engine().withEpsilon(0.005, true).withStopping(1e-11,
                500_000))));
        awaitFx(() -> view.isIdle() && view.run().recording().result().newtonIterations() > 0);
        int last = onFx(() -> view.run().frameCount() - 1);
        interact(() -> view.slider().setValue(last));
        awaitFx(() -> view.isIdle());
        assertTrue(onFx(() -> view.picture().caption()).contains("Newton step · Newton phase"),
                onFx(() -> view.picture().caption()));
        assertEquals(2, (int) onFx(() -> view.picture().errors().curveCount()), "Newton steps drawn apart");
        int firstNewton = onFx(() -> view.run().recording().result().phases().get(0).iterations()) + 1;
        int frame = onFx(() -> {
            for (int k = 0; k <= last; k++) {
                if (view.run().recording().iteration(k) == firstNewton) {
                    return k;
                }
            }
            return -1;
        });
        interact(() -> view.slider().setValue(frame - 1));
        awaitFx(() -> view.isIdle());
        assertTrue(onFx(() -> view.picture().caption()).contains("Sinkhorn phase"), "the frame before: Sinkhorn");
    }

    @Test
    void theControlsAreOnScreenAt1280x800() throws Exception {
        awaitFx(() -> view.isIdle());
        for (String id : List.of(".steps-transport", ".steps-slider", ".steps-method", ".steps-picture")) {
            // this test's own window: an earlier test's 1440-wide window may still hold a node of the same class
            Node node = from(view.content()).lookup(id).query();
            Bounds b = onFx(() -> node.localToScene(node.getBoundsInLocal()));
            assertTrue(b.getMinX() >= 0 && b.getMaxX() <= 1280 && b.getMinY() >= 0 && b.getMaxY() <= 800,
                    id + " inside the window: " + b);
            assertTrue(b.getWidth() > 20 && b.getHeight() > 10, id + " visible: " + b);
        }
    }

    private double[][] heatmapRows() {
        GridDataSet grid = (GridDataSet) view.picture().plan().dataSet();
        int nx = grid.getShape(DataSet.DIM_X);
        int ny = grid.getShape(DataSet.DIM_Y);
        double[][] rows = new double[ny][nx];
        for (int y = 0; y < ny; y++) {
            for (int x = 0; x < nx; x++) {
                rows[ny - 1 - y][x] = grid.get(DataSet.DIM_Z, x, y);
            }
        }
        return rows;
    }

    private void awaitFx(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(PATIENCE, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }
}

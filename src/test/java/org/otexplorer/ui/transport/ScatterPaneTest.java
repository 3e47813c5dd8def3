package org.otexplorer.ui.transport;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.otexplorer.io.DataSpec;
import org.otexplorer.io.EngineSpec;
import org.otexplorer.io.Scenario;
import org.otexplorer.service.ComputeService;
import org.otexplorer.service.ScenarioSnapshot;
import org.otexplorer.service.SolveView;
import org.otexplorer.ui.charts.DataScatterChart;
import org.otexplorer.ui.charts.LinePicture;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One source-and-target pane and its display jobs: while a point moves its pictures are drafts, and once it is let
 * go the full picture follows — also when the release comes while a draft is still being made.
 */
class ScatterPaneTest extends ApplicationTest {
    private static final String CHANNEL = "test.scatter";
    private final ComputeService service = new ComputeService(Platform::runLater);
    private final List<LinePicture> handedOver = new CopyOnWriteArrayList<>();
    private ScatterPane pane;

    @Override
    public void start(Stage stage) {
        org.otexplorer.ui.export.UnsharedGlyphLayouts.checkOutSharedLayout(); // as the window does: no text race
        pane = new ScatterPane(CHANNEL, (solved, prepared) -> handedOver.add(prepared.picture()),
                message -> { throw new AssertionError(message); });
        pane.setRetry(this::prepare);
        pane.chart().setPictureRequests(this::prepare);
        stage.setScene(new Scene(new StackPane(pane.chart().chart()), 800, 600));
        stage.show();
    }

    @AfterEach
    void closeService() {
        service.close();
    }

    private void prepare() {
        pane.prepare(service, solved -> new Projection(0, 1));
    }

    /** Blobs at n = m = 300: about 38,000 lines, far more than a draft's budget draws sharp. */
    private static SolveView blobs(double epsilon) {
        Scenario s = new Scenario(null, "blobs", null, 1L, DataSpec.defaults().withSizes(300, 300, 2), null, null,
                null).withEngine(EngineSpec.defaults().withEpsilon(epsilon, true));
        return ScenarioSnapshot.compute(s, null, false, false).solve();
    }

    @Test
    void aDraftMadeWhileThePointMovesIsFollowedByTheFullPictureWhenItIsLetGoMeanwhile() throws Exception {
        SolveView resting = blobs(0.05);
        SolveView moved = blobs(0.045);
        interact(() -> {
            pane.setView(resting);
            prepare();
        });
        awaitPicture(resting);
        assertFalse(pane.chart().picture().draft(), "at rest: the full picture");
        for (int k = 0; k < 3; k++) { // no job left under way, nor one asked for by the last one's delivery
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !service.isBusy(CHANNEL));
            WaitForAsyncUtils.waitForFxEvents();
        }
        handedOver.clear();

        interact(() -> {
            pane.setDraft(true); // the point moves: the next display is a draft
            pane.setView(moved);
            prepare();
            if (pane.setDraft(false)) { // let go while the draft is being made (the full picture is on screen)
                prepare();
            }
        });
        awaitPicture(moved);
        DataScatterChart chart = pane.chart();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                !chart.picture().draft() && chart.picture().lines() == chart.shown().lines()).get());
        assertTrue(handedOver.get(0).draft(), "the job under way when the point was let go made a draft");
        interact(() -> {
            assertFalse(chart.showsDraftTag(), "no draft tag once the point rests");
            assertTrue(chart.picture().sharp() > handedOver.get(0).sharp(), "the full picture draws more lines sharp");
        });
    }

    /** Waits until the pane shows a solve's display with a line picture. */
    private void awaitPicture(SolveView solved) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                pane.shown() == solved && pane.chart().picture() != null
                        && pane.chart().picture().lines() == pane.chart().shown().lines()
                        && pane.chart().picture().geometry().equals(pane.chart().geometry())).get());
    }
}

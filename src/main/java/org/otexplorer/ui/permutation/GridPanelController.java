package org.otexplorer.ui.permutation;

import java.util.List;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.otexplorer.io.Scenario;
import org.otexplorer.parameters.Parameter;
import org.otexplorer.permutation.RandomScoreSettings;
import org.otexplorer.service.JobListener;
import org.otexplorer.ui.workbench.Status;
import org.otexplorer.ui.workbench.SectionControls;
import org.otexplorer.ui.workbench.WorkbenchContext;

/**
 * The random-sample grid (GridPanel.fxml): the fraction of random score matrices {@code exp(χ/τ)} still unnormalised
 * after L iterations as a coloured τ × L table with the fractions written in the cells, for the chosen n, number of
 * samples and threshold. Clicking a cell opens its first unnormalised sample (or sample 0 when none is) in the lab,
 * which steps through its normalisation.
 */
public final class GridPanelController {
    @FXML
    private VBox controls;
    @FXML
    private Label title;
    @FXML
    private StackPane gridHolder;

    private final MatrixHeatmap heatmap = new MatrixHeatmap("iterations L", "temperature τ",
            "fraction unnormalised");
    private WorkbenchContext context;
    private GridResult shown;
    private Object requestedInputs;
    private Object shownInputs;
    private String failure;
    private CellOpener opener;

    /** Opens a grid cell's sample in the lab. */
    interface CellOpener {
        void open(Scenario withSample);
    }

    @FXML
    private void initialize() {
        heatmap.setFormat("%.2f");
        gridHolder.getChildren().setAll(heatmap.chart());
        heatmap.setCellListener(this::openCell);
    }

    void attach(WorkbenchContext workbench, CellOpener cellOpener) {
        context = workbench;
        opener = cellOpener;
        SectionControls section = new SectionControls(context.model(), PermutationSection.NAME,
                List.of(PermutationSection.GRID_SIZE,
                PermutationSection.GRID_SAMPLES, PermutationSection.THRESHOLD));
        controls.getChildren().setAll(section.nodes());
    }

    boolean isCurrent(Scenario s) {
        return GridResult.inputs(s).equals(shownInputs);
    }

    /** Whether the scenario's inputs have not been asked for yet (or their computation was cancelled). */
    boolean needsCompute(Scenario s) {
        return !GridResult.inputs(s).equals(requestedInputs);
    }

    String failure() {
        return failure;
    }

    GridResult shown() {
        return shown;
    }

    MatrixHeatmap heatmap() {
        return heatmap;
    }

    void compute(Scenario s) {
        Object inputs = GridResult.inputs(s);
        requestedInputs = inputs;
        long start = System.nanoTime();
        context.status().running(this::cancel);
        GridResult.ANALYSIS.submit(context.service(), s, new JobListener<GridResult>() {
            @Override
            public void onResult(GridResult r) {
                failure = null;
                shownInputs = inputs;
                show(r);
                RandomScoreSettings g = r.grid().settings();
                context.status().finished(new Status.Outcome(String.format(Locale.ROOT, "%d samples × %d τ, L up to %d",
                        g.samples(), g.temperatures().length, g.iterations()[g.iterations().length - 1]),
                        "threshold " + Parameter.format(g.threshold()), "grid done", true,
                        String.format(Locale.ROOT, "%.2f s", (System.nanoTime() - start) * 1e-9), List.of()));
            }

            @Override
            public void onCancelled(long jobId) {
                context.status().cancelled();
            }

            @Override
            public void onError(long jobId, String message) {
                failure = message;
                shownInputs = inputs;
                context.status().error("Random-sample grid: " + message);
            }
        });
    }

    void cancel() {
        if (context.service().isBusy(GridResult.ANALYSIS.channel())) {
            requestedInputs = null;
        }
        context.service().cancel(GridResult.ANALYSIS.channel());
    }

    private void show(GridResult r) {
        shown = r;
        RandomScoreSettings g = r.grid().settings();
        double[] taus = g.temperatures();
        int[] ls = g.iterations();
        heatmap.setNames(t -> Parameter.format(taus[t]), l -> Integer.toString(ls[l]));
        heatmap.show(taus.length, ls.length, r.fractions(), new double[] {0, 1});
        title.setText(String.format(Locale.ROOT, "Fraction of %d samples of size n = %d with Err_r > %s after L"
                + " iterations (seed %d)", g.samples(), g.sizes()[0], Parameter.format(g.threshold()), g.seed()));
    }

    /** Opens the first unnormalised sample of cell (τ_t, L_l) in the lab, with L iterations. */
    void openCell(int t, int l) {
        if (shown == null) {
            return;
        }
        RandomScoreSettings g = shown.grid().settings();
        int first = shown.grid().firstUnnormalised(t, l, 0);
        Scenario s = context.model().scenario();
        s = PermutationSection.with(s, PermutationSection.SOURCE, "random");
        s = PermutationSection.with(s, PermutationSection.SAMPLE_TEMPERATURE, g.temperatures()[t]);
        s = PermutationSection.with(s, PermutationSection.SAMPLE_SIZE, g.sizes()[0]);
        s = PermutationSection.with(s, PermutationSection.SAMPLE_INDEX, Math.max(first, 0));
        s = PermutationSection.with(s, PermutationSection.ITERATIONS, g.iterations()[l]);
        s = PermutationSection.with(s, PermutationSection.VIEW, "lab");
        opener.open(s);
    }
}

package org.otexplorer.ui.transport;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.otexplorer.io.CsvFiles;
import org.otexplorer.io.Scenario;
import org.otexplorer.io.ViewSpec;
import org.otexplorer.service.AnnealingLadder;
import org.otexplorer.service.AnnealingView;
import org.otexplorer.service.EpsilonAnnealing;
import org.otexplorer.service.SolveView;
import org.otexplorer.ui.charts.DataScatterChart;
import org.otexplorer.ui.charts.PlanHeatmapChart;
import org.otexplorer.ui.workbench.AnimatedFigure;
import org.otexplorer.ui.workbench.WorkbenchView;

/**
 * The ε annealing as an animation ({@value #NAME}): one frame per step of the walk down the ladder and back, the
 * plan heatmap on the colour scale locked over the whole ladder beside the points and matching lines (their opacity
 * P_ij over the ladder's largest entry, so the blur is faint), under a title
 * naming ε. Played at the scenario's {@code annealing.framesPerSecond}.
 */
final class AnnealingFigure implements AnimatedFigure<AnnealingFigure.Frames> {
    /** Its view name. */
    static final String NAME = "annealing";

    /**
     * The annealing and the speed it plays at.
     *
     * @param annealing   the solves along the ladder
     * @param frameMillis how long each frame shows
     */
    record Frames(AnnealingView annealing, int frameMillis) {
        static Frames of(AnnealingView annealing, Scenario scenario) {
            double fps = scenario.section(AnnealingLadder.SECTION).get(AnnealingLadder.FRAMES_PER_SECOND);
            return new Frames(annealing, (int) Math.round(1000 / fps));
        }
    }

    /** The charts of one figure, kept with its region so that a frame can be shown on them. */
    private record Charts(Label title, PlanHeatmapChart plan, DataScatterChart scatter, ViewSpec view,
                          double[] range) {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String menuText() {
        return "ε _annealing";
    }

    @Override
    public String description() {
        return "entropic methods: the plan and the matching as ε walks the annealing ladder down and back "
                + "(--animate: one frame per step)";
    }

    @Override
    public Frames compute(Scenario scenario, Path base) {
        return Frames.of(new EpsilonAnnealing().compute(EpsilonAnnealing.Input.of(scenario, base)), scenario);
    }

    @Override
    public Region chart(Frames data, Scenario scenario) {
        Label title = new Label();
        title.getStyleClass().add("figure-title");
        PlanHeatmapChart plan = new PlanHeatmapChart();
        DataScatterChart scatter = new DataScatterChart();
        scatter.setEqualAspect(scenario.view().equalAspect());
        GridPane both = new GridPane();
        both.addRow(0, plan.chart(), scatter.chart());
        for (Region r : new Region[] {plan.chart(), scatter.chart()}) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            half.setHgrow(Priority.ALWAYS);
            both.getColumnConstraints().add(half);
            r.setMinSize(0, 0);
            r.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            GridPane.setVgrow(r, Priority.ALWAYS);
        }
        VBox figure = new VBox(4, title, both);
        VBox.setVgrow(both, Priority.ALWAYS);
        figure.getProperties().put(Charts.class, new Charts(title, plan, scatter, scenario.view(),
                lockedRange(data.annealing(), scenario.view())));
        showFrame(figure, data, 0);
        return figure;
    }

    @Override
    public int frameCount(Frames data) {
        return data.annealing().frameCount();
    }

    @Override
    public void showFrame(Region chart, Frames data, int frame) {
        Charts c = (Charts) chart.getProperties().get(Charts.class);
        AnnealingView a = data.annealing();
        SolveView s = a.frame(frame);
        ViewSpec v = c.view();
        PlanDisplay display = PlanDisplay.of(s, v.sortByAssignment(), v.logColorScale(), v.logColorDecades());
        c.plan().update(display.rows(), display.columns(), display.values(), display.logScale(), v.colormap(),
                c.range());
        int[] order = display.columnOrder();
        c.plan().showMarginals(s.rowSums(), PlanDisplay.permuted(s.columnSums(), order), s.sourceWeights(),
                PlanDisplay.permuted(s.targetWeights(), order));
        c.scatter().show(ScatterPanelController.display(s, v, a.largestPlanEntry()));
        c.title().setText(caption(a, frame, s));
    }

    /** "ε = 0.0464 × mean C ↓ 5 of 10": the rung, the way the walk goes, and where it is. */
    static String caption(AnnealingView a, int frame, SolveView s) {
        int rung = a.rungOfFrame(frame);
        boolean down = Math.floorMod(frame, a.frameCount()) < a.rungs().length;  // the bottom is reached going down
        return String.format(Locale.ROOT, "ε = %.3g × mean C = %.3g   %s rung %d of %d", s.relativeEpsilon(),
                s.epsilon(), down ? "↓" : "↑", rung + 1, a.rungs().length);
    }

    /**
     * The colour range locked over the whole ladder, in the heatmap's units: [0, max P] on a linear scale, the
     * {@code decades} below log10 max P on a log scale (max over every rung: the sharpest plan's top).
     */
    static double[] lockedRange(AnnealingView a, ViewSpec v) {
        double top = a.largestPlanEntry();
        if (v.logColorScale()) {
            double log = Math.log10(top);
            return new double[] {log - v.logColorDecades(), log};
        }
        return new double[] {0, top};
    }

    @Override
    public int frameMillis(Frames data) {
        return data.frameMillis();
    }

    /** One row per rung: ε (scenario units and absolute), ⟨C,P⟩, iterations, warm start, max P. */
    @Override
    public void writeCsv(Frames data, Path csv) {
        AnnealingView a = data.annealing();
        double[][] rows = new double[a.rungs().length][];
        for (int k = 0; k < rows.length; k++) {
            SolveView s = a.solves().get(k);
            rows[k] = new double[] {k, a.rungs()[k], s.epsilon(), s.transportCost(), s.iterations(),
                s.warmStarted() ? 1 : 0, java.util.Arrays.stream(s.plan()).max().orElse(0)};
        }
        CsvFiles.writeMatrix(csv, new String[] {"rung", "epsilon", "absoluteEpsilon", "transportCost", "iterations",
            "warmStarted", "maxPlanEntry"}, rows);
    }

    @Override
    public Frames shown(WorkbenchView view) {
        AnnealingView shown = ((TransportView) view).annealing().shownAnnealing();
        return shown == null ? null : Frames.of(shown, ((TransportView) view).annealing().scenario());
    }
}

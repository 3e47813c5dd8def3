package org.otexplorer.ui.transport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.otexplorer.io.Scenario;
import org.otexplorer.io.ViewSpec;
import org.otexplorer.regression.LossLandscape;
import org.otexplorer.regression.TraceEntry;
import org.otexplorer.service.MovedSource;
import org.otexplorer.service.RaceView;
import org.otexplorer.service.ScenarioSnapshot;
import org.otexplorer.service.SolveView;
import org.otexplorer.service.TraceSnapshot;
import org.otexplorer.ui.charts.DataScatterChart;
import org.otexplorer.ui.charts.LandscapeChart;
import org.otexplorer.ui.charts.TraceChart;
import org.otexplorer.ui.charts.TraceCurves;
import org.otexplorer.ui.workbench.AnimatedFigure;
import org.otexplorer.ui.workbench.WorkbenchView;

/**
 * The optimizer race as an animation ({@value #NAME}): the race run to its end, then shown growing over at most
 * {@value #MAX_FRAMES} frames, frame k holding every lane's iterations up to ⌈L·(k+1)/F⌉ of the longest run's L, on
 * axes held at the whole race's range; beside it the loss landscape with the paths so far (two-parameter models)
 * or, for point-cloud registration, the source cloud moved by the followed optimizer's Θ at that iteration.
 */
final class RaceFigure implements AnimatedFigure<RaceFigure.Frames> {
    /** Its view name. */
    static final String NAME = "race";
    /** At most this many frames. */
    static final int MAX_FRAMES = 40;

    /**
     * The race and what each frame shows.
     *
     * @param traces  the race run to its end (and the landscape, or {@code null})
     * @param cutoffs the last iteration each frame shows
     * @param solve   the scenario's solve, whose source cloud moves (registration), or {@code null}
     * @param moved   the moved source cloud of each frame (registration), or {@code null}
     * @param followed the lane whose Θ moves the cloud, or −1
     */
    record Frames(TraceSnapshot traces, int[] cutoffs, SolveView solve, List<double[][]> moved, int followed) {
    }

    private record Charts(Label title, TraceChart trace, LandscapeChart landscape, DataScatterChart scatter,
                          ViewSpec view, boolean wallClock) {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String menuText() {
        return "optimizer _race";
    }

    @Override
    public String description() {
        return "regression scenarios: the optimizer race growing, with the landscape paths or a registration's "
                + "moving source cloud (--animate: up to " + MAX_FRAMES + " frames)";
    }

    @Override
    public Frames compute(Scenario scenario, Path base) {
        return frames(TraceSnapshot.complete(scenario, base), scenario, base);
    }

    /** The frames of a finished race. */
    static Frames frames(TraceSnapshot traces, Scenario scenario, Path base) {
        int longest = traces.race().lanes().stream().mapToInt(l -> l.entries().size()).max().orElse(1);
        int count = Math.max(1, Math.min(MAX_FRAMES, longest));
        int[] cutoffs = new int[count];
        for (int k = 0; k < count; k++) {
            cutoffs[k] = (int) Math.ceil((double) longest * (k + 1) / count);
        }
        int lane = MovedSource.followedLane(scenario);
        if (!MovedSource.applies(scenario) || lane < 0) {
            return new Frames(traces, cutoffs, null, null, -1);
        }
        SolveView solve = ScenarioSnapshot.compute(scenario, base, false, false).solve();
        MovedSource source = MovedSource.of(scenario, base);
        List<double[][]> iterates = traces.race().lanes().get(lane).iterates();
        List<double[][]> moved = new ArrayList<>();
        for (int cutoff : cutoffs) {
            int shown = Math.min(cutoff, iterates.size());
            double[][] theta = shown == 0 ? null : iterates.get(shown - 1);
            moved.add(theta == null ? solve.sourcePoints() : source.at(theta));
        }
        return new Frames(traces, cutoffs, solve, moved, lane);
    }

    /**
     * The race as it stood after {@code cutoff} iterations: each lane's entries up to that iteration, its path's
     * start and the points reached by then, its iterates; a lane still running then has no summary.
     */
    static RaceView upTo(RaceView race, int cutoff) {
        List<RaceView.Lane> lanes = new ArrayList<>();
        for (RaceView.Lane l : race.lanes()) {
            int count = (int) l.entries().stream().filter(e -> e.iteration() <= cutoff).count();
            boolean ended = count == l.entries().size();
            List<double[]> path = l.path().subList(0, Math.min(l.path().size(), count + 1));
            lanes.add(new RaceView.Lane(l.label(), l.entries().subList(0, count), path, ended ? l.summary() : null,
                    l.iterates().subList(0, Math.min(l.iterates().size(), count))));
        }
        return new RaceView(race.raceId(), lanes, lanes.stream().anyMatch(l -> l.summary() == null));
    }

    @Override
    public Region chart(Frames data, Scenario scenario) {
        ViewSpec v = scenario.view();
        boolean wallClock = TracePanelController.wallClock(scenario);
        Label title = new Label();
        TraceChart trace = new TraceChart();
        trace.holdRanges(TraceCurves.curves(data.traces().race(), v.traceMetric(), wallClock));
        LandscapeChart landscape = null;
        DataScatterChart scatter = null;
        Region side = null;
        LossLandscape l = data.traces().landscape();
        if (l != null) {
            landscape = new LandscapeChart();
            landscape.showSurface(l.theta1(), l.theta2(), l.loss(), l.truth(), v.colormap());
            side = landscape.chart();
        } else if (data.solve() != null) {
            scatter = new DataScatterChart();
            scatter.setEqualAspect(v.equalAspect());
            side = scatter.chart();
        }
        GridPane grid = new GridPane();
        List<Region> cells = side == null ? List.of(trace.chart()) : List.of(trace.chart(), side);
        for (Region r : cells) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / cells.size());
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
            r.setMinSize(0, 0);
            r.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            GridPane.setVgrow(r, Priority.ALWAYS);
            grid.addColumn(grid.getColumnConstraints().size() - 1, r);
        }
        VBox figure = new VBox(4, title, grid);
        VBox.setVgrow(grid, Priority.ALWAYS);
        figure.getProperties().put(Charts.class, new Charts(title, trace, landscape, scatter, v, wallClock));
        showFrame(figure, data, data.cutoffs().length - 1);
        return figure;
    }

    @Override
    public int frameCount(Frames data) {
        return data.cutoffs().length;
    }

    @Override
    public void showFrame(Region chart, Frames data, int frame) {
        Charts c = (Charts) chart.getProperties().get(Charts.class);
        int cutoff = data.cutoffs()[frame];
        RaceView race = upTo(data.traces().race(), cutoff);
        ViewSpec v = c.view();
        c.trace().update(TraceCurves.METRIC_NAMES.get(v.traceMetric()), TraceCurves.curves(race, v.traceMetric(),
                c.wallClock()), v.traceLogIterations(), TraceCurves.axisName(c.wallClock()));
        if (c.landscape() != null) {
            c.landscape().showPaths(TraceCurves.paths(race));
        }
        if (c.scatter() != null) {
            SolveView moved = data.solve().withMovedSource(data.moved().get(frame));
            c.scatter().show(ScatterPanelController.display(moved, v));
        }
        double seconds = race.lanes().stream().flatMap(l -> l.entries().stream()).mapToDouble(TraceEntry::elapsedMs)
                .max().orElse(0) / 1000;
        c.title().setText(String.format(Locale.ROOT, "iteration %d of %d   (%.2f s)%s", cutoff,
                data.cutoffs()[data.cutoffs().length - 1], seconds, c.scatter() == null ? ""
                        : "   source moved by " + data.traces().race().lanes().get(data.followed()).label()));
    }

    @Override
    public int frameMillis() {
        return 150;
    }

    @Override
    public void writeCsv(Frames data, Path csv) {
        new TransportFigures.Traces().writeCsv(data.traces(), csv);
    }

    /** Always computed from the scenario (the export runs the race to its end off the FX thread). */
    @Override
    public Frames shown(WorkbenchView view) {
        return null;
    }
}

package org.otexplorer.ui.transport;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.paint.Color;
import org.otexplorer.service.ComputeService;
import org.otexplorer.service.JobListener;
import org.otexplorer.service.SolveView;
import org.otexplorer.ui.charts.DataScatterChart;
import org.otexplorer.ui.charts.LinePicture;
import org.otexplorer.ui.charts.MarkerStyle;
import org.otexplorer.ui.charts.PlotGeometry;
import org.otexplorer.ui.charts.PlotPicture;
import org.otexplorer.ui.charts.ScatterData;

/**
 * One source-and-target chart of the scatter panel and the preparation of what it draws: pane A shows the
 * scenario's solve, pane B (side by side) the second solve. Its display ({@link ScatterData} and the
 * {@link LinePicture} and the {@link PlotPicture} of lines and markers for the chart's geometry) is prepared off the FX thread on the pane's own channel, one job at
 * a time: while one is being prepared, a request waits for it and then prepares the newest state once (rather than
 * cancelling it: during a drag a new plan comes faster than a picture at n = 1000 is made, and cancelling would show
 * nothing until the drag ends). While a point is being dragged the pictures are {@link LinePicture#draft drafts};
 * the full picture follows when the point rests or the drag ends.
 */
final class ScatterPane {
    /** What a display job hands to the chart, and the coordinates it projected the points on. */
    record Prepared(ScatterData data, LinePicture picture, PlotPicture plot, Projection projection) {
    }

    private final String channel;
    private final DataScatterChart chart = new DataScatterChart();
    private final BiConsumer<SolveView, Prepared> drawn;
    private final Consumer<String> failed;
    private Runnable retry = () -> { };
    private SolveView view;
    private SolveView displayed;
    private double lineScale;
    private boolean preparing;
    private boolean again;
    private boolean draft;

    /**
     * @param drawn  told on the FX thread after a display was handed to the chart
     * @param failed told the message when a display job fails
     */
    ScatterPane(String channel, BiConsumer<SolveView, Prepared> drawn, Consumer<String> failed) {
        this.channel = channel;
        this.drawn = drawn;
        this.failed = failed;
    }

    /** What prepares this pane again with the newest projection (after a request that waited for a job). */
    void setRetry(Runnable prepareAgain) {
        retry = prepareAgain;
    }

    DataScatterChart chart() {
        return chart;
    }

    /** The channel its display jobs run on. */
    String channel() {
        return channel;
    }

    /** Takes a new solve to show (drawn at the next {@link #prepare}); {@code null} forgets the last. */
    void setView(SolveView solved) {
        view = solved;
        if (solved == null) {
            displayed = null;
        }
    }

    SolveView view() {
        return view;
    }

    /**
     * Draws the lines' opacity on a scale whose top is at least {@code largest} (0: each plan's own largest entry).
     *
     * @return whether the scale changed (the pane then wants preparing again)
     */
    boolean setLineScale(double largest) {
        boolean changed = largest != lineScale;
        lineScale = largest;
        return changed;
    }

    /**
     * Makes draft pictures (a point is moving) or full ones from the next preparation on.
     *
     * @return whether a draft is on screen that is no longer wanted (the pane then wants preparing again)
     */
    boolean setDraft(boolean on) {
        draft = on;
        LinePicture shown = chart.picture();
        return !on && shown != null && shown.draft();
    }

    /** The solve whose display is drawn, or {@code null}. */
    SolveView shown() {
        return displayed;
    }

    /** Prepares the newest solve's display, projected as {@code projection} says, for the chart's geometry now. */
    void prepare(ComputeService service, Function<SolveView, Projection> projection) {
        if (view == null || service == null) {
            return;
        }
        if (preparing) {
            again = true;
            return;
        }
        preparing = true;
        SolveView solved = view;
        Function<SolveView, Prepared> display = displayJob(projection);
        service.submit(channel, context -> display.apply(solved), new JobListener<Prepared>() {
            @Override
            public void onResult(Prepared prepared) {
                if (!(displayed == view && view != solved)) { // a newer solve handed in prepared stays on screen
                    draw(solved, prepared);
                }
                prepared();
            }

            @Override
            public void onCancelled(long jobId) {
                prepared();
            }

            @Override
            public void onError(long jobId, String message) {
                failed.accept(message);
                prepared();
            }
        });
    }

    /**
     * What a display job computes for a solve projected as {@code projection} chooses for it, with the chart's
     * geometry and the line scale of now (read on the FX thread); the function runs on any thread.
     */
    Function<SolveView, Prepared> displayJob(Function<SolveView, Projection> projection) {
        PlotGeometry geometry = chart.geometry();
        double scale = lineScale;
        boolean rough = draft;
        Color color = chart.lineColor();
        MarkerStyle style = chart.markerStyle();
        return solved -> {
            Projection p = projection.apply(solved);
            ScatterData data = ScatterPanelController.display(solved, p, scale);
            if (geometry == null) {
                return new Prepared(data, null, null, p);
            }
            LinePicture picture = rough ? LinePicture.draft(data.lines(), geometry, color)
                    : LinePicture.of(data.lines(), geometry, color);
            return new Prepared(data, picture, PlotPicture.of(data, picture, style), p);
        };
    }

    /** Shows a solve with its display prepared elsewhere (in the solve's own job): it becomes the pane's view. */
    void showPrepared(SolveView solved, Prepared prepared) {
        view = solved;
        draw(solved, prepared);
    }

    /**
     * Hands a display to the chart; a draft made before the point came to rest (in a job already under way then)
     * is followed by the full picture.
     */
    private void draw(SolveView solved, Prepared prepared) {
        displayed = solved;
        chart.show(prepared.data(), prepared.picture(), prepared.plot());
        drawn.accept(solved, prepared);
        if (!draft && prepared.picture() != null && prepared.picture().draft()) {
            retry.run();
        }
    }

    /** A display job ended: prepare what was asked for meanwhile. */
    private void prepared() {
        preparing = false;
        if (again) {
            again = false;
            retry.run();
        }
    }
}

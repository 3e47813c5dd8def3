package org.otexplorer.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.otexplorer.regression.TraceEntry;
import org.otexplorer.service.RaceView;

/** Turns an optimizer race into the trace panel's curves and landscape paths (shared by the panel and export). */
public final class TraceCurves {
    /** Axis names of the trace metrics, by trace-entry key ({@code ViewSpec.TRACE_METRICS}). */
    public static final Map<String, String> METRIC_NAMES = Map.of(
            "loss", "loss (each method's own)",
            "parameterError", "parameter error ‖Θ − Θ*‖/‖Θ*‖",
            "relativeTestError", "relative test error",
            "gradNorm", "gradient norm");
    /**
     * The same metrics' short axis names, for an axis too short for the whole name (the race chart in presenter mode
     * at 1280×800 cut "parameter error ‖Θ − Θ*‖/‖Θ*‖" at both ends); the metric box keeps the whole name.
     */
    public static final Map<String, String> SHORT_METRIC_NAMES = Map.of(
            "loss", "loss",
            "parameterError", "‖Θ − Θ*‖/‖Θ*‖",
            "relativeTestError", "test error",
            "gradNorm", "‖∇ loss‖");

    private TraceCurves() {
    }

    /** The short form of a metric's axis name ({@link #METRIC_NAMES}); a name that is not a metric's stays whole. */
    public static String shortMetricName(String name) {
        return METRIC_NAMES.entrySet().stream().filter(e -> e.getValue().equals(name))
                .map(e -> SHORT_METRIC_NAMES.get(e.getKey())).findFirst().orElse(name);
    }

    /**
     * Every lane's metric against the iteration (entries without the metric are skipped); a one-step
     * closed-form fit (oracle, least squares) is drawn flat across the longest run, as a reference level.
     */
    public static List<TraceChart.Curve> curves(RaceView race, String metric) {
        return curves(race, metric, false);
    }

    /**
     * Every lane's metric against the iteration or, with {@code wallClock}, against the seconds since its run
     * started ({@link TraceEntry#elapsedMs}); a closed-form fit is drawn flat to the longest run's end.
     */
    public static List<TraceChart.Curve> curves(RaceView race, String metric, boolean wallClock) {
        double longest = wallClock ? 0 : 2;
        for (RaceView.Lane lane : race.lanes()) {
            for (TraceEntry e : lane.entries()) {
                longest = Math.max(longest, x(e, wallClock));
            }
        }
        List<TraceChart.Curve> curves = new ArrayList<>();
        for (int k = 0; k < race.lanes().size(); k++) {
            RaceView.Lane lane = race.lanes().get(k);
            List<double[]> points = new ArrayList<>();
            for (TraceEntry e : lane.entries()) {
                Double value = value(e, metric);
                if (value != null && Double.isFinite(value)) {
                    points.add(new double[] {x(e, wallClock), value});
                }
            }
            boolean closedForm = lane.entries().size() == 1 && "closed-form".equals(lane.entries().get(0).step());
            if (closedForm && points.size() == 1 && longest > points.get(0)[0]) {
                points.add(new double[] {longest, points.get(0)[1]});
            }
            if (!points.isEmpty()) {
                curves.add(new TraceChart.Curve(lane.label(), k, column(points, 0), column(points, 1)));
            }
        }
        return curves;
    }

    /** The x of an entry: its iteration, or the seconds since its run started. */
    private static double x(TraceEntry e, boolean wallClock) {
        return wallClock ? e.elapsedMs() / 1000 : e.iteration();
    }

    /** The x-axis name of {@link #curves(RaceView, String, boolean)}. */
    public static String axisName(boolean wallClock) {
        return wallClock ? "wall-clock time (s)" : "iteration";
    }

    /** The (θ1, θ2) path of every lane that has one. */
    public static List<LandscapeChart.Path> paths(RaceView race) {
        List<LandscapeChart.Path> paths = new ArrayList<>();
        for (int k = 0; k < race.lanes().size(); k++) {
            RaceView.Lane lane = race.lanes().get(k);
            if (!lane.path().isEmpty()) {
                paths.add(new LandscapeChart.Path(lane.label(), k, column(lane.path(), 0), column(lane.path(), 1)));
            }
        }
        return paths;
    }

    /** A trace entry's value of a metric, or {@code null} when the run does not have it. */
    public static Double value(TraceEntry e, String metric) {
        return switch (metric) {
            case "loss" -> e.loss();
            case "parameterError" -> e.parameterError();
            case "relativeTestError" -> e.relativeTestError();
            case "gradNorm" -> e.gradNorm();
            default -> throw new IllegalArgumentException("unknown trace metric '" + metric + "'");
        };
    }

    private static double[] column(List<double[]> points, int k) {
        return points.stream().mapToDouble(p -> p[k]).toArray();
    }
}

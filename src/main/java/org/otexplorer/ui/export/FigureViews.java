package org.otexplorer.ui.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.otexplorer.io.CsvFiles;
import org.otexplorer.io.ViewSpec;
import org.otexplorer.regression.LossLandscape;
import org.otexplorer.regression.TraceEntry;
import org.otexplorer.service.RaceView;
import org.otexplorer.service.ScenarioSnapshot;
import org.otexplorer.service.SolveView;
import org.otexplorer.service.TraceSnapshot;
import org.otexplorer.ui.charts.DataScatterChart;
import org.otexplorer.ui.charts.LandscapeChart;
import org.otexplorer.ui.charts.PlanHeatmapChart;
import org.otexplorer.ui.charts.SpectrumChart;
import org.otexplorer.ui.charts.TraceChart;
import org.otexplorer.ui.charts.TraceCurves;

/**
 * The figures {@code otx export} can render from a computed scenario, each with the data it shows as CSV:
 * {@code data} (points and matching lines), {@code plan} (the heatmap), {@code spectrum} (H's eigenvalues) and
 * {@code trace} (the regression optimizers' chosen metric against the iteration, beside the loss landscape of
 * two-parameter models).
 */
public final class FigureViews {
    /** The views this build renders. */
    public static final List<String> VIEWS = List.of("data", "plan", "spectrum", "trace");

    private FigureViews() {
    }

    /** Builds the chart of a view (on the FX thread). */
    public static Region chart(String view, ScenarioSnapshot snapshot, ViewSpec settings) {
        SolveView s = snapshot.solve();
        String colormap = settings.colormap();
        switch (view) {
            case "data" -> {
                DataScatterChart chart = new DataScatterChart();
                chart.update(s.sourcePoints(), s.targetPoints(), s.plan(), 0, s.sourcePoints()[0].length > 1 ? 1 : 0);
                return chart.chart();
            }
            case "plan" -> {
                PlanHeatmapChart chart = new PlanHeatmapChart();
                chart.update(s.n(), s.m(), s.plan(), false, colormap);
                chart.showMarginals(s.rowSums(), s.columnSums(), s.sourceWeights(), s.targetWeights());
                return chart.chart();
            }
            case "spectrum" -> {
                requireSpectrum(snapshot);
                SpectrumChart chart = new SpectrumChart();
                chart.update(snapshot.spectrum().eigenvalues(), snapshot.spectrum().threshold());
                return chart.chart();
            }
            case "trace" -> {
                return traceFigure(requireTraces(snapshot), settings);
            }
            default -> throw unknown(view);
        }
    }

    private static Region traceFigure(TraceSnapshot traces, ViewSpec settings) {
        TraceChart trace = new TraceChart();
        trace.update(TraceCurves.METRIC_NAMES.get(settings.traceMetric()),
                TraceCurves.curves(traces.race(), settings.traceMetric()), settings.traceLogIterations());
        if (traces.landscape() == null) {
            return trace.chart();
        }
        LandscapeChart landscape = new LandscapeChart();
        LossLandscape l = traces.landscape();
        landscape.showSurface(l.theta1(), l.theta2(), l.loss(), l.truth(), settings.colormap());
        landscape.showPaths(TraceCurves.paths(traces.race()));
        HBox both = new HBox(trace.chart(), landscape.chart());
        HBox.setHgrow(trace.chart(), Priority.ALWAYS);
        HBox.setHgrow(landscape.chart(), Priority.ALWAYS);
        trace.chart().setPrefWidth(1);
        landscape.chart().setPrefWidth(1);
        return both;
    }

    /** Writes the data a view shows as CSV. */
    public static void writeCsv(String view, ScenarioSnapshot snapshot, Path csv) {
        SolveView s = snapshot.solve();
        switch (view) {
            case "data" -> {
                int d = s.sourcePoints()[0].length;
                double[][] rows = new double[s.n() + s.m()][];
                for (int i = 0; i < s.n(); i++) {
                    rows[i] = prepend(0, s.sourcePoints()[i]);
                }
                for (int j = 0; j < s.m(); j++) {
                    rows[s.n() + j] = prepend(1, s.targetPoints()[j]);
                }
                String[] header = new String[d + 1];
                header[0] = "isTarget";
                for (int k = 0; k < d; k++) {
                    header[k + 1] = "x" + (k + 1);
                }
                CsvFiles.writeMatrix(csv, header, rows);
            }
            case "plan" -> {
                double[][] rows = new double[s.n()][s.m()];
                for (int i = 0; i < s.n(); i++) {
                    System.arraycopy(s.plan(), i * s.m(), rows[i], 0, s.m());
                }
                CsvFiles.writeMatrix(csv, null, rows);
            }
            case "spectrum" -> {
                requireSpectrum(snapshot);
                double[] ev = snapshot.spectrum().eigenvalues();
                double[][] rows = new double[ev.length][];
                for (int k = 0; k < ev.length; k++) {
                    rows[k] = new double[] {k, ev[k]};
                }
                CsvFiles.writeMatrix(csv, new String[] {"index", "eigenvalue"}, rows);
            }
            case "trace" -> writeTraceCsv(requireTraces(snapshot), csv);
            default -> throw unknown(view);
        }
    }

    /** One row per lane and iteration: the trace-entry keys, and θ1, θ2 reached for two-parameter models. */
    private static void writeTraceCsv(TraceSnapshot traces, Path csv) {
        StringBuilder out = new StringBuilder("method,iteration,step,loss,gradNorm,parameterError,relativeTestError,"
                + "minHessianEigenvalue,elapsedMs,theta1,theta2\n");
        for (RaceView.Lane lane : traces.race().lanes()) {
            int offset = lane.path().size() - lane.entries().size();
            for (int k = 0; k < lane.entries().size(); k++) {
                TraceEntry e = lane.entries().get(k);
                double[] theta = offset >= 0 && !lane.path().isEmpty() ? lane.path().get(k + offset) : null;
                out.append(String.join(",", lane.label(), String.valueOf(e.iteration()), e.step(), num(e.loss()),
                        num(e.gradNorm()), num(e.parameterError()), num(e.relativeTestError()),
                        num(e.minHessianEigenvalue()), num(e.elapsedMs()), theta == null ? "" : num(theta[0]),
                        theta == null ? "" : num(theta[1]))).append('\n');
            }
        }
        try {
            Files.writeString(csv, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + csv + ": " + e.getMessage(), e);
        }
    }

    private static String num(Double v) {
        return v == null ? "" : Double.toString(v);
    }

    private static TraceSnapshot requireTraces(ScenarioSnapshot snapshot) {
        if (snapshot.traces() == null) {
            throw new IllegalArgumentException("the trace view needs a regression scenario whose optimizers have run");
        }
        return snapshot.traces();
    }

    private static void requireSpectrum(ScenarioSnapshot snapshot) {
        if (snapshot.spectrum() == null) {
            throw new IllegalArgumentException("the spectrum view needs an entropic method (sinkhorn, sinkhorn-log, "
                    + "robust or unbalanced); this scenario uses " + snapshot.solve().method());
        }
    }

    private static IllegalArgumentException unknown(String view) {
        return new IllegalArgumentException("view '" + view + "' is not available; the figures are " + VIEWS);
    }

    private static double[] prepend(double first, double[] rest) {
        double[] out = new double[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }
}

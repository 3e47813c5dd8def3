package org.otexplorer.ui.export;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.layout.Region;
import org.otexplorer.io.CsvFiles;
import org.otexplorer.service.ScenarioSnapshot;
import org.otexplorer.service.SolveView;
import org.otexplorer.ui.charts.DataScatterChart;
import org.otexplorer.ui.charts.PlanHeatmapChart;
import org.otexplorer.ui.charts.SpectrumChart;

/**
 * The figures {@code otx export} can render from a computed scenario, each with the data it shows as CSV:
 * {@code data} (points and matching lines), {@code plan} (the heatmap) and {@code spectrum} (H's eigenvalues).
 */
public final class FigureViews {
    /** The views this build renders. */
    public static final List<String> VIEWS = List.of("data", "plan", "spectrum");

    private FigureViews() {
    }

    /** Builds the chart of a view (on the FX thread). */
    public static Region chart(String view, ScenarioSnapshot snapshot, String colormap) {
        SolveView s = snapshot.solve();
        switch (view) {
            case "data" -> {
                DataScatterChart chart = new DataScatterChart();
                chart.update(s.sourcePoints(), s.targetPoints(), s.plan(), 0, s.sourcePoints()[0].length > 1 ? 1 : 0);
                return chart.chart();
            }
            case "plan" -> {
                PlanHeatmapChart chart = new PlanHeatmapChart();
                chart.update(s.n(), s.m(), s.plan(), false, colormap);
                return chart.chart();
            }
            case "spectrum" -> {
                requireSpectrum(snapshot);
                SpectrumChart chart = new SpectrumChart();
                chart.update(snapshot.spectrum().eigenvalues(), snapshot.spectrum().threshold());
                return chart.chart();
            }
            default -> throw unknown(view);
        }
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
            default -> throw unknown(view);
        }
    }

    private static void requireSpectrum(ScenarioSnapshot snapshot) {
        if (snapshot.spectrum() == null) {
            throw new IllegalArgumentException("the spectrum view needs an entropic method (sinkhorn, sinkhorn-log, "
                    + "robust or unbalanced); this scenario uses " + snapshot.solve().method());
        }
    }

    private static IllegalArgumentException unknown(String view) {
        return new IllegalArgumentException("view '" + view + "' is not available; otx export renders " + VIEWS
                + " (trace and window are not implemented yet)");
    }

    private static double[] prepend(double first, double[] rest) {
        double[] out = new double[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }
}

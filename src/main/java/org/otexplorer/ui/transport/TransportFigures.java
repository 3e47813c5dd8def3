package org.otexplorer.ui.transport;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.otexplorer.io.AtomicFiles;
import org.otexplorer.io.CsvFiles;
import org.otexplorer.io.Scenario;
import org.otexplorer.io.ViewSpec;
import org.otexplorer.regression.LossLandscape;
import org.otexplorer.regression.TraceEntry;
import org.otexplorer.service.RaceView;
import org.otexplorer.service.ScenarioSnapshot;
import org.otexplorer.service.SolveView;
import org.otexplorer.service.SpectrumView;
import org.otexplorer.service.TraceSnapshot;
import org.otexplorer.ui.charts.DataScatterChart;
import org.otexplorer.ui.charts.LandscapeChart;
import org.otexplorer.ui.charts.SpectrumChart;
import org.otexplorer.ui.charts.TraceChart;
import org.otexplorer.ui.charts.TraceCurves;
import org.otexplorer.ui.workbench.ExportFigure;
import org.otexplorer.ui.workbench.WorkbenchView;

/**
 * The transport workbench's figures, each with the data it shows as CSV: {@code data} (points and matching
 * lines), {@code plan} (the heatmap, with the scenario's colormap, log scale and ordering), {@code spectrum} (H's
 * eigenvalues) and {@code trace} (the regression optimizers' chosen metric against the iteration, beside the loss
 * landscape of two-parameter models).
 */
final class TransportFigures {
    static final String DATA = "data";
    static final String PLAN = "plan";
    static final String SPECTRUM = "spectrum";
    static final String TRACE = "trace";

    private TransportFigures() {
    }

    /** The figures, in the Figure menu's order. */
    static List<ExportFigure<?>> all() {
        return List.of(new Data(), new Plan(), new Spectrum(), new Traces(), new AnnealingFigure(), new RaceFigure());
    }

    private static TransportView transport(WorkbenchView view) {
        return (TransportView) view;
    }

    /**
     * The points and the plan's matching lines: pane A alone, or side by side (section {@value SplitSection#NAME})
     * panes A and B under their titles, as the panel shows them.
     */
    private static final class Data implements ExportFigure<PlanPaneDrawing.Solves> {
        @Override
        public String name() {
            return DATA;
        }

        @Override
        public String menuText() {
            return "Export _source and target…";
        }

        @Override
        public String description() {
            return "source and target points with the plan's matching lines (side by side: panes A and B as shown)";
        }

        @Override
        public PlanPaneDrawing.Solves compute(Scenario scenario, Path base) {
            SolveView a = ScenarioSnapshot.compute(scenario, base, false, false).solve();
            return new PlanPaneDrawing.Solves(a, SplitSection.enabled(scenario)
                    ? ScenarioSnapshot.compute(SplitSection.paneB(scenario), base, false, false).solve() : null);
        }

        @Override
        public Region chart(PlanPaneDrawing.Solves s, Scenario scenario) {
            if (s.b() == null) {
                return scatter(s.a(), scenario);
            }
            return new HBox(6, TitledPanes.solvePane("A", s.a(), scatter(s.a(), scenario)),
                    TitledPanes.solvePane("B", s.b(), scatter(s.b(), scenario)));
        }

        private static Region scatter(SolveView s, Scenario scenario) {
            DataScatterChart chart = new DataScatterChart();
            chart.setEqualAspect(scenario.view().equalAspect());
            chart.show(ScatterPanelController.display(s, scenario.view()));
            return chart.chart();
        }

        /** The points, the same for both panes: isTarget, then the coordinates. */
        @Override
        public void writeCsv(PlanPaneDrawing.Solves solves, Path csv) {
            SolveView s = solves.a();
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
            CsvFiles.writeMatrix(csv, header, 1, rows);
        }

        @Override
        public PlanPaneDrawing.Solves shown(WorkbenchView view) {
            ScatterPanelController panel = transport(view).scatterPanel();
            SolveView a = panel.shown();
            return a == null ? null : new PlanPaneDrawing.Solves(a, panel.showsPaneB() ? panel.shownB() : null);
        }
    }

    /**
     * The plan heatmap as the panel draws it: pane A alone, or side by side (section {@value SplitSection#NAME})
     * panes A and B on their one colour scale and, when shown, the difference A − B.
     */
    private static final class Plan implements ExportFigure<PlanPaneDrawing.Solves> {
        @Override
        public String name() {
            return PLAN;
        }

        @Override
        public String menuText() {
            return "Export transport _plan…";
        }

        @Override
        public javafx.scene.input.KeyCombination accelerator() {
            return javafx.scene.input.KeyCombination.keyCombination("Shortcut+E");
        }

        @Override
        public String description() {
            return "the transport plan as a heatmap with its marginals (side by side: panes A, B and A − B as shown)";
        }

        @Override
        public PlanPaneDrawing.Solves compute(Scenario scenario, Path base) {
            SolveView a = ScenarioSnapshot.compute(scenario, base, false, false).solve();
            boolean sideBySide = SplitSection.enabled(scenario) && !PlanViewSection.showsCost(scenario);
            return new PlanPaneDrawing.Solves(a, sideBySide
                    ? ScenarioSnapshot.compute(SplitSection.paneB(scenario), base, false, false).solve() : null);
        }

        @Override
        public Region chart(PlanPaneDrawing.Solves s, Scenario scenario) {
            ViewSpec v = scenario.view();
            PlanPanes panes = PlanPanes.of(s.a(), s.b(), v, PlanViewSection.showsCost(scenario),
                    SplitSection.difference(scenario), PlanPanelController.lockedRange(v));
            return PlanPaneDrawing.figure(panes, s, v.colormap());
        }

        /** The plan as an n × m matrix; side by side one row per entry: i, j, P_A, P_B (and P_A − P_B). */
        @Override
        public void writeCsv(PlanPaneDrawing.Solves s, Path csv) {
            SolveView a = s.a();
            if (s.b() == null) {
                double[][] rows = new double[a.n()][a.m()];
                for (int i = 0; i < a.n(); i++) {
                    System.arraycopy(a.plan(), i * a.m(), rows[i], 0, a.m());
                }
                CsvFiles.writeMatrix(csv, null, rows);
                return;
            }
            double[][] rows = new double[a.n() * a.m()][];
            for (int i = 0; i < a.n(); i++) {
                for (int j = 0; j < a.m(); j++) {
                    double pa = a.planEntry(i, j);
                    double pb = s.b().planEntry(i, j);
                    rows[i * a.m() + j] = new double[] {i, j, pa, pb, pa - pb};
                }
            }
            CsvFiles.writeMatrix(csv, new String[] {"i", "j", "P_A", "P_B", "P_A_minus_P_B"}, 2, rows);
        }

        @Override
        public PlanPaneDrawing.Solves shown(WorkbenchView view) {
            PlanPanelController panel = transport(view).planPanel();
            SolveView a = panel.shown();
            return a == null ? null : new PlanPaneDrawing.Solves(a, panel.chartsShown().size() > 1 ? panel.shownB()
                    : null);
        }
    }

    /** H's eigenvalues. */
    private static final class Spectrum implements ExportFigure<SpectrumView> {
        @Override
        public String name() {
            return SPECTRUM;
        }

        @Override
        public String menuText() {
            return "Export H _spectrum…";
        }

        @Override
        public String description() {
            return "the eigenvalues of the plan's H-matrix (entropic methods)";
        }

        @Override
        public SpectrumView compute(Scenario scenario, Path base) {
            ScenarioSnapshot s = ScenarioSnapshot.compute(scenario, base, true, false);
            if (s.spectrum() == null) {
                throw new IllegalArgumentException("the spectrum view needs an entropic method (sinkhorn, "
                        + "sinkhorn-log, robust or unbalanced); this scenario uses " + s.solve().method());
            }
            return s.spectrum();
        }

        @Override
        public Region chart(SpectrumView spectrum, Scenario scenario) {
            SpectrumChart chart = new SpectrumChart();
            chart.update(spectrum.eigenvalues(), spectrum.threshold());
            return chart.chart();
        }

        @Override
        public void writeCsv(SpectrumView spectrum, Path csv) {
            double[] ev = spectrum.eigenvalues();
            double[][] rows = new double[ev.length][];
            for (int k = 0; k < ev.length; k++) {
                rows[k] = new double[] {k, ev[k]};
            }
            CsvFiles.writeMatrix(csv, new String[] {"index", "eigenvalue"}, 1, rows);
        }

        @Override
        public SpectrumView shown(WorkbenchView view) {
            return transport(view).spectrumPanel().shown();
        }
    }

    /** The optimizer traces and, for two-parameter models, the landscape with the paths. */
    static final class Traces implements ExportFigure<TraceSnapshot> {
        @Override
        public String name() {
            return TRACE;
        }

        @Override
        public String menuText() {
            return "Export optimizer _traces…";
        }

        @Override
        public String description() {
            return "regression scenarios: the optimizers run to their end, their metric against the iteration";
        }

        @Override
        public TraceSnapshot compute(Scenario scenario, Path base) {
            return TraceSnapshot.complete(scenario, base);
        }

        @Override
        public Region chart(TraceSnapshot traces, Scenario scenario) {
            ViewSpec settings = scenario.view();
            TraceChart trace = new TraceChart();
            boolean wallClock = TracePanelController.wallClock(scenario);
            trace.update(TraceCurves.METRIC_NAMES.get(settings.traceMetric()),
                    TraceCurves.curves(traces.race(), settings.traceMetric(), wallClock), settings.traceLogIterations(),
                    TraceCurves.axisName(wallClock));
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

        /** One row per lane and iteration: the trace-entry keys, and θ1, θ2 reached for two-parameter models. */
        @Override
        public void writeCsv(TraceSnapshot traces, Path csv) {
            StringBuilder out = new StringBuilder("method,iteration,step,loss,gradNorm,parameterError,"
                    + "relativeTestError,minHessianEigenvalue,elapsedMs,theta1,theta2\n");
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
            AtomicFiles.write(csv, stream -> stream.write(out.toString().getBytes(StandardCharsets.UTF_8)));
        }

        @Override
        public TraceSnapshot shown(WorkbenchView view) {
            return transport(view).tracePanel().traceSnapshot();
        }

        private static String num(Double v) {
            return v == null ? "" : Double.toString(v);
        }
    }

    private static double[] prepend(double first, double[] rest) {
        double[] out = new double[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }
}

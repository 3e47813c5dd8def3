package org.otexplorer.ui.permutation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.otexplorer.io.CsvFiles;
import org.otexplorer.io.Scenario;
import org.otexplorer.permutation.RandomScoreSettings;
import org.otexplorer.ui.charts.TraceChart;
import org.otexplorer.ui.workbench.ExportFigure;
import org.otexplorer.ui.workbench.WorkbenchView;

/**
 * The permutation workbench's figures, each with the numbers it shows as CSV: the lab's matrix
 * ({@value #LAB}), Fig. 2's error curves ({@value #ERRORS}), Appendix A's softmax gradient ({@value #SOFTMAX}), the
 * random-sample grid ({@value #GRID}) and the training race ({@value #RACE}). Headless, the lab figure shows the
 * matrix after the scenario's L iterations and the race runs to its last epoch.
 */
final class PermutationFigures {
    static final String LAB = "permutation-lab";
    static final String ERRORS = "permutation-errors";
    static final String SOFTMAX = "permutation-softmax";
    static final String GRID = "permutation-grid";
    static final String RACE = "permutation-race";

    private PermutationFigures() {
    }

    static List<ExportFigure<?>> all() {
        return List.of(new Lab(), new Errors(), new Softmax(), new Grid(), new Race());
    }

    /** The lab's matrix at one half-step. */
    record LabFrame(LabFrames frames, int frame) {
    }

    /** A figure's names and what it shows, and where a view shows its data. */
    private abstract static class Figure<D> implements ExportFigure<D> {
        private final String name;
        private final String menu;
        private final String description;
        private final Function<PermutationView, D> shown;

        Figure(String name, String menu, String description, Function<PermutationView, D> shown) {
            this.name = name;
            this.menu = menu;
            this.description = description;
            this.shown = shown;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String menuText() {
            return menu;
        }

        @Override
        public String description() {
            return description;
        }

        @Override
        public D shown(WorkbenchView view) {
            return shown.apply((PermutationView) view);
        }
    }

    private static LabResult shownLab(PermutationView v) {
        return v.lab().shown();
    }

    private static final class Lab extends Figure<LabFrame> {
        Lab() {
            super(LAB, "Export the lab's _matrix…", "the normalisation lab's matrix as a heatmap (headless: after the"
                    + " scenario's L iterations)", v -> shownLab(v) == null ? null
                    : new LabFrame(shownLab(v).frames(), v.lab().frame()));
        }

        @Override
        public LabFrame compute(Scenario scenario, Path base) {
            LabFrames f = LabResult.compute(scenario, () -> false).frames();
            return new LabFrame(f, f.halfSteps());
        }

        @Override
        public Region chart(LabFrame d, Scenario scenario) {
            MatrixHeatmap chart = new MatrixHeatmap("column j", "row i", "entry");
            int n = d.frames().n();
            chart.show(n, n, d.frames().frames()[d.frame()], null);
            chart.chart().setTitle(d.frames().title() + ", half-step " + d.frame());
            return chart.chart();
        }

        @Override
        public void writeCsv(LabFrame d, Path csv) {
            int n = d.frames().n();
            String[] header = new String[n];
            double[][] rows = new double[n][n];
            for (int j = 0; j < n; j++) {
                header[j] = "column " + j;
            }
            for (int i = 0; i < n; i++) {
                System.arraycopy(d.frames().frames()[d.frame()], i * n, rows[i], 0, n);
            }
            CsvFiles.writeMatrix(csv, header, rows);
        }
    }

    private static final class Errors extends Figure<LabResult> {
        Errors() {
            super(ERRORS, "Export the _error curves (Fig. 2)…", "constraint error against the half-step, one curve"
                    + " per ε of Fig. 2's ladder, with Appendix D's change points", PermutationFigures::shownLab);
        }

        @Override
        public LabResult compute(Scenario scenario, Path base) {
            return LabResult.compute(scenario, () -> false);
        }

        @Override
        public Region chart(LabResult d, Scenario scenario) {
            ErrorLadderChart chart = new ErrorLadderChart();
            if (d.ladder() != null) {
                chart.show(d.ladder(), PermutationSection.of(d.scenario()).get(PermutationSection.EPSILON));
            } else {
                chart.showOwn(d.frames());
            }
            return chart.chart();
        }

        @Override
        public void writeCsv(LabResult d, Path csv) {
            if (d.ladder() == null) {
                double[][] rows = new double[d.frames().halfSteps()][];
                for (int k = 1; k <= rows.length; k++) {
                    rows[k - 1] = new double[] {k, d.frames().rowError()[k], d.frames().columnError()[k]};
                }
                CsvFiles.writeMatrix(csv, new String[] {"halfStep", "Err_r", "Err_c"}, rows);
                return;
            }
            ErrorLadder l = d.ladder();
            String[] header = new String[l.epsilons().length + 1];
            header[0] = "halfStep";
            for (int e = 0; e < l.epsilons().length; e++) {
                header[e + 1] = "eps=" + l.epsilons()[e];
            }
            double[][] rows = new double[l.halfSteps()][header.length];
            for (int k = 0; k < l.halfSteps(); k++) {
                rows[k][0] = k + 1;
                for (int e = 0; e < l.epsilons().length; e++) {
                    rows[k][e + 1] = l.errors()[e][k];
                }
            }
            CsvFiles.writeMatrix(csv, header, rows);
        }
    }

    private static final class Softmax extends Figure<SoftmaxGradient> {
        Softmax() {
            super(SOFTMAX, "Export the _softmax gradient (Appendix A)…", "the largest softmax entry's gradient"
                    + " against τ, exact and low-temperature form, with where it is 0 in double and single precision",
                    v -> shownLab(v) == null ? null : shownLab(v).softmax());
        }

        @Override
        public SoftmaxGradient compute(Scenario scenario, Path base) {
            return LabResult.compute(scenario, () -> false).softmax();
        }

        @Override
        public Region chart(SoftmaxGradient d, Scenario scenario) {
            SoftmaxChart chart = new SoftmaxChart();
            chart.show(d);
            return chart.chart();
        }

        @Override
        public void writeCsv(SoftmaxGradient d, Path csv) {
            double[][] rows = new double[d.temperature().length][];
            for (int k = 0; k < rows.length; k++) {
                rows[k] = new double[] {d.temperature()[k], d.exact()[k], d.approximate()[k]};
            }
            CsvFiles.writeMatrix(csv, new String[] {"tau", "exact13", "approximation14"}, rows);
        }
    }

    private static final class Grid extends Figure<GridResult> {
        Grid() {
            super(GRID, "Export the random-sample _grid…", "the fraction of random score matrices exp(χ/τ) still"
                    + " unnormalised after L iterations, τ × L", v -> v.grid().shown());
        }

        @Override
        public GridResult compute(Scenario scenario, Path base) {
            return GridResult.ANALYSIS.compute(scenario);
        }

        @Override
        public Region chart(GridResult d, Scenario scenario) {
            MatrixHeatmap chart = new MatrixHeatmap("iterations L", "temperature τ", "fraction unnormalised");
            chart.setFormat("%.2f");
            RandomScoreSettings g = d.grid().settings();
            chart.setNames(t -> org.otexplorer.parameters.Parameter.format(g.temperatures()[t]),
                    l -> Integer.toString(g.iterations()[l]));
            chart.show(g.temperatures().length, g.iterations().length, d.fractions(), new double[] {0, 1});
            chart.chart().setTitle("fraction with Err_r > " + org.otexplorer.parameters.Parameter.format(g.threshold())
                    + ", n = " + g.sizes()[0] + ", " + g.samples() + " samples");
            return chart.chart();
        }

        @Override
        public void writeCsv(GridResult d, Path csv) {
            RandomScoreSettings g = d.grid().settings();
            List<double[]> rows = new ArrayList<>();
            for (int t = 0; t < g.temperatures().length; t++) {
                for (int l = 0; l < g.iterations().length; l++) {
                    rows.add(new double[] {g.temperatures()[t], g.iterations()[l], d.grid().fraction(t, l, 0),
                        d.grid().firstUnnormalised(t, l, 0)});
                }
            }
            CsvFiles.writeMatrix(csv, new String[] {"tau", "L", "fractionUnnormalised", "firstUnnormalisedSample"},
                    rows.toArray(new double[0][]));
        }
    }

    private static final class Race extends Figure<RaceSnapshot> {
        Race() {
            super(RACE, "Export the training _race…", "training loss, test Kendall τ and constraint error against the"
                    + " epoch for every racing head (headless: the whole race)", v -> v.race().shown());
        }

        @Override
        public RaceSnapshot compute(Scenario scenario, Path base) {
            return SortingRace.runToEnd(scenario);
        }

        @Override
        public Region chart(RaceSnapshot d, Scenario scenario) {
            TraceChart loss = new TraceChart();
            TraceChart tau = new TraceChart();
            TraceChart constraint = new TraceChart();
            RaceCurves.show(d, loss, tau, constraint);
            HBox box = new HBox(6, loss.chart(), tau.chart(), constraint.chart());
            for (var c : List.of(loss.chart(), tau.chart(), constraint.chart())) {
                HBox.setHgrow(c, Priority.ALWAYS);
                c.setMinWidth(0);
                c.setPrefWidth(1);
            }
            return box;
        }

        @Override
        public void writeCsv(RaceSnapshot d, Path csv) {
            String[] metrics = {"loss", "kendallTau", "outputKendallTau", "anyWrong", "constraintMean",
                "constraintMax"};
            List<String> header = new ArrayList<>(List.of("epoch"));
            for (RaceSnapshot.HeadTrace h : d.heads()) {
                for (String m : metrics) {
                    header.add(h.head().id() + " " + m);
                }
            }
            int epochs = d.epochsDone() + 1;
            double[][] rows = new double[epochs][header.size()];
            for (int e = 0; e < epochs; e++) {
                rows[e][0] = e;
                int c = 1;
                for (RaceSnapshot.HeadTrace h : d.heads()) {
                    for (double[] m : new double[][] {h.loss(), h.kendallTau(), h.outputTau(), h.anyWrong(),
                        h.constraintMean(), h.constraintMax()}) {
                        rows[e][c++] = m[e];
                    }
                }
            }
            CsvFiles.writeMatrix(csv, header.toArray(new String[0]), rows);
        }
    }
}

package org.otexplorer.ui.ipot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.otexplorer.io.CsvFiles;
import org.otexplorer.io.Scenario;
import org.otexplorer.ipot.ConvergenceCurve;
import org.otexplorer.ui.charts.PlanHeatmapChart;
import org.otexplorer.ui.charts.TraceChart;
import org.otexplorer.ui.workbench.ExportFigure;

/**
 * The IPOT workbench's figures, each with the numbers it shows as CSV: the race's curves ({@value #RACE}) and the
 * two plans at the iteration on screen ({@value #RACE_PLANS}). Headless, they show the scenario's
 * {@code ipot.shownIteration} (its last frame at or before it).
 */
final class IpotFigures {
    static final String RACE = "ipot-race";
    static final String RACE_PLANS = "ipot-race-plans";
    static final String PAIRS = "ipot-pairs";
    static final String BARYCENTERS = "ipot-barycenters";
    static final String COLOUR = "ipot-colour";
    static final String SCALABILITY = "ipot-scalability";

    private IpotFigures() {
    }

    static List<ExportFigure<?>> all() {
        return List.of(
                new IpotFigure<>(RACE, "Export the IPOT vs Sinkhorn _race…", "|W − W_LP| and the support size"
                        + " against the iteration for IPOT at every (β, L) and Sinkhorn at every ε (thesis Fig. 2.2,"
                        + " 2.4), up to the iteration shown", IpotFigures::race, IpotFigures::raceChart,
                        IpotFigures::raceCsv, IpotFigures::shownRace),
                new IpotFigure<>(RACE_PLANS, "Export the IPOT and Sinkhorn _plans…", "IPOT's and Sinkhorn's plans at"
                        + " the iteration shown, log10 colours, a and b along the axes", IpotFigures::plans,
                        IpotFigures::plansChart, IpotFigures::plansCsv, IpotFigures::shownPlans),
                new IpotFigure<>(PAIRS, "Export IPOT = Sinkhorn at β/_t…", "IPOT's iterate t with exact inner solves"
                        + " beside the Sinkhorn plan at ε = β/t, and max |T − P| against t", IpotFigures::pairs,
                        IpotFigures::pairsChart, IpotFigures::pairsCsv, IpotFigures::shownPairs),
                new IpotFigure<>(BARYCENTERS, "Export the _barycenters (IBP vs IPOT)…", "IBP's and IPOT's"
                        + " barycenters at the same beta = eps (with the exact one in 1-D)", (s, base) ->
                        BarycenterView.compute(s, () -> false), IpotFigures::barycentersChart,
                        IpotFigures::barycentersCsv, v -> v.barycenters().shown()),
                new IpotFigure<>(COLOUR, "Export the _colour transfer…", "the source, the target and every colour"
                        + " transfer (per channel exact, IPOT, Sinkhorn at two eps; joint RGB) side by side",
                        (s, base) -> ColourResult.compute(s, base, () -> false), IpotFigures::colourChart,
                        IpotFigures::colourCsv, v -> v.colour().shown()),
                new IpotFigure<>(SCALABILITY, "Export the _scalability study…", "seconds to relative precision 1e-4"
                        + " against n, log-log, for the network simplex, IPOT and the Sinkhorn solvers (thesis Fig."
                        + " 2.3), with the thesis' observation and what the run shows", (s, base) ->
                        ScalabilityResult.compute(s, () -> false, r -> { }), IpotFigures::scalabilityChart,
                        IpotFigures::scalabilityCsv, v -> v.scalability().shown()));
    }

    /** The figure the whole-window export writes the CSV of, for the panel in front. */
    static String primary(String view) {
        return switch (view) {
            case "pairs" -> PAIRS;
            case "barycenters" -> BARYCENTERS;
            case "colour" -> COLOUR;
            case "scalability" -> SCALABILITY;
            default -> RACE;
        };
    }

    /** The race up to an iteration. */
    record RaceFigure(RaceResult race, int iteration) {
    }

    /** The race's plans at an iteration, with the race for a and b and the exact plan. */
    record PlansFigure(RaceResult race, RacePlans plans, int frame) {
    }

    private static RaceFigure race(Scenario s, Path base) {
        RaceResult r = RaceResult.compute(s, () -> false);
        return new RaceFigure(r, r.frames()[r.frameOf(IpotSection.of(s).get(IpotSection.SHOWN_ITERATION))]);
    }

    private static RaceFigure shownRace(IpotView v) {
        RaceResult r = v.race().shownRace();
        return r == null ? null : new RaceFigure(r, v.race().iteration());
    }

    private static Region raceChart(RaceFigure d, Scenario s) {
        TraceChart gaps = new TraceChart();
        TraceChart supports = new TraceChart();
        RaceCharts.show(d.race().race(), d.iteration(), gaps, supports);
        return sideBySide(gaps.chart(), supports.chart());
    }

    private static void raceCsv(RaceFigure d, Path csv) {
        List<double[]> rows = new ArrayList<>();
        List<ConvergenceCurve> curves = d.race().race().curves();
        for (int c = 0; c < curves.size(); c++) {
            ConvergenceCurve curve = curves.get(c);
            double[] gap = curve.costGaps(d.race().race().exactCost());
            for (int k = 0; k < RaceCharts.upTo(curve.iterations(), d.iteration()); k++) {
                rows.add(new double[] {c, "ipot".equals(curve.method()) ? 1 : 0, curve.parameter(), curve.inner(),
                    curve.iterations()[k], gap[k], curve.marginalErrors()[k], curve.supportSizes()[k],
                    curve.massOffExactSupport()[k]});
            }
        }
        CsvFiles.writeMatrix(csv, new String[] {"curve", "isIpot", "betaOrEpsilon", "L", "iteration", "costGap",
            "marginalError", "supportSize", "massOffExactSupport"}, 2, rows.toArray(new double[0][]));
    }

    private static PlansFigure plans(Scenario s, Path base) {
        RaceResult r = RaceResult.compute(s, () -> false);
        RacePlans p = RacePlans.compute(s, () -> false);
        return new PlansFigure(r, p, r.frameOf(IpotSection.of(s).get(IpotSection.SHOWN_ITERATION)));
    }

    private static PlansFigure shownPlans(IpotView v) {
        RaceResult r = v.race().shownRace();
        RacePlans p = v.race().shownPlans();
        return r == null || p == null ? null : new PlansFigure(r, p, r.frameOf(v.race().iteration()));
    }

    private static Region plansChart(PlansFigure d, Scenario s) {
        PlanHeatmapChart ipot = new PlanHeatmapChart();
        PlanHeatmapChart sinkhorn = new PlanHeatmapChart();
        int f = d.frame();
        double[] range = PlanPicture.range(d.plans().ipot()[f], d.plans().sinkhorn()[f]);
        PlanPicture.show(ipot, d.plans().ipot()[f], d.race().a(), d.race().b(), range, s.view().colormap());
        PlanPicture.show(sinkhorn, d.plans().sinkhorn()[f], d.race().a(), d.race().b(), range, s.view().colormap());
        ipot.heatmap().setTitle(d.plans().ipotLabel() + ", iteration " + d.plans().frames()[f]);
        sinkhorn.heatmap().setTitle(d.plans().sinkhornLabel() + ", iteration " + d.plans().frames()[f]);
        return sideBySide(ipot.chart(), sinkhorn.chart());
    }

    private static void plansCsv(PlansFigure d, Path csv) {
        var ipot = d.plans().ipot()[d.frame()];
        var sinkhorn = d.plans().sinkhorn()[d.frame()];
        var exact = d.race().race().exactPlan();
        double[][] rows = new double[ipot.n() * ipot.m()][];
        for (int i = 0; i < ipot.n(); i++) {
            for (int j = 0; j < ipot.m(); j++) {
                rows[i * ipot.m() + j] = new double[] {i, j, ipot.get(i, j), sinkhorn.get(i, j), exact.get(i, j)};
            }
        }
        CsvFiles.writeMatrix(csv, new String[] {"i", "j", "ipot", "sinkhorn", "exact"}, 2, rows);
    }

    /** The pairs with the t on screen. */
    record PairsFigure(PairsResult pairs, int t) {
    }

    private static PairsFigure pairs(Scenario s, Path base) {
        return new PairsFigure(PairsResult.compute(s, () -> false), IpotSection.of(s).get(IpotSection.PAIR_T));
    }

    private static PairsFigure shownPairs(IpotView v) {
        PairsResult r = v.pairs().shown();
        return r == null ? null : new PairsFigure(r, v.pairs().t());
    }

    private static Region pairsChart(PairsFigure d, Scenario s) {
        PlanHeatmapChart ipot = new PlanHeatmapChart();
        PlanHeatmapChart sinkhorn = new PlanHeatmapChart();
        TraceChart differences = new TraceChart();
        var p = d.pairs().at(d.t());
        double[] range = PlanPicture.range(p.ipot(), p.sinkhorn());
        PlanPicture.show(ipot, p.ipot(), d.pairs().a(), d.pairs().b(), range, s.view().colormap());
        PlanPicture.show(sinkhorn, p.sinkhorn(), d.pairs().a(), d.pairs().b(), range, s.view().colormap());
        ipot.heatmap().setTitle("IPOT iterate t = " + p.t() + ", beta = " + d.pairs().beta());
        sinkhorn.heatmap().setTitle(String.format(java.util.Locale.ROOT, "Sinkhorn at eps = beta/t = %.4g",
                p.epsilon()));
        PairCurves.show(d.pairs(), d.pairs().pairs().size(), differences);
        return sideBySide(ipot.chart(), sinkhorn.chart(), differences.chart());
    }

    private static void pairsCsv(PairsFigure d, Path csv) {
        double[][] rows = new double[d.pairs().pairs().size()][];
        for (int k = 0; k < rows.length; k++) {
            var p = d.pairs().pairs().get(k);
            rows[k] = new double[] {p.t(), p.epsilon(), p.maxDifference(), p.oneSweepDifference(),
                p.innerIterations(), p.innerError(), p.sinkhornConverged() ? 1 : 0};
        }
        CsvFiles.writeMatrix(csv, new String[] {"t", "epsilon", "maxDifference", "oneSweepDifference",
            "innerIterations", "innerError", "sinkhornConverged"}, rows);
    }

    private static Region barycentersChart(BarycenterView v, Scenario s) {
        var grid = v.problem().grid();
        if (grid.isLine()) {
            HistogramChart ibp = new HistogramChart();
            HistogramChart ipot = new HistogramChart();
            ibp.show(List.of(new HistogramChart.Curve(IpotLabels.onScreen(v.ibp().label()), 1, v.ibp().barycenter(), false),
                    new HistogramChart.Curve("exact", 0, v.exact(), true)));
            ipot.show(List.of(new HistogramChart.Curve(IpotLabels.onScreen(v.ipot().label()), 2, v.ipot().barycenter(), false),
                    new HistogramChart.Curve("exact", 0, v.exact(), true)));
            return sideBySide(ibp.chart(), ipot.chart());
        }
        GridHeatmap ibp = new GridHeatmap(false);
        GridHeatmap ipot = new GridHeatmap(false);
        ibp.show(grid.rows(), grid.cols(), v.ibp().barycenter());
        ipot.show(grid.rows(), grid.cols(), v.ipot().barycenter());
        ibp.chart().setTitle(IpotLabels.onScreen(v.ibp().label()) + ": " + BarycenterView.sharpness(v.ibp().sharpness()));
        ipot.chart().setTitle(IpotLabels.onScreen(v.ipot().label()) + ": " + BarycenterView.sharpness(v.ipot().sharpness()));
        return sideBySide(ibp.chart(), ipot.chart());
    }

    private static void barycentersCsv(BarycenterView v, Path csv) {
        var grid = v.problem().grid();
        double[][] rows = new double[grid.size()][];
        for (int k = 0; k < rows.length; k++) {
            rows[k] = new double[] {k / grid.cols(), k % grid.cols(), v.ibp().barycenter()[k],
                v.ipot().barycenter()[k], v.exact() == null ? Double.NaN : v.exact()[k]};
        }
        CsvFiles.writeMatrix(csv, new String[] {"row", "column", "ibp", "ipot", "exact"}, 2, rows);
    }

    private static Region colourChart(ColourResult r, Scenario s) {
        javafx.scene.layout.TilePane tiles = new javafx.scene.layout.TilePane(6, 6);
        tiles.setPrefColumns(4);
        for (int k = 0; k < r.images().size(); k++) {
            var image = r.images().get(k);
            javafx.scene.image.WritableImage fx = new javafx.scene.image.WritableImage(image.width(), image.height());
            fx.getPixelWriter().setPixels(0, 0, image.width(), image.height(),
                    javafx.scene.image.PixelFormat.getIntArgbInstance(), r.argb().get(k), 0, image.width());
            javafx.scene.image.ImageView view = new javafx.scene.image.ImageView(fx);
            view.setPreserveRatio(true);
            view.setFitWidth(180);
            tiles.getChildren().add(new javafx.scene.layout.VBox(2, new javafx.scene.control.Label(IpotLabels.onScreen(r.names().get(k))),
                    view));
        }
        return tiles;
    }

    private static void colourCsv(ColourResult r, Path csv) {
        double[][] rows = new double[r.images().size()][];
        for (int k = 0; k < rows.length; k++) {
            double[] c = r.contrasts().get(k);
            rows[k] = new double[] {k, c[0], c[1], c[2]};
        }
        CsvFiles.writeMatrix(csv, new String[] {"image", "stdRed", "stdGreen", "stdBlue"}, rows);
    }

    private static Region scalabilityChart(ScalabilityResult r, Scenario s) {
        ScalabilityChart chart = new ScalabilityChart();
        chart.show(r.study());
        javafx.scene.layout.VBox figure = new javafx.scene.layout.VBox(4);
        for (String text : List.of(r.ourRun(), ScalabilityResult.THESIS)) {
            javafx.scene.control.Label line = new javafx.scene.control.Label(text);
            line.setWrapText(true);
            figure.getChildren().add(line);
        }
        javafx.scene.control.Label note = new javafx.scene.control.Label(r.note());
        note.setWrapText(true);
        figure.getChildren().addAll(chart.chart(), note);
        javafx.scene.layout.VBox.setVgrow(chart.chart(), Priority.ALWAYS);
        return figure;
    }

    /** One row per method and n: the method's index in the table order, mean seconds (NaN: no point), seeds. */
    private static void scalabilityCsv(ScalabilityResult r, Path csv) {
        var entries = r.study().entries();
        double[][] rows = new double[entries.size()][];
        for (int k = 0; k < rows.length; k++) {
            var e = entries.get(k);
            rows[k] = new double[] {e.method().ordinal(), e.n(), e.meanSeconds().orElse(Double.NaN),
                e.reachedCount(), e.runs().size()};
        }
        CsvFiles.writeMatrix(csv, new String[] {"method", "n", "meanSeconds", "seedsReached", "seeds"}, rows);
    }

    /** Charts side by side, equally wide. */
    static HBox sideBySide(Region... charts) {
        HBox box = new HBox(6, charts);
        for (Region c : charts) {
            HBox.setHgrow(c, Priority.ALWAYS);
            c.setMinWidth(0);
            c.setPrefWidth(1);
        }
        return box;
    }
}

package org.otexplorer.ui.transport;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import org.otexplorer.service.ComputeService;
import org.otexplorer.service.JobListener;
import org.otexplorer.service.SolveView;
import org.otexplorer.ui.charts.DataScatterChart;
import org.otexplorer.ui.charts.LinePicture;
import org.otexplorer.ui.charts.MatchingLines;
import org.otexplorer.ui.charts.PlotGeometry;
import org.otexplorer.ui.charts.ScatterData;
import org.otexplorer.ui.workbench.ScenarioEditor;
import org.otexplorer.ui.workbench.ScenarioModel;

/**
 * The source-and-target panel (ScatterPanel.fxml): the two clouds projected on two chosen coordinates, every
 * visible matching line of the plan, markers sized by the mass moved, the generator's outliers ringed, and an
 * equal-aspect switch kept in the scenario's view settings. What the chart draws ({@link ScatterData} and its
 * {@link LinePicture}) is prepared off the FX thread on the {@value #CHANNEL} channel, one job at a time, after a
 * new solve, a new projection, or when the chart's geometry changes (resize, zoom, new axis ranges).
 */
public final class ScatterPanelController {
    /** The channel the display preparation runs on. */
    static final String CHANNEL = "transport.scatterDisplay";
    /** Mass differences below this fraction of Σa are rounding, not dropped mass. */
    private static final double MASS_TOLERANCE = 1e-6;

    @FXML
    private Label summary;
    @FXML
    private Tooltip summaryTip;
    @FXML
    private StackPane chartHolder;
    @FXML
    private ComboBox<String> xCoordinate;
    @FXML
    private ComboBox<String> yCoordinate;
    @FXML
    private CheckBox equalAspect;

    private final DataScatterChart chart = new DataScatterChart();
    private ComputeService service;
    private SolveView view;
    private double lineScale;
    private SolveView displayed;
    private boolean preparing;
    private boolean again;

    /** What a display job hands to the chart. */
    private record Prepared(ScatterData data, LinePicture picture) {
    }

    @FXML
    private void initialize() {
        chartHolder.getChildren().setAll(chart.chart());
        xCoordinate.valueProperty().addListener((o, a, v) -> prepare());
        yCoordinate.valueProperty().addListener((o, a, v) -> prepare());
    }

    /** Links the equal-aspect switch to the scenario and prepares displays on {@code compute}. */
    void bind(ScenarioModel model, ComputeService compute) {
        service = compute;
        chart.setPictureRequests(this::prepare);
        ScenarioEditor editor = new ScenarioEditor(model, s -> s.view().equalAspect(), s -> {
            equalAspect.setSelected(s.view().equalAspect());
            chart.setEqualAspect(s.view().equalAspect()); // also before the listener below exists
        });
        equalAspect.selectedProperty().addListener((o, a, on) -> {
            chart.setEqualAspect(on);
            editor.edit(s -> s.withView(s.view().withEqualAspect(on)));
        });
    }

    /** Shows a new solve's points and plan, keeping the chosen projection when the dimension allows. */
    void show(SolveView solved) {
        view = solved;
        int d = solved.sourcePoints()[0].length;
        if (xCoordinate.getItems().size() != d) {
            List<String> names = IntStream.rangeClosed(1, d).mapToObj(k -> "coordinate " + k).toList();
            xCoordinate.getItems().setAll(names);
            yCoordinate.getItems().setAll(names);
            xCoordinate.getSelectionModel().select(0);
            yCoordinate.getSelectionModel().select(d > 1 ? 1 : 0);
        }
        xCoordinate.setVisible(d > 2);
        yCoordinate.setVisible(d > 2);
        equalAspect.setDisable(d == 1);
        prepare();
    }

    /**
     * Draws the lines' opacity on a scale whose top is at least {@code largest} (an animation's locked scale, the
     * ε annealing's largest entry over its ladder); 0 returns to each plan's own largest entry.
     */
    void lockLineScale(double largest) {
        if (largest != lineScale) {
            lineScale = largest;
            prepare();
        }
    }

    /** Shows coordinates (x, y) of the points (0-based). */
    public void project(int x, int y) {
        xCoordinate.getSelectionModel().select(x);
        yCoordinate.getSelectionModel().select(y);
    }

    /**
     * What the panel draws for a solve, projected on coordinates (x, y): points, lines, the shares of mass moved
     * and the outliers (also used by the exported figure, so it equals the screen).
     */
    static ScatterData display(SolveView s, int x, int y) {
        return display(s, x, y, 0);
    }

    /** The same, the lines' opacity on a scale whose top is at least {@code largest} (the annealing's, locked). */
    static ScatterData display(SolveView s, int x, int y, double largest) {
        return ScatterData.of(s.sourcePoints(), s.targetPoints(), s.plan(), x, y, largest)
                .withMassMoved(s.rowSums(), s.columnSums(), s.sourceWeights(), s.targetWeights())
                .withOutlierTargets(s.outlierTargets());
    }

    /**
     * Prepares the newest solve's display for the chart's geometry now. While one is being prepared, a request
     * waits for it and then prepares the newest state once (rather than cancelling it: during a drag a new plan
     * comes faster than a picture at n = 1000 is made, and cancelling would show nothing until the drag ends).
     */
    private void prepare() {
        int x = xCoordinate.getSelectionModel().getSelectedIndex();
        int y = yCoordinate.getSelectionModel().getSelectedIndex();
        if (view == null || service == null || x < 0 || y < 0) {
            return;
        }
        if (preparing) {
            again = true;
            return;
        }
        preparing = true;
        SolveView solved = view;
        PlotGeometry geometry = chart.geometry();
        service.submit(CHANNEL, context -> {
            ScatterData data = display(solved, x, y, lineScale);
            return new Prepared(data, geometry == null ? null : LinePicture.of(data.lines(), geometry));
        }, new JobListener<Prepared>() {
            @Override
            public void onResult(Prepared prepared) {
                draw(solved, prepared);
                prepared();
            }

            @Override
            public void onCancelled(long jobId) {
                prepared();
            }

            @Override
            public void onError(long jobId, String message) {
                summary.setText("The source-and-target display failed: " + message);
                prepared();
            }
        });
    }

    /** A display job ended: prepare what was asked for meanwhile. */
    private void prepared() {
        preparing = false;
        if (again) {
            again = false;
            prepare();
        }
    }

    private void draw(SolveView solved, Prepared prepared) {
        displayed = solved;
        chart.show(prepared.data(), prepared.picture());
        summary.setText(summaryText(solved, prepared.data().lines()));
        summaryTip.setText(linesText(prepared.data().lines(), prepared.picture()));
    }

    /**
     * n, m, d, ε, the number of lines, the mass the plan drops (Σa − ΣP) or creates when it does not move all of
     * Σa, and how much of their prescribed mass the generator's outliers receive.
     */
    static String summaryText(SolveView s, MatchingLines lines) {
        double prescribed = sum(s.sourceWeights());
        double moved = sum(s.rowSums());
        String text = String.format(Locale.ROOT, "n = %d, m = %d, d = %d   ε = %.3g (%.3g × mean C)   %,d lines",
                s.n(), s.m(), s.sourcePoints()[0].length, s.epsilon(), s.relativeEpsilon(), lines.count());
        double dropped = prescribed - moved;
        if (Math.abs(dropped) > MASS_TOLERANCE * prescribed) {
            text += String.format(Locale.ROOT, "   %s %.3g of Σa = %.3g (%.1f %%)", dropped > 0 ? "dropped" : "created",
                    Math.abs(dropped), prescribed, 100 * Math.abs(dropped) / prescribed);
        }
        int outliers = s.outlierTargets();
        if (outliers > 0) {
            double owed = 0;
            double received = 0;
            for (int j = 0; j < outliers; j++) {
                owed += s.targetWeights()[j];
                received += s.columnSums()[j];
            }
            text += String.format(Locale.ROOT, "   %d outliers receive %.3g of their %.3g", outliers, received, owed);
        }
        return text;
    }

    /** What the line drawing shows and leaves out, for the summary's tooltip. */
    static String linesText(MatchingLines lines, LinePicture picture) {
        String text = String.format(Locale.ROOT, "Every plan entry P_ij at least 1/255 of the largest is a line from"
                + " source i to target j, its opacity P_ij / max P: %,d lines. %,d lighter positive entries are not"
                + " drawn (each would change a pixel by less than one colour step).", lines.count(), lines.culled());
        if (picture != null && picture.reduction() > 1) {
            text += String.format(Locale.ROOT, " The %,d heaviest are sharp; the other %,d, faint, are drawn at 1/%d"
                    + " resolution.", picture.sharp(), lines.count() - picture.sharp(), picture.reduction());
        }
        return text + " Marker area: the share of the point's mass the plan moves (an empty outline moves nothing);"
                + " rings: outliers the data generator added.";
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }

    /** Stops preparing displays (the window is closing; its service stops). */
    void close() {
        service = null;
    }

    /** The chart factory behind the panel (for export and tests). */
    public DataScatterChart chart() {
        return chart;
    }

    /** The solve whose display is drawn, or {@code null} before the first. */
    public SolveView shown() {
        return displayed;
    }
}

package org.otexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fair_acc.chartfx.axes.spi.AbstractAxis;
import io.fair_acc.chartfx.axes.spi.TickMark;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.otexplorer.ui.charts.ReadableAxis;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * Issue 12's "details a projector shows", for the tick labels of every axis on screen: the samples in which a
 * look-through found axes one could not read a value from, opened at 1280×800 and 1440×900 in presenter mode and at
 * 1920×1080 normal. Every shown numeric axis (but the shortest) shows at least {@value #FEWEST_LABELS} labels; each
 * label writes its tick's value with the digits the step needs (ticks 0.25 apart read 0.25, not 0.3) and a linear
 * axis no more (not "0.250" when "0.25" is exact), and none is in chart-fx's E notation ("1E3"). It failed on the
 * code before {@code ReadableAxis} with 22 problems, among them the colour bar's lone "0.0000", the support size's
 * lone "1E3" and θ1's lone "0".
 */
class AxisTickLabelsLookTest extends ApplicationTest {
    /** Labels an axis shows at least, so that a value can be read off it. */
    private static final int FEWEST_LABELS = 3;
    /**
     * Axes at least this long (in em of their tick labels) show {@value #FEWEST_LABELS} labels: a plan's row axis of
     * 83 px in presenter mode (4.2 em) cannot, since chart-fx wants a label's height (23 px) and 3 px between labels
     * and hides those that stick out at the ends, and its steps are whole numbers.
     */
    private static final double SHORTEST_EM = 4.5;
    private static final List<String> SAMPLES = List.of("ipot-sharp-plan-vs-sinkhorn-blur.json",
            "point-cloud-registration-similarity.json", "ipot-sparsity-race-demo.json",
            "two-parameter-landscape-robot-vs-am.json");

    @Override
    public void start(Stage stage) {
        // each sample opens a window of its own below
    }

    @Test
    void everyShownAxisLabelsEnoughTicksWithTheDigitsTheirStepNeeds() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String sample : SAMPLES) {
            Path file = Path.of("samples", sample);
            problems.addAll(EverySampleLookTest.look(file, true, 1280, 800, AxisTickLabelsLookTest::axes));
            problems.addAll(EverySampleLookTest.look(file, true, 1440, 900, AxisTickLabelsLookTest::axes));
            problems.addAll(EverySampleLookTest.look(file, false, 1920, 1080, AxisTickLabelsLookTest::axes));
        }
        problems.forEach(System.out::println);
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    /**
     * The plan heatmap labels its first row and column "0" where the axis has room for it: row 0 lies half a row below
     * the top, and chart-fx hid its label for sticking out of the axis' pane, so at 1280 × 800 the annealing sample's
     * 40 rows read "5, 10, …" and nothing said that they run downwards from 0.
     */
    @Test
    void thePlanHeatmapLabelsItsFirstRowAndColumn() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String sample : List.of("epsilon-annealing-two-blobs.json", "unlabeled-sensing-robot-vs-am-vs-ls.json")) {
            Path file = Path.of("samples", sample);
            problems.addAll(EverySampleLookTest.look(file, false, 1280, 800, AxisTickLabelsLookTest::firstIndices));
            problems.addAll(EverySampleLookTest.look(file, false, 1920, 1080, AxisTickLabelsLookTest::firstIndices));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** The shown plan heatmaps whose row or column axis does not draw the label "0". */
    private static List<String> firstIndices(Parent root, String where) {
        List<String> out = new ArrayList<>();
        int seen = 0;
        for (Node n : root.lookupAll(".axis")) {
            if (n instanceof ReadableAxis axis && LectureRunThroughTest.shown(n) && axis.getHeight() > 0
                    && ("source i".equals(axis.getName()) || "target j".equals(axis.getName()))) {
                seen++;
                if (!axis.drawnLabels().contains("0")) {
                    out.add(where + ": axis \"" + axis.getName() + "\" draws " + axis.drawnLabels());
                }
            }
        }
        if (seen == 0) {
            out.add(where + ": no plan heatmap shown");
        }
        return out;
    }

    /** The problems of every shown axis with tick labels. */
    private static List<String> axes(Parent root, String where) {
        List<String> out = new ArrayList<>();
        for (Node n : root.lookupAll(".axis")) {
            if (n instanceof AbstractAxis axis && LectureRunThroughTest.shown(n)
                    && axis.getWidth() > 0 && axis.getHeight() > 0) {
                String problem = problem(axis);
                if (problem != null) {
                    out.add(where + ": axis \"" + axis.getName() + "\" (" + Math.round(axis.getWidth()) + " × "
                            + Math.round(axis.getHeight()) + " px, " + axis.getMin() + " to " + axis.getMax() + ") "
                            + problem);
                }
            }
        }
        return out;
    }

    /** What is wrong with an axis' shown labels, or {@code null}. */
    static String problem(AbstractAxis axis) {
        List<TickMark> shown = new ArrayList<>();
        for (TickMark mark : axis.getTickMarks()) {
            if (mark.isVisible() && mark.getText() != null && !mark.getText().isBlank()) {
                if (!isNumber(mark.getText())) {
                    return null; // labelled with names (the rails' "x" and "y"), not values
                }
                shown.add(mark);
            }
        }
        List<String> texts = shown.stream().map(TickMark::getText).toList();
        if (shown.isEmpty() && axis.getName().isEmpty()) {
            return null; // an axis drawn for its line alone (the marginal strips' key)
        }
        double length = axis.getSide().isVertical() ? axis.getHeight() : axis.getWidth();
        if (shown.size() < FEWEST_LABELS && length >= SHORTEST_EM * axis.getTickLabelStyle().getFont().getSize()) {
            return "shows " + texts;
        }
        if (texts.stream().anyMatch(t -> t.contains("E"))) {
            return "writes E notation: " + texts;
        }
        double step = Double.POSITIVE_INFINITY;
        for (int k = 1; k < shown.size(); k++) {
            step = Math.min(step, Math.abs(shown.get(k).getValue() - shown.get(k - 1).getValue()));
        }
        for (TickMark mark : shown) {
            // a relabelled index axis writes |value| (the plan's rows run downwards)
            double written = Math.abs(Double.parseDouble(mark.getText()));
            if (Math.abs(written - Math.abs(mark.getValue())) > 1e-6 * step) {
                return "writes " + mark.getValue() + " as " + mark.getText() + ": too few digits for ticks " + step
                        + " apart " + texts;
            }
        }
        if (!axis.isLogAxis() && texts.stream().allMatch(t -> t.contains(".") && !t.contains("e") && t.endsWith("0"))) {
            return "writes a digit more than its step needs: " + texts;
        }
        return null;
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}

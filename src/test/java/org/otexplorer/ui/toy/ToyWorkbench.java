package org.otexplorer.ui.toy;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.otexplorer.io.CsvFiles;
import org.otexplorer.io.Scenario;
import org.otexplorer.parameters.Parameter;
import org.otexplorer.service.Analysis;
import org.otexplorer.service.Job;
import org.otexplorer.service.JobListener;
import org.otexplorer.ui.workbench.AnimatedFigure;
import org.otexplorer.ui.workbench.ExportFigure;
import org.otexplorer.ui.workbench.ScenarioEditor;
import org.otexplorer.ui.workbench.WorkbenchContext;
import org.otexplorer.ui.workbench.WorkbenchUi;
import org.otexplorer.ui.workbench.WorkbenchView;
import org.otexplorer.workbench.ScenarioSection;

/**
 * A workbench that exists only in the test tree, to prove the architecture's recipe: its own section, an analysis
 * on the service, a panel, an export figure, registered by one line in the test tree's
 * {@code META-INF/services/org.otexplorer.workbench.Workbench}. Its analysis sums the first {@code count} squares.
 */
public final class ToyWorkbench implements WorkbenchUi {
    /** The section's one parameter. */
    public static final Parameter<Integer> COUNT = Parameter.integer("count").defaultValue(3).range(1, 1000)
            .describe("How many squares to add up.").build();
    static final String SECTION = "toy";

    /** The toy analysis: 1² + 2² + … + count². */
    static final Analysis<Integer, Long> SQUARES = new Analysis<>() {
        @Override
        public String channel() {
            return "toy.squares";
        }

        @Override
        public Job<Long> job(Integer count) {
            return context -> {
                long sum = 0;
                for (int k = 1; k <= count; k++) {
                    sum += (long) k * k;
                }
                return sum;
            };
        }
    };

    @Override
    public String id() {
        return "toy";
    }

    @Override
    public String title() {
        return "Toy";
    }

    @Override
    public List<ScenarioSection> sections() {
        return List.of(new ScenarioSection(SECTION, "The toy's count.", List.of(COUNT)));
    }

    @Override
    public WorkbenchView open(WorkbenchContext context) {
        return new View(context);
    }

    @Override
    public List<ExportFigure<?>> figures() {
        return List.of(new Figure(), new CountUp());
    }

    /** The count a scenario holds. */
    public static int count(Scenario s) {
        return s.section(SECTION).get(COUNT);
    }

    /** The toy's panel: one label with the sum. */
    static final class View implements WorkbenchView {
        private final WorkbenchContext context;
        private final Label sum = new Label("—");
        private Long shown;
        private boolean active;

        View(WorkbenchContext context) {
            this.context = context;
            sum.setId("toy-sum");
            new ScenarioEditor(context.model(), s -> s.section(SECTION), s -> {
                if (active) {
                    recompute();
                }
            });
        }

        @Override
        public Node content() {
            return new VBox(sum);
        }

        @Override
        public void setActive(boolean front) {
            active = front;
            if (front) {
                recompute();
            }
        }

        @Override
        public void recompute() {
            SQUARES.submit(context.service(), count(context.model().scenario()), (JobListener<Long>) result -> {
                shown = result;
                sum.setText("sum = " + result);
            });
        }

        @Override
        public void cancel() {
            context.service().cancel(SQUARES.channel());
        }

        @Override
        public boolean isIdle() {
            return shown != null && !context.service().isBusy(SQUARES.channel());
        }

        @Override
        public String failure() {
            return null;
        }

        @Override
        public String primaryFigure() {
            return "toy";
        }

        @Override
        public void close() {
            cancel();
        }
    }

    /** The sum as a figure: a label, and a one-row CSV. */
    static final class Figure implements ExportFigure<Long> {
        @Override
        public String name() {
            return "toy";
        }

        @Override
        public String menuText() {
            return "Export the toy…";
        }

        @Override
        public String description() {
            return "the toy's sum of squares";
        }

        @Override
        public Long compute(Scenario scenario, Path base) {
            return SQUARES.compute(count(scenario));
        }

        @Override
        public Region chart(Long data, Scenario scenario) {
            return new VBox(new Label("sum of squares = " + data));
        }

        @Override
        public void writeCsv(Long data, Path csv) {
            CsvFiles.writeMatrix(csv, new String[] {"sum"}, new double[][] {{data}});
        }

        @Override
        public Long shown(WorkbenchView view) {
            return ((View) view).shown;
        }
    }

    /**
     * An animated figure over the count: frame k (0-based) shows "k of count" on a background of grey level
     * {@link #frameGrey}, so a test can tell the frames apart in the pixels.
     */
    public static final class CountUp implements AnimatedFigure<Integer> {
        /** Its view name. */
        public static final String NAME = "toy-count";
        /** Its frame time. */
        public static final int MILLIS = 150;

        /** The background grey level (0-255) of frame k of n. */
        public static int frameGrey(int k, int n) {
            return n == 1 ? 0 : (int) Math.round(255.0 * k / (n - 1));
        }

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String menuText() {
            return "Export the count…";
        }

        @Override
        public String description() {
            return "the toy's count, one frame per number";
        }

        @Override
        public Integer compute(Scenario scenario, Path base) {
            return count(scenario);
        }

        @Override
        public Region chart(Integer data, Scenario scenario) {
            return new javafx.scene.layout.StackPane(new Label());
        }

        @Override
        public int frameCount(Integer data) {
            return data;
        }

        @Override
        public void showFrame(Region chart, Integer data, int frame) {
            int grey = frameGrey(frame, data);
            chart.setStyle(String.format("-fx-background-color: rgb(%d, %d, %d);", grey, grey, grey));
            ((Label) chart.getChildrenUnmodifiable().get(0)).setText(frame + " of " + data);
        }

        @Override
        public int frameMillis() {
            return MILLIS;
        }

        @Override
        public void writeCsv(Integer data, Path csv) {
            CsvFiles.writeMatrix(csv, new String[] {"count"}, new double[][] {{data}});
        }

        @Override
        public Integer shown(WorkbenchView view) {
            return ((View) view).shown == null ? null : count(((View) view).context.model().scenario());
        }
    }
}

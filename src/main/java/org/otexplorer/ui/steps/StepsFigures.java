package org.otexplorer.ui.steps;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.layout.Region;
import org.otexplorer.engine.SolverMonitor;
import org.otexplorer.engine.StepRecording;
import org.otexplorer.io.CsvFiles;
import org.otexplorer.io.Scenario;
import org.otexplorer.ui.workbench.AnimatedFigure;
import org.otexplorer.ui.workbench.ExportFigure;
import org.otexplorer.ui.workbench.WorkbenchView;

/**
 * The step-by-step workbench's figures: the step-through as an animation ({@value #STEPS}: the whole picture,
 * one frame per recorded half-step, see {@link StepsAnimation}; as a still, the scenario's frame; CSV: one row per
 * frame with its iteration, step and errors) and the plan of the scenario's frame ({@value #PLAN}; CSV: the plan).
 */
final class StepsFigures {
    static final String STEPS = "steps";
    static final String PLAN = "steps-plan";
    private static final String PICTURE = "otx.stepsPicture";

    private StepsFigures() {
    }

    static List<ExportFigure<?>> all() {
        return List.of(new Steps(), new Plan());
    }

    /** What both figures share: the data (the scenario's step-through), its picture and where the view shows it. */
    private abstract static class Figure implements ExportFigure<StepsAnimation> {
        @Override
        public StepsAnimation compute(Scenario scenario, Path base) {
            return new StepsAnimation(StepsRun.compute(scenario, base, SolverMonitor.NONE),
                    StepsSection.of(scenario).get(StepsSection.FRAME),
                    StepsSection.of(scenario).get(StepsSection.SPEED)).prepared();
        }

        @Override
        public Region chart(StepsAnimation d, Scenario scenario) {
            StepsPicture picture = new StepsPicture();
            picture.showRun(d.run());
            picture.showFrame(d.still(), scenario.view().colormap());
            Region node = picture.node();
            node.getProperties().put(PICTURE, picture);
            node.setPrefSize(1200, 760);
            return node;
        }

        @Override
        public StepsAnimation shown(WorkbenchView view) {
            return ((StepsView) view).animation();
        }
    }

    /** The step-through, frame by frame. */
    private static final class Steps extends Figure implements AnimatedFigure<StepsAnimation> {
        @Override
        public String name() {
            return STEPS;
        }

        @Override
        public String menuText() {
            return "Export the _step-through…";
        }

        @Override
        public String description() {
            return "Sinkhorn step by step: plan after k half-steps (locked colour scale) with its sums against a and"
                    + " b, the potentials f and g, the marginal error against the iteration; animated: one frame per"
                    + " recorded half-step";
        }

        @Override
        public void writeCsv(StepsAnimation d, Path csv) {
            int count = d.frameCount();
            double[][] rows = new double[count][];
            for (int i = 0; i < count; i++) {
                FrameView v = d.view(i);
                StepRecording r = d.run().recording();
                rows[i] = new double[] {v.frame(), v.iteration(), r.step(v.frame()).ordinal(), v.marginalError(),
                    l1(v.rowSums(), v.a()), l1(v.columnSums(), v.b())};
            }
            CsvFiles.writeMatrix(csv, new String[] {"frame k", "iteration",
                "step (0 start 1 rows 2 columns 3 newton 4 proximal 5 result)", "marginal error", "row error ||P1-a||1",
                "column error ||P'1-b||1"}, 3, rows);
        }

        @Override
        public int frameCount(StepsAnimation d) {
            return d.frameCount();
        }

        @Override
        public void showFrame(Region chart, StepsAnimation d, int frame) {
            ((StepsPicture) chart.getProperties().get(PICTURE)).showFrame(d.view(frame));
        }

        /** The scenario's speed ({@code steps.speed}, frames per second). */
        @Override
        public int frameMillis(StepsAnimation d) {
            return d.frameMillis();
        }
    }

    /** The plan of the scenario's frame. */
    private static final class Plan extends Figure {
        @Override
        public String name() {
            return PLAN;
        }

        @Override
        public String menuText() {
            return "Export the step-through's _plan…";
        }

        @Override
        public String description() {
            return "the plan after the scenario's frame k of the step-through (steps.frame), with the same picture as"
                    + " 'steps'; CSV: the plan's entries";
        }

        @Override
        public void writeCsv(StepsAnimation d, Path csv) {
            FrameView v = d.still();
            String[] header = new String[v.m()];
            double[][] rows = new double[v.n()][v.m()];
            for (int j = 0; j < v.m(); j++) {
                header[j] = "target " + j;
            }
            for (int i = 0; i < v.n(); i++) {
                System.arraycopy(v.plan(), i * v.m(), rows[i], 0, v.m());
            }
            CsvFiles.writeMatrix(csv, header, rows);
        }
    }

    private static double l1(double[] x, double[] y) {
        double s = 0;
        for (int k = 0; k < x.length; k++) {
            s += Math.abs(x[k] - y[k]);
        }
        return s;
    }
}

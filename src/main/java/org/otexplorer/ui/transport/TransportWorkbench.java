package org.otexplorer.ui.transport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javafx.fxml.FXMLLoader;
import org.otexplorer.service.AnnealingLadder;
import org.otexplorer.ui.workbench.ExportFigure;
import org.otexplorer.ui.workbench.WorkbenchContext;
import org.otexplorer.ui.workbench.WorkbenchUi;
import org.otexplorer.ui.workbench.WorkbenchView;
import org.otexplorer.workbench.ScenarioSection;
import org.otexplorer.workbench.Workbenches;

/**
 * The transport and shuffled-regression workbench: entropic and exact OT between point clouds with the plan, its
 * H-matrix spectrum and sweeps, and the regression optimizers' race. Its scenario sections are the shared
 * {@code data}, {@code engine}, {@code regression} and {@code view}, and its own {@code annealing} (the ε ladder),
 * {@code race} (the traces' x-axis), {@value SplitSection#NAME} (the plan side by side) and
 * {@value PlanViewSection#NAME} (plan or cost matrix).
 */
public final class TransportWorkbench implements WorkbenchUi {
    @Override
    public String id() {
        return Workbenches.DEFAULT;
    }

    @Override
    public String title() {
        return "Transport & regression";
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public List<ScenarioSection> sections() {
        return List.of(new ScenarioSection(AnnealingLadder.SECTION, "The ε annealing: the log ladder ε walks down "
                + "and back, its speed, and whether it plays.", AnnealingLadder.PARAMETERS),
                new ScenarioSection(TracePanelController.SECTION, "The optimizer race's view: what its traces run "
                        + "against.", TracePanelController.PARAMETERS),
                SplitSection.declaration(), PlanViewSection.declaration());
    }

    @Override
    public List<String> samples() {
        return List.of("entropic-blur-vs-exact-plan.json", "epsilon-annealing-two-blobs.json",
                "gaussian-mixture-sgd-newton-vs-gd.json", "ipot-sharp-plan-vs-sinkhorn-blur.json",
                "kl-vs-l2-marginal-relaxation.json", "one-dimensional-plan-with-histograms.json",
                "point-cloud-registration-sgd-newton.json", "point-cloud-registration-similarity.json",
                "robust-ot-drops-outliers.json", "side-by-side-balanced-vs-robust.json",
                "sin-robot-robust-vs-robot.json", "two-parameter-landscape-robot-vs-am.json",
                "unit-circle-condition-number.json", "unlabeled-sensing-robot-vs-am-vs-ls.json");
    }

    @Override
    public WorkbenchView open(WorkbenchContext context) {
        FXMLLoader loader = new FXMLLoader(TransportWorkbench.class.getResource("TransportView.fxml"));
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the transport workbench's layout: " + e.getMessage(), e);
        }
        TransportView view = loader.getController();
        view.attach(context);
        return view;
    }

    @Override
    public List<ExportFigure<?>> figures() {
        return TransportFigures.all();
    }
}

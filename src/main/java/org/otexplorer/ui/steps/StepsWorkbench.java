package org.otexplorer.ui.steps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javafx.fxml.FXMLLoader;
import org.otexplorer.ui.workbench.ExportFigure;
import org.otexplorer.ui.workbench.WorkbenchContext;
import org.otexplorer.ui.workbench.WorkbenchUi;
import org.otexplorer.ui.workbench.WorkbenchView;
import org.otexplorer.workbench.ScenarioSection;

/**
 * The Sinkhorn step-by-step workbench (issue 14 view 1): the current scenario's solve, recorded once
 * ({@link org.otexplorer.engine.StepThrough}), played, stepped and scrubbed half-step by half-step. Its scenario
 * section is {@value StepsSection#NAME} ({@link StepsSection}); the data and the method are the shared sections.
 */
public final class StepsWorkbench implements WorkbenchUi {
    /** The id scenario files name in {@code "workbench"}. */
    public static final String ID = "steps";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Step by step";
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public List<ScenarioSection> sections() {
        return List.of(StepsSection.declaration());
    }

    @Override
    public List<String> samples() {
        return List.of("sinkhorn-step-by-step.json");
    }

    @Override
    public WorkbenchView open(WorkbenchContext context) {
        FXMLLoader loader = new FXMLLoader(StepsWorkbench.class.getResource("StepsView.fxml"));
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the step-by-step workbench's layout: " + e.getMessage(), e);
        }
        StepsView view = loader.getController();
        view.attach(context);
        return view;
    }

    @Override
    public List<ExportFigure<?>> figures() {
        return StepsFigures.all();
    }
}

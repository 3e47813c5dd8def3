package org.otexplorer.ui.permutation;

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
 * The permutation-learning workbench ("End-to-end permutation learning with Hungarian algorithm"; math.md §15): why
 * Sinkhorn normalisation unrolled a fixed number of times fails (the normalisation lab and the random-sample grid)
 * and how the four permutation heads learn to sort (the training race). Its scenario section is
 * {@value PermutationSection#NAME} ({@link PermutationSection}).
 */
public final class PermutationWorkbench implements WorkbenchUi {
    /** The id scenario files name in {@code "workbench"}. */
    public static final String ID = "permutation";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Permutation learning";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public List<ScenarioSection> sections() {
        return List.of(PermutationSection.declaration());
    }

    @Override
    public List<String> samples() {
        return List.of("permutation-fig1-pattern-stalls.json", "permutation-random-score-grid.json",
                "permutation-sorting-race-n15.json");
    }

    @Override
    public WorkbenchView open(WorkbenchContext context) {
        FXMLLoader loader = new FXMLLoader(PermutationWorkbench.class.getResource("PermutationView.fxml"));
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the permutation workbench's layout: " + e.getMessage(), e);
        }
        PermutationView view = loader.getController();
        view.attach(context);
        return view;
    }

    @Override
    public List<ExportFigure<?>> figures() {
        return PermutationFigures.all();
    }
}

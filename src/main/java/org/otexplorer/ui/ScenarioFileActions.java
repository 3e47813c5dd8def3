package org.otexplorer.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.otexplorer.io.Scenario;
import org.otexplorer.io.ScenarioFiles;
import org.otexplorer.io.ViewSpec;
import org.otexplorer.ui.workbench.Dialogs;
import org.otexplorer.ui.workbench.ScenarioModel;
import org.otexplorer.ui.workbench.Status;

/**
 * File → New / Open / Save / Save As, the recent-files list and the unsaved-changes question. A file that
 * does not load leaves the current scenario untouched and says what is wrong; a failed save keeps the
 * scenario marked unsaved. A new or opened scenario keeps the presenter mode and dark theme the window shows
 * ({@link #inWindowAppearance}).
 */
final class ScenarioFileActions {
    private final Stage stage;
    private final ScenarioModel model;
    private final RecentFiles recent;
    private final Status status;
    private final Runnable recentChanged;

    ScenarioFileActions(Stage stage, ScenarioModel model, RecentFiles recent, Status status,
                        Runnable recentChanged) {
        this.stage = stage;
        this.model = model;
        this.recent = recent;
        this.status = status;
        this.recentChanged = recentChanged;
    }

    /** Starts over from the default scenario (after asking about unsaved changes). */
    void newScenario() {
        if (confirmDiscard()) {
            model.replace(inWindowAppearance(DefaultScenario.create()), null);
            status.notice("New scenario.");
        }
    }

    /** Asks for a scenario file and opens it. */
    void open() {
        if (!confirmDiscard()) {
            return;
        }
        File chosen = chooser("Open scenario").showOpenDialog(stage);
        if (chosen != null) {
            load(chosen.toPath());
        }
    }

    /** Opens a given file (Open Recent, tests). */
    void open(Path file) {
        if (confirmDiscard()) {
            load(file);
        }
    }

    /** Saves to the scenario's file, asking for one the first time; false when nothing was saved. */
    boolean save() {
        return model.file() == null ? saveAs() : writeTo(model.file());
    }

    /** Asks for a file and saves there; false when nothing was saved. */
    boolean saveAs() {
        FileChooser chooser = chooser("Save scenario as");
        chooser.setInitialFileName(fileNameFor(model.scenario()));
        File chosen = chooser.showSaveDialog(stage);
        return chosen != null && writeTo(chosen.toPath());
    }

    /** Saves to a given file; false (and an error dialog) when that fails. */
    boolean writeTo(Path file) {
        try {
            ScenarioFiles.save(model.scenario(), file);
        } catch (IOException | IllegalArgumentException e) {
            Dialogs.error(stage, "Cannot save " + file.getFileName(), e.getMessage());
            return false;
        }
        model.markSaved(file);
        recent.add(file);
        recentChanged.run();
        status.notice("Saved " + file.getFileName() + ".");
        return true;
    }

    /**
     * {@code next} in the appearance the window has now where the user chose one: presenter mode and the dark theme
     * stay on (a lecturer who opens a sample in front of a class keeps the large fonts); a file's own presenter mode
     * or dark theme still apply. Samples and most files say neither, so they no longer switch a projector back.
     */
    private Scenario inWindowAppearance(Scenario next) {
        ViewSpec now = model.scenario().view();
        ViewSpec view = next.view();
        if (now.presenterMode()) {
            view = view.withPresenterMode(true);
        }
        if (Themes.DARK.equals(now.theme())) {
            view = view.withTheme(Themes.DARK);
        }
        return next.withView(view);
    }

    /** Whether unsaved changes may be dropped: none, saved now, or the user said so. */
    boolean confirmDiscard() {
        if (!model.isDirty()) {
            return true;
        }
        return switch (Dialogs.askUnsaved(stage, model.scenario().name())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    private void load(Path file) {
        Scenario loaded;
        try {
            loaded = ScenarioFiles.load(file);
        } catch (IllegalArgumentException e) {
            Dialogs.error(stage, "Cannot open " + file.getFileName(), e.getMessage()
                    + "\n\nThe current scenario is unchanged.");
            return;
        }
        model.replace(inWindowAppearance(loaded), file);
        recent.add(file);
        recentChanged.run();
        status.notice("Opened " + file.getFileName() + ".");
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Scenario JSON", "*.json"));
        Path current = model.file();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        } else {
            samplesFolder().ifPresent(dir -> chooser.setInitialDirectory(dir.toFile()));
        }
        return chooser;
    }

    /**
     * The project's {@code samples/} folder, where File → Open starts for a scenario not saved yet: beside the
     * working directory, or beside the folder of the running jar ({@code target/otexplorer.jar} → {@code samples/}).
     */
    static java.util.Optional<Path> samplesFolder() {
        java.util.List<Path> candidates = new java.util.ArrayList<>(java.util.List.of(Path.of("samples")));
        java.security.CodeSource source = ScenarioFileActions.class.getProtectionDomain().getCodeSource();
        if (source != null) {
            try {
                Path code = Path.of(source.getLocation().toURI());
                for (Path p = code.getParent(); p != null && candidates.size() < 4; p = p.getParent()) {
                    candidates.add(p.resolve("samples"));
                }
            } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                // a code location that is not a file: the working directory is the only candidate
            }
        }
        return candidates.stream().map(Path::toAbsolutePath).filter(java.nio.file.Files::isDirectory).findFirst();
    }

    private static String fileNameFor(Scenario s) {
        String slug = s.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (slug.isEmpty() ? "scenario" : slug) + ".json";
    }
}

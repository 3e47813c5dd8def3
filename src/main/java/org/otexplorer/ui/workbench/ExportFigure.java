package org.otexplorer.ui.workbench;

import java.nio.file.Path;
import javafx.scene.layout.Region;
import org.otexplorer.io.Scenario;

/**
 * A figure a workbench exports ({@code otx export --view NAME}, the Figure menu): computed headlessly from a
 * scenario or taken from what its panels show, drawn as a chart at any size, and written as the CSV of the
 * numbers it shows.
 *
 * @param <D> the data the figure draws (plain data, computed off the FX thread)
 */
public interface ExportFigure<D> {
    /** The view name of {@code otx export --view} (unique across workbenches). */
    String name();

    /** The Figure menu's text, e.g. "Export transport plan…". */
    String menuText();

    /** The Figure menu's shortcut, or {@code null}. */
    default javafx.scene.input.KeyCombination accelerator() {
        return null;
    }

    /** What it shows, for the help of {@code otx export}. */
    String description();

    /**
     * Computes the data for a scenario on the calling thread (headless export, not the FX thread).
     *
     * @throws IllegalArgumentException when the scenario cannot show this figure (the message says why)
     */
    D compute(Scenario scenario, Path baseDirectory);

    /** The chart of the data (FX thread), styled by the scenario's view settings. */
    Region chart(D data, Scenario scenario);

    /** Writes the numbers the figure shows. */
    void writeCsv(D data, Path csv);

    /** The data as a workbench view's panels show it, or {@code null} when they show nothing yet. */
    D shown(WorkbenchView view);
}

package org.otexplorer.ui.ipot;

import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.scene.layout.Region;
import org.otexplorer.io.Scenario;
import org.otexplorer.ui.workbench.ExportFigure;
import org.otexplorer.ui.workbench.WorkbenchView;

/**
 * An IPOT figure assembled from its parts: names, the headless computation, the chart, the CSV writer and where
 * the view shows its data.
 *
 * @param <D> the data the figure draws
 */
record IpotFigure<D>(String name, String menuText, String description, BiFunction<Scenario, Path, D> computation,
                     BiFunction<D, Scenario, Region> drawing, BiConsumer<D, Path> csv,
                     Function<IpotView, D> onScreen) implements ExportFigure<D> {
    @Override
    public D compute(Scenario scenario, Path baseDirectory) {
        return computation.apply(scenario, baseDirectory);
    }

    @Override
    public Region chart(D data, Scenario scenario) {
        return drawing.apply(data, scenario);
    }

    @Override
    public void writeCsv(D data, Path file) {
        csv.accept(data, file);
    }

    @Override
    public D shown(WorkbenchView view) {
        return onScreen.apply((IpotView) view);
    }
}

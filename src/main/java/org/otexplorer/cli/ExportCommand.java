package org.otexplorer.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.image.WritableImage;
import org.otexplorer.io.Scenario;
import org.otexplorer.io.ScenarioFiles;
import org.otexplorer.ui.WindowFigure;
import org.otexplorer.ui.export.FigureExporter;
import org.otexplorer.ui.export.HeadlessFx;
import org.otexplorer.ui.workbench.ExportFigure;
import org.otexplorer.ui.workbench.WorkbenchUis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code otx export}: renders a scenario's figure headlessly to PNG (exactly width·scale × height·scale
 * pixels) with its data as CSV and the scenario JSON beside it, so a paper's figure can be regenerated
 * from its scenario. The figures are those every registered workbench exports ({@link WorkbenchUis#figures()}),
 * and the whole window.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Render a scenario's figure (any workbench's, or the whole window) to PNG, with CSV and "
                + "scenario JSON beside it.")
public final class ExportCommand implements Callable<Integer> {
    private static final String WINDOW = "window";
    private static final long TIMEOUT_SECONDS = 600;

    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", required = true, paramLabel = "FILE.json", description = "The scenario file.")
    Path scenarioFile;

    @Option(names = "--view", required = true, paramLabel = "NAME",
            description = "A workbench's figure (see otx export --help for the list) or window.",
            completionCandidates = ViewNames.class)
    String view;

    @Option(names = "--out", required = true, paramLabel = "fig.png", description = "The PNG to write.")
    Path out;

    @Option(names = "--width", paramLabel = "W", description = "Figure width in points (default 900; window 1440).")
    Integer width;

    @Option(names = "--height", paramLabel = "H", description = "Figure height in points (default 600; window 900).")
    Integer height;

    @Option(names = "--scale", paramLabel = "S", description = "Pixel scale 1-4 (default 1; 4 is print quality).")
    double scale = 1;

    @Override
    public Integer call() throws Exception {
        boolean window = WINDOW.equals(view);
        ExportFigure<?> figure = window ? null : WorkbenchUis.figure(view);
        width = width != null ? width : window ? 1440 : 900;
        height = height != null ? height : window ? 900 : 600;
        if (!(scale >= 1 && scale <= 4) || width <= 0 || height <= 0) {
            throw new IllegalArgumentException("need width, height > 0 and scale in [1, 4], got " + width + "x" + height
                    + " at " + scale);
        }
        Scenario scenario = ScenarioFiles.load(scenarioFile);
        Path base = scenarioFile.toAbsolutePath().getParent();
        HeadlessFx.ensureStarted();
        WritableImage image;
        Path csv = FigureExporter.sibling(out, ".csv");
        if (window) {
            // The window computes everything itself; its panels' results give the CSV, so nothing runs twice.
            WindowFigure.Rendered rendered = onFxThread(() -> WindowFigure.render(scenario, scenarioFile, width, height,
                    scale));
            image = rendered.image();
            FigureExporter.writePng(image, out);
            rendered.csv().accept(csv);
        } else {
            image = renderAndWrite(figure, scenario, base, csv);
        }
        Path json = FigureExporter.sibling(out, ".scenario.json");
        ScenarioFiles.save(scenario, json);
        spec.commandLine().getOut().printf("wrote %s (%dx%d pixels), %s, %s%n", out, (int) image.getWidth(),
                (int) image.getHeight(), csv.getFileName(), json.getFileName());
        return 0;
    }

    /** Computes the figure's data here, draws it on the FX thread, writes the PNG and the CSV. */
    private <D> WritableImage renderAndWrite(ExportFigure<D> figure, Scenario scenario, Path base, Path csv)
            throws Exception {
        D data = figure.compute(scenario, base);
        WritableImage image = onFxThread(() -> FigureExporter.render(figure.chart(data, scenario), width, height,
                scale));
        FigureExporter.writePng(image, out);
        figure.writeCsv(data, csv);
        return image;
    }

    /** The view names, for the help text. */
    static final class ViewNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            java.util.List<String> names = new java.util.ArrayList<>();
            WorkbenchUis.figures().forEach(f -> names.add(f.name()));
            names.add(WINDOW);
            return names.iterator();
        }
    }

    /** Starts a rendering on the FX thread and waits for its result here. */
    private <T> T onFxThread(Supplier<CompletableFuture<T>> rendering) throws Exception {
        CompletableFuture<T> image = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                rendering.get().whenComplete((result, error) -> {
                    if (error != null) {
                        image.completeExceptionally(error);
                    } else {
                        image.complete(result);
                    }
                });
            } catch (RuntimeException e) {
                image.completeExceptionally(e);
            }
        });
        try {
            return image.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        } catch (TimeoutException e) {
            throw new IllegalStateException("rendering the " + view + " figure did not finish in " + TIMEOUT_SECONDS
                    + " s", e);
        }
    }
}

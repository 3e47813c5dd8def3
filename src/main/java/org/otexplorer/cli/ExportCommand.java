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
import org.otexplorer.service.ScenarioSnapshot;
import org.otexplorer.ui.export.FigureExporter;
import org.otexplorer.ui.WindowFigure;
import org.otexplorer.ui.export.FigureViews;
import org.otexplorer.ui.export.HeadlessFx;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code otx export}: renders a scenario's figure headlessly to PNG (exactly width·scale × height·scale
 * pixels) with its data as CSV and the scenario JSON beside it, so a paper's figure can be regenerated
 * from its scenario.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Render a scenario's figure (data, plan, spectrum, trace or the whole window) to PNG, with CSV and "
                + "scenario JSON beside it.")
public final class ExportCommand implements Callable<Integer> {
    private static final String WINDOW = "window";
    private static final long TIMEOUT_SECONDS = 600;

    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", required = true, paramLabel = "FILE.json", description = "The scenario file.")
    Path scenarioFile;

    @Option(names = "--view", required = true, paramLabel = "NAME",
            description = "data, plan, spectrum, trace (regression scenarios: optimizers run to their end) or window.")
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
        if (!FigureViews.VIEWS.contains(view) && !window) {
            throw new IllegalArgumentException("view '" + view + "' is not available; otx export renders "
                    + FigureViews.VIEWS + " and " + WINDOW);
        }
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
        ScenarioSnapshot snapshot;
        if (window) {
            // The window computes everything itself; its panels' results give the CSV, so nothing runs twice.
            WindowFigure.Rendered rendered = onFxThread(() -> WindowFigure.render(scenario, scenarioFile, width, height,
                    scale));
            image = rendered.image();
            snapshot = rendered.shown();
        } else {
            ScenarioSnapshot computed = ScenarioSnapshot.compute(scenario, base, "spectrum".equals(view),
                    "trace".equals(view));
            image = onFxThread(() -> FigureExporter.render(FigureViews.chart(view, computed, scenario.view()), width,
                    height, scale));
            snapshot = computed;
        }
        FigureExporter.writePng(image, out);
        Path csv = FigureExporter.sibling(out, ".csv");
        Path json = FigureExporter.sibling(out, ".scenario.json");
        FigureViews.writeCsv(window ? (snapshot.traces() != null ? "trace" : "plan") : view, snapshot, csv);
        ScenarioFiles.save(scenario, json);
        spec.commandLine().getOut().printf("wrote %s (%dx%d pixels), %s, %s%n", out, (int) image.getWidth(),
                (int) image.getHeight(), csv.getFileName(), json.getFileName());
        return 0;
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

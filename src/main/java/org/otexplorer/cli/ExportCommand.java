package org.otexplorer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.otexplorer.io.Scenario;
import org.otexplorer.io.ScenarioFiles;
import org.otexplorer.ui.WindowFigure;
import org.otexplorer.ui.export.AnimationExporter;
import org.otexplorer.ui.export.AnimationTarget;
import org.otexplorer.ui.export.FigureExporter;
import org.otexplorer.ui.export.FigureFormat;
import org.otexplorer.ui.export.FigureSize;
import org.otexplorer.ui.export.HeadlessFx;
import org.otexplorer.ui.export.RenderedFigure;
import org.otexplorer.ui.workbench.AnimatedFigure;
import org.otexplorer.ui.workbench.ExportFigure;
import org.otexplorer.ui.workbench.WorkbenchUis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code otx export}: renders a scenario's figure headlessly as a PNG (exactly width·scale × height·scale pixels)
 * or as an SVG or PDF page of the same picture in vector shapes, with its data as CSV and the scenario JSON beside
 * it, so a paper's figure can be regenerated from its scenario. The figures are those every registered workbench
 * exports ({@link WorkbenchUis#figures()}), and the whole window. Every file is written whole or not at all; a
 * successful run prints one line on stdout and nothing on stderr. With {@code --animate}, an animated figure (an ε
 * annealing, a Sinkhorn step-through, an optimizer race) is written as an animated GIF, or with
 * {@code --frames-as-png} as numbered PNG frames ({@link AnimationExporter}).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Render a scenario's figure (any workbench's, or the whole window) as PNG, SVG or PDF, with CSV "
                + "and scenario JSON beside it; --animate writes an animated figure as a GIF or numbered PNG frames.")
public final class ExportCommand implements Callable<Integer> {
    private static final String WINDOW = "window";

    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", required = true, paramLabel = "FILE.json", description = "The scenario file.")
    Path scenarioFile;

    @Option(names = "--view", required = true, paramLabel = "NAME",
            description = "A workbench's figure (see otx export --help for the list) or window.",
            completionCandidates = ViewNames.class)
    String view;

    @Option(names = "--out", required = true, paramLabel = "fig.png",
            description = "The figure file to write (.png, .svg or .pdf; with --animate the .gif, or with "
                    + "--frames-as-png the frames' fig.png (fig-000.png, ...) or a folder); its CSV and scenario go "
                    + "beside it.")
    Path out;

    @Option(names = "--animate", description = "Write an animated figure's frames as an animated GIF "
            + "(looping, each frame shown for the figure's frame time).")
    boolean animate;

    @Option(names = "--frames-as-png", description = "With --animate: write numbered PNG frames instead of a GIF.")
    boolean framesAsPng;

    @Option(names = "--format", paramLabel = "png|svg|pdf",
            description = "File format (default: from the --out extension, else png). SVG and PDF are vector.")
    String format;

    @Option(names = "--width", paramLabel = "W", description = "Figure width in points, 1-8000 (default 900; window "
            + "1440).")
    Integer width;

    @Option(names = "--height", paramLabel = "H", description = "Figure height in points, 1-8000 (default 600; "
            + "window 900).")
    Integer height;

    @Option(names = "--scale", paramLabel = "S", description = "Pixel scale 1-4 (default 1; 4 is print quality); a "
            + "PNG has at most 16384 pixels per side.")
    double scale = 1;

    @Option(names = "--title", paramLabel = "TEXT", description = "A title above the figure (not for window).")
    String title;

    @Override
    public Integer call() throws Exception {
        boolean window = WINDOW.equals(view);
        ExportFigure<?> figure = window ? null : WorkbenchUis.figure(view);
        FigureFormat fileFormat = format == null ? FigureFormat.of(out) : FigureFormat.parse(format);
        FigureSize size = new FigureSize(width != null ? width : window ? 1440 : 900,
                height != null ? height : window ? 900 : 600, scale).checkedFor(fileFormat);
        if (window && title != null) {
            throw new IllegalArgumentException("--title applies to a figure, not to the whole window");
        }
        if (animate || framesAsPng || out.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                .endsWith(".gif")) {
            if (format != null || title != null) {
                throw new IllegalArgumentException((format != null ? "--format" : "--title") + " does not apply to "
                        + "--animate, which writes a GIF (or PNG frames with --frames-as-png)");
            }
            return animate(animated(figure), size);
        }
        if (Files.isDirectory(out)) {
            throw new IllegalArgumentException("--out " + out + " is a folder; give the figure's file name, e.g. "
                    + out.resolve("figure." + fileFormat.extension()));
        }
        Scenario scenario = ScenarioFiles.load(scenarioFile);
        Path base = scenarioFile.toAbsolutePath().getParent();
        HeadlessFx.ensureStarted(Math.min(FigureSize.MAX_PIXELS, size.pixelWidth()),
                Math.min(FigureSize.MAX_PIXELS, size.pixelHeight()));
        RenderedFigure rendered;
        Path csv = FigureExporter.sibling(out, ".csv");
        if (window) {
            // The window computes everything itself; its panels' results give the CSV, so nothing runs twice.
            WindowFigure.Rendered shown = HeadlessFx.call(() -> WindowFigure.render(scenario, scenarioFile, size,
                    fileFormat));
            rendered = shown.figure();
            rendered.write(out);
            shown.csv().accept(csv);
        } else {
            rendered = renderAndWrite(figure, scenario, base, csv, size, fileFormat);
        }
        Path json = FigureExporter.sibling(out, ".scenario.json");
        ScenarioFiles.save(scenario, json);
        spec.commandLine().getOut().printf("wrote %s (%s), %s, %s%n", out, rendered.describe(), csv.getFileName(),
                json.getFileName());
        return 0;
    }

    /** Computes the figure's data here, draws it on the FX thread, writes the figure and the CSV. */
    private <D> RenderedFigure renderAndWrite(ExportFigure<D> figure, Scenario scenario, Path base, Path csv,
                                              FigureSize size, FigureFormat fileFormat) throws Exception {
        D data = figure.compute(scenario, base);
        RenderedFigure rendered = HeadlessFx.call(() -> FigureExporter.render(figure.chart(data, scenario), size, title,
                fileFormat));
        rendered.write(out);
        figure.writeCsv(data, csv);
        return rendered;
    }

    /** The figure {@code --animate} asks for, checked to be animated and the options to fit. */
    private AnimatedFigure<?> animated(ExportFigure<?> figure) {
        if (!animate) {
            throw new IllegalArgumentException(framesAsPng ? "--frames-as-png needs --animate"
                    : "a .gif is an animation: add --animate (and give an animated view), or write a .png");
        }
        if (!(figure instanceof AnimatedFigure<?> animated)) {
            List<String> names = WorkbenchUis.figures().stream().filter(f -> f instanceof AnimatedFigure<?>)
                    .map(ExportFigure::name).toList();
            throw new IllegalArgumentException("the " + view + " view is not animated; --animate takes "
                    + String.join(", ", names));
        }
        return animated;
    }

    /** Computes every frame's data here, renders the frames on the FX thread, writes them. */
    private <D> Integer animate(AnimatedFigure<D> figure, FigureSize size) {
        AnimationTarget target = AnimationTarget.of(out, framesAsPng, view);
        Scenario scenario = ScenarioFiles.load(scenarioFile);
        D data = figure.compute(scenario, scenarioFile.toAbsolutePath().getParent());
        HeadlessFx.ensureStarted(size.pixelWidth(), size.pixelHeight());
        List<Path> written = AnimationExporter.export(figure, data, scenario, size.width(), size.height(), size.scale(), target,
                (done, total) -> { }, () -> false);
        int frames = figure.frameCount(data);
        spec.commandLine().getOut().printf("wrote %s (%d frames of %dx%d pixels, %d ms each), %s, %s%n", target,
                frames, size.pixelWidth(), size.pixelHeight(), figure.frameMillis(data),
                written.get(written.size() - 2).getFileName(), written.get(written.size() - 1).getFileName());
        return 0;
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
}

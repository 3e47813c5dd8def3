package org.otexplorer.ui.ipot;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.otexplorer.colour.RgbImage;
import org.otexplorer.io.ImageFiles;
import org.otexplorer.io.Scenario;
import org.otexplorer.parameters.Parameter;
import org.otexplorer.service.JobListener;
import org.otexplorer.ui.workbench.Dialogs;
import org.otexplorer.ui.workbench.Phrases;
import org.otexplorer.ui.workbench.SectionControls;
import org.otexplorer.ui.workbench.SettingsGrid;
import org.otexplorer.ui.workbench.WorkbenchContext;

/**
 * The panel "Colour transfer" (ColourPanel.fxml; thesis Fig. 2.7, math.md §16.7): the source, the target and every
 * result side by side (per channel: exact, IPOT, Sinkhorn at two ε; jointly in RGB), each with its contrast, under
 * one synchronised zoom ({@link SyncedZoom}). Images are opened with a file chooser; one that cannot be read is
 * refused with a dialog and the scenario keeps its images. The results export as PNG files.
 */
public final class ColourPanelController implements IpotPanel {
    private static final int COLUMNS = 4;

    @FXML
    private javafx.scene.layout.GridPane controls;
    @FXML
    private Label summary;
    @FXML
    private GridPane images;

    private final SyncedZoom zoom = new SyncedZoom();
    private final List<ImageView> views = new ArrayList<>();
    private final List<Label> captions = new ArrayList<>();
    private WorkbenchContext context;
    private PanelJob<ColourResult> transfer;

    @FXML
    private void initialize() {
        for (int c = 0; c < COLUMNS; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / COLUMNS);
            images.getColumnConstraints().add(column);
        }
        for (int r = 0; r < 2; r++) {
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(50);
            row.setVgrow(Priority.ALWAYS);
            images.getRowConstraints().add(row);
        }
    }

    /** Links the panel to the window's scenario and service (the view computes it). */
    void attach(WorkbenchContext workbench) {
        context = workbench;
        transfer = new PanelJob<>(context, analysis(), s -> ColourResult.inputs(input(s)), this::show,
                m -> showFailure("Cannot transfer the colours: " + m));
        SectionControls section = new SectionControls(context.model(), IpotSection.NAME, List.of(
                IpotSection.COLOUR_BETA, IpotSection.JOINT_SAMPLES, IpotSection.IMAGE_SIZE));
        ListField epsilons = new ListField(context.model(), IpotSection.COLOUR_EPSILONS, s -> s);
        SettingsGrid.fill(controls, section.nodes(), List.of(epsilons.node()));
    }

    @Override
    public List<PanelJob<?>> jobs() {
        return List.of(transfer);
    }

    /** The results on display, or {@code null}. */
    ColourResult shown() {
        return transfer.result();
    }

    SyncedZoom zoom() {
        return zoom;
    }

    List<ImageView> imageViews() {
        return List.copyOf(views);
    }

    List<String> captionTexts() {
        return captions.stream().map(Label::getText).toList();
    }

    /** Opens a source or target image from a file, or says why it cannot (a dialog) and changes nothing. */
    void useImage(Path file, boolean source) {
        Parameter<String> field = source ? IpotSection.SOURCE_IMAGE : IpotSection.TARGET_IMAGE;
        context.service().submit("ipot.imageCheck", c -> {
            ImageFiles.read(file);
            return file;
        }, new JobListener<Path>() {
            @Override
            public void onResult(Path ok) {
                context.model().update(s -> IpotSection.with(s, field, relative(ok)));
            }

            @Override
            public void onError(long jobId, String message) {
                Dialogs.error(context.owner(), "This image cannot be read", IpotSection.field(field) + ": " + message);
            }
        });
    }

    /** Writes every image on display as PNG into a folder (a job), or says why it cannot. */
    void exportTo(Path folder) {
        ColourResult r = transfer.result();
        if (r == null) {
            Dialogs.error(context.owner(), "Nothing to export", "The colour transfer has not finished yet.");
            return;
        }
        context.service().submit("ipot.colourExport", c -> {
            for (int k = 0; k < r.images().size(); k++) {
                ImageFiles.writePng(r.images().get(k), folder.resolve(fileName(k, r.names().get(k))));
            }
            return folder;
        }, new JobListener<Path>() {
            @Override
            public void onResult(Path done) {
                context.status().notice("Wrote " + r.images().size() + " PNG images to " + done);
            }

            @Override
            public void onError(long jobId, String message) {
                Dialogs.error(context.owner(), "Cannot export the images", message);
            }
        });
    }

    /** "03-per-channel-ipot-beta-0.05.png". */
    static String fileName(int k, String name) {
        return String.format(Locale.ROOT, "%02d-%s.png", k, name.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9.]+", "-").replaceAll("^-|-$", ""));
    }

    @FXML
    private void openSource() {
        choose(true);
    }

    @FXML
    private void openTarget() {
        choose(false);
    }

    @FXML
    private void paintedImages() {
        context.model().update(s -> IpotSection.with(IpotSection.with(s, IpotSection.SOURCE_IMAGE, ""),
                IpotSection.TARGET_IMAGE, ""));
    }

    @FXML
    private void exportImages() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Export the colour transfer as PNG");
        File folder = chooser.showDialog(context.owner());
        if (folder != null) {
            exportTo(folder.toPath());
        }
    }

    private void choose(boolean source) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(source ? "Open the source image" : "Open the target image");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG or JPEG images", "*.png", "*.jpg",
                "*.jpeg"));
        File file = chooser.showOpenDialog(context.owner());
        if (file != null) {
            useImage(file.toPath(), source);
        }
    }

    private String relative(Path file) {
        Path base = context.model().baseDirectory();
        Path absolute = file.toAbsolutePath().normalize();
        if (base != null && absolute.startsWith(base.toAbsolutePath().normalize())) {
            return base.toAbsolutePath().normalize().relativize(absolute).toString();
        }
        return absolute.toString();
    }

    private ColourResult.Input input(Scenario s) {
        return new ColourResult.Input(s, context.model().baseDirectory());
    }

    /** The transfer of a scenario with the window's folder for its image paths. */
    private org.otexplorer.service.Analysis<Scenario, ColourResult> analysis() {
        return new org.otexplorer.service.Analysis<>() {
            @Override
            public String channel() {
                return ColourResult.ANALYSIS.channel();
            }

            @Override
            public org.otexplorer.service.Job<ColourResult> job(Scenario s) {
                return ColourResult.ANALYSIS.job(input(s));
            }
        };
    }

    private void show(ColourResult r) {
        while (views.size() < r.images().size()) {
            ImageView view = new ImageView();
            view.setPreserveRatio(true);
            view.setSmooth(false);
            StackPane holder = new StackPane(view);
            holder.setMinSize(0, 0);
            holder.getStyleClass().add("chart-holder");
            view.fitWidthProperty().bind(holder.widthProperty().subtract(4));
            view.fitHeightProperty().bind(holder.heightProperty().subtract(4));
            Label caption = new Label();
            caption.getStyleClass().add("figure");
            caption.setWrapText(true);
            caption.setMinHeight(Region.USE_PREF_SIZE);
            VBox cell = new VBox(2, caption, holder);
            VBox.setVgrow(holder, Priority.ALWAYS);
            cell.setMinSize(0, 0);
            int k = views.size();
            images.add(cell, k % COLUMNS, k / COLUMNS);
            views.add(view);
            captions.add(caption);
            zoom.add(view);
        }
        for (int k = 0; k < views.size(); k++) {
            boolean used = k < r.images().size();
            views.get(k).getParent().getParent().setVisible(used);
            if (!used) {
                continue;
            }
            RgbImage image = r.images().get(k);
            WritableImage fx = new WritableImage(image.width(), image.height());
            fx.getPixelWriter().setPixels(0, 0, image.width(), image.height(), PixelFormat.getIntArgbInstance(),
                    r.argb().get(k), 0, image.width());
            views.get(k).setImage(fx);
            double[] c = r.contrasts().get(k);
            captions.get(k).setText(caption(r.names().get(k), c));
        }
        zoom.apply();
        summary.setText(String.format(Locale.ROOT, "%d × %d source, %d × %d target", r.images().get(0).width(),
                r.images().get(0).height(), r.images().get(1).width(), r.images().get(1).height()));
    }

    /**
     * "per channel, Sinkhorn ε = 0.01" over "contrast (std R, G, B) 50.8 36.1 48.2", wrapping only between phrases
     * ({@link Phrases}): in presenter mode at 1280 × 800 the column broke "ε =" from "0.01" and the three
     * contrasts apart.
     */
    private static String caption(String name, double[] contrast) {
        return Phrases.list(IpotLabels.onScreen(name).split(", ")) + "\n" + Phrases.unbroken("contrast (std R, G, B)")
                + " " + Phrases.unbroken(String.format(Locale.ROOT, "%.1f %.1f %.1f", contrast[0], contrast[1],
                contrast[2]));
    }

    private void showFailure(String message) {
        summary.setText(message);
        context.status().error("Colour transfer: " + message);
    }
}

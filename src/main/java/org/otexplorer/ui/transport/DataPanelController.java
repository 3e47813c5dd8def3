package org.otexplorer.ui.transport;

import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import org.otexplorer.io.DataSpec;
import org.otexplorer.io.Scenario;
import org.otexplorer.service.ComputeService;
import org.otexplorer.service.DemoPointClouds;
import org.otexplorer.service.JobListener;
import org.otexplorer.ui.workbench.Dialogs;
import org.otexplorer.ui.workbench.WholeNumberSpinner;
import org.otexplorer.ui.workbench.ParameterSlider;
import org.otexplorer.ui.workbench.ScenarioEditor;
import org.otexplorer.ui.workbench.ScenarioModel;

/**
 * The data controls (DataPanel.fxml): generator, sizes, seed, noise, outliers, Regenerate and CSV import.
 * Controls the chosen generator does not read are disabled.
 */
public final class DataPanelController {
    private static final String IMPORT_CHANNEL = "transport.import";

    @FXML
    private ComboBox<String> generator;
    @FXML
    private GridPane sizes;
    @FXML
    private ParameterSlider noise;
    @FXML
    private ParameterSlider shuffle;
    @FXML
    private ParameterSlider outliers;
    @FXML
    private Button regenerate;
    @FXML
    private Label csvFiles;

    private final WholeNumberSpinner n = spinner("n", 1, DataSpec.MAX_POINTS, 60, 10,
            "Number of source points (rows of the plan).");
    private final WholeNumberSpinner m = spinner("m", 1, DataSpec.MAX_POINTS, 60, 10,
            "Number of target points (columns of the plan).");
    private final WholeNumberSpinner d = spinner("d", 1, DataSpec.MAX_DIMENSION, 2, 1,
            "Dimension of the points; the scatter shows two coordinates of them.");
    private final WholeNumberSpinner seed = spinner("seed", 0, Long.MAX_VALUE, 1, 1,
            "Seed of every random draw: the same seed always gives the same picture.");
    private ScenarioEditor editor;
    private ComputeService service;

    @FXML
    private void initialize() {
        generator.getItems().setAll(DemoPointClouds.GENERATORS);
        sizes.add(n, 0, 1);
        sizes.add(m, 1, 1);
        sizes.add(d, 0, 3);
        sizes.add(seed, 1, 3);
        for (WholeNumberSpinner w : List.of(n, m, d, seed)) {
            w.setOnRefused(message -> Dialogs.error(generator.getScene().getWindow(), "Not a valid value", message));
        }
    }

    private WholeNumberSpinner spinner(String name, long min, long max, long initial, long step, String tip) {
        WholeNumberSpinner w = new WholeNumberSpinner(name, min, max, initial, step, v -> {
            if ("seed".equals(name)) {
                editor.edit(s -> s.withSeed(v));
            } else {
                editSizes();
            }
        });
        w.setPrefWidth(100);
        w.setTooltip(new Tooltip(tip + " Allowed: " + min + " to " + max + "."));
        w.setId("data-" + name);
        return w;
    }

    /** Links the controls to the scenario; imported files are checked on {@code compute} before they are used. */
    void bind(ScenarioModel model, ComputeService compute) {
        service = compute;
        editor = new ScenarioEditor(model, s -> java.util.List.of(s.data(), s.seed()), this::show);
        generator.valueProperty().addListener((o, a, g) -> editData(spec -> spec.withGenerator(g)));
        noise.valueProperty().addListener((o, a, v) -> editData(spec -> spec.withNoise(v.doubleValue())));
        shuffle.valueProperty().addListener((o, a, v) -> editFractions());
        outliers.valueProperty().addListener((o, a, v) -> editFractions());
    }

    /** Draws new data with the next seed. */
    @FXML
    void regenerate() {
        editor.edit(s -> s.withSeed(s.seed() + 1));
    }

    @FXML
    private void importCsv() {
        File source = chooseCsv("Source points (CSV, one point per row)");
        File target = source == null ? null : chooseCsv("Target points (CSV, one point per row)");
        if (target != null) {
            importFiles(source.toPath(), target.toPath());
        }
    }

    /**
     * Uses two CSV files as the source and target points once both have been read: a file that does not load shows
     * a dialog and changes nothing.
     */
    public void importFiles(java.nio.file.Path source, java.nio.file.Path target) {
        Scenario before = editor.scenario();
        DataSpec csv = new DataSpec(DemoPointClouds.CSV, before.data().n(), before.data().m(), before.data().d(),
                before.data().noise(), before.data().shuffleFraction(), before.data().outlierFraction(),
                before.data().parameters(), Map.of("source", source.toAbsolutePath().toString(), "target",
                target.toAbsolutePath().toString()));
        // Read the files first: a file that does not load changes nothing (issue 12 item 12). Their dimension
        // becomes data.d, which bounds the coordinates the source-and-target panel may draw (Scenario.coordinateLimit).
        service.submit(IMPORT_CHANNEL, context -> DemoPointClouds.create(csv, before.seed(), null).source()[0].length,
                new JobListener<Integer>() {
                    @Override
                    public void onResult(Integer dimension) {
                        editor.edit(s -> s.withData(csv.withSizes(csv.n(), csv.m(), dimension)));
                    }

                    @Override
                    public void onError(long jobId, String message) {
                        Dialogs.error(generator.getScene().getWindow(), "The files were not imported", message);
                    }
                });
    }

    private File chooseCsv(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv", "*.txt"));
        return chooser.showOpenDialog(generator.getScene().getWindow());
    }

    private void show(Scenario s) {
        DataSpec data = s.data();
        if (!generator.getItems().contains(data.generator())) {
            generator.getItems().add(data.generator());
        }
        generator.setValue(data.generator());
        n.show(data.n());
        m.show(data.m());
        d.show(data.d());
        seed.show(s.seed());
        noise.setValue(data.noise());
        shuffle.setValue(data.shuffleFraction());
        outliers.setValue(data.outlierFraction());
        Set<String> used = DemoPointClouds.usedFields(data.generator());
        n.setDisable(!used.contains("n"));
        m.setDisable(!used.contains("m"));
        d.setDisable(!used.contains("d"));
        seed.setDisable(!used.contains("seed"));
        regenerate.setDisable(!used.contains("seed"));
        noise.setDisable(!used.contains("noise"));
        shuffle.setDisable(!used.contains("shuffle"));
        outliers.setDisable(!used.contains("outliers"));
        csvFiles.setText(data.points() != null ? data.n() + " source and " + data.m() + " target points written in"
                + " the scenario: edit them on the chart, or pick a generator to draw new ones."
                : data.files().isEmpty() ? "" : "source: " + data.files().get("source") + "\ntarget: "
                + data.files().get("target"));
    }

    private void editSizes() {
        editData(spec -> spec.withSizes(n.getValue().intValue(), m.getValue().intValue(), d.getValue().intValue()));
    }

    private void editFractions() {
        editData(spec -> spec.withFractions(shuffle.getValue(), outliers.getValue()));
    }

    private void editData(java.util.function.UnaryOperator<DataSpec> change) {
        editor.edit(s -> s.withData(change.apply(s.data())));
    }
}

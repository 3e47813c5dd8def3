package org.otexplorer.ui.transport;

import java.io.File;
import java.util.Map;
import java.util.Set;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.stage.FileChooser;
import org.otexplorer.io.DataSpec;
import org.otexplorer.io.Scenario;
import org.otexplorer.service.DemoPointClouds;
import org.otexplorer.ui.workbench.ParameterSlider;
import org.otexplorer.ui.workbench.ScenarioEditor;
import org.otexplorer.ui.workbench.ScenarioModel;

/**
 * The data controls (DataPanel.fxml): generator, sizes, seed, noise, outliers, Regenerate and CSV import.
 * Controls the chosen generator does not read are disabled.
 */
public final class DataPanelController {
    private static final int MAX_POINTS = 5000;

    @FXML
    private ComboBox<String> generator;
    @FXML
    private Spinner<Integer> n;
    @FXML
    private Spinner<Integer> m;
    @FXML
    private Spinner<Integer> d;
    @FXML
    private Spinner<Integer> seed;
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

    private ScenarioEditor editor;

    @FXML
    private void initialize() {
        generator.getItems().setAll(DemoPointClouds.GENERATORS);
        n.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(2, MAX_POINTS, 60, 10));
        m.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(2, MAX_POINTS, 60, 10));
        d.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 50, 2));
        seed.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, Integer.MAX_VALUE, 1));
        for (Spinner<Integer> s : java.util.List.of(n, m, d, seed)) {
            commitTypedTextOnFocusLoss(s);
        }
    }

    /** Links the controls to the scenario. */
    void bind(ScenarioModel model) {
        editor = new ScenarioEditor(model, s -> java.util.List.of(s.data(), s.seed()), this::show);
        generator.valueProperty().addListener((o, a, g) -> editData(spec -> spec.withGenerator(g)));
        n.valueProperty().addListener((o, a, v) -> editSizes());
        m.valueProperty().addListener((o, a, v) -> editSizes());
        d.valueProperty().addListener((o, a, v) -> editSizes());
        seed.valueProperty().addListener((o, a, v) -> editor.edit(s -> s.withSeed(v)));
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
            editor.edit(s -> s.withData(new DataSpec(DemoPointClouds.CSV, s.data().n(), s.data().m(), s.data().d(),
                    s.data().noise(), s.data().shuffleFraction(), s.data().outlierFraction(), s.data().parameters(),
                    Map.of("source", source.getAbsolutePath(), "target", target.getAbsolutePath()))));
        }
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
        n.getValueFactory().setValue(data.n());
        m.getValueFactory().setValue(data.m());
        d.getValueFactory().setValue(data.d());
        seed.getValueFactory().setValue((int) Math.min(Integer.MAX_VALUE, Math.max(0, s.seed())));
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
        csvFiles.setText(data.files().isEmpty() ? "" : "source: " + data.files().get("source") + "\ntarget: "
                + data.files().get("target"));
    }

    private void editSizes() {
        editData(spec -> spec.withSizes(n.getValue(), m.getValue(), d.getValue()));
    }

    private void editFractions() {
        editData(spec -> spec.withFractions(shuffle.getValue(), outliers.getValue()));
    }

    private void editData(java.util.function.UnaryOperator<DataSpec> change) {
        editor.edit(s -> s.withData(change.apply(s.data())));
    }

    /** An editable spinner otherwise drops typed text unless Enter is pressed. */
    private static void commitTypedTextOnFocusLoss(Spinner<Integer> spinner) {
        spinner.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                spinner.increment(0);
            }
        });
    }
}

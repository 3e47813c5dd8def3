package org.otexplorer.ui;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import org.otexplorer.io.Scenario;

/**
 * The main window (MainWindow.fxml): menus, toolbar and shortcuts, and the wiring of the panels to the
 * scenario model, the file actions and the compute coordinator.
 */
public final class MainWindowController {
    /** Where the view split sits when the optimizer traces come forward (they need more height than the spectrum). */
    private static final double TRACE_DIVIDER = 0.5;

    @FXML
    private BorderPane root;
    @FXML
    private Menu recentMenu;
    @FXML
    private CheckMenuItem liveMenuItem;
    @FXML
    private CheckMenuItem darkMenuItem;
    @FXML
    private CheckMenuItem presenterMenuItem;
    @FXML
    private CheckMenuItem spectrumMenuItem;
    @FXML
    private ToggleButton liveToggle;
    @FXML
    private Pane toolbarGap;
    @FXML
    private Label scenarioTitle;
    @FXML
    private Label scenarioDescription;
    @FXML
    private SplitPane viewSplit;
    @FXML
    private TabPane bottomTabs;
    @FXML
    private Tab spectrumTab;
    @FXML
    private Tab traceTab;
    @FXML
    private TracePanelController tracePanelController;
    @FXML
    private DataPanelController dataPanelController;
    @FXML
    private ParametersPanelController parametersPanelController;
    @FXML
    private ScatterPanelController scatterPanelController;
    @FXML
    private PlanPanelController planPanelController;
    @FXML
    private SpectrumPanelController spectrumPanelController;
    @FXML
    private StatusBarController statusBarController;

    private Stage stage;
    private ScenarioModel model;
    private RecentFiles recent;
    private ScenarioFileActions files;
    private ComputeCoordinator compute;
    private FigureExportAction figures;

    @FXML
    private void initialize() {
        HBox.setHgrow(toolbarGap, Priority.ALWAYS);
    }

    /**
     * Connects everything for a window showing {@code initial}, read from {@code file} (relative CSV paths
     * resolve against its directory; {@code null}: not saved anywhere), and starts the first computation.
     */
    void attach(Stage window, RecentFiles recentFiles, Scenario initial, Path file) {
        stage = window;
        recent = recentFiles;
        model = new ScenarioModel(initial, file);
        files = new ScenarioFileActions(stage, model, recent, statusBarController, this::refreshRecentMenu);
        compute = new ComputeCoordinator(model, new ComputeCoordinator.Views(scatterPanelController,
                planPanelController, spectrumPanelController, parametersPanelController, statusBarController));
        figures = new FigureExportAction(stage, model, scatterPanelController, spectrumPanelController,
                tracePanelController, statusBarController);
        dataPanelController.bind(model);
        parametersPanelController.bind(model);
        planPanelController.bind(model);
        spectrumPanelController.bind(model);
        tracePanelController.attach(model, statusBarController);
        liveToggle.selectedProperty().bindBidirectional(compute.liveProperty());
        liveMenuItem.selectedProperty().bindBidirectional(compute.liveProperty());
        spectrumMenuItem.setSelected(true);
        spectrumMenuItem.selectedProperty().addListener((o, was, on) -> showSpectrumPanel(on));
        compute.spectrumVisibleProperty().bind(spectrumMenuItem.selectedProperty()
                .and(spectrumTab.selectedProperty()));
        darkMenuItem.setOnAction(e -> model.updateAppearance(s -> s.withView(s.view().withTheme(
                darkMenuItem.isSelected() ? Themes.DARK : "light"))));
        presenterMenuItem.setOnAction(e -> model.updateAppearance(s -> s.withView(s.view().withPresenterMode(
                presenterMenuItem.isSelected()))));
        model.scenarioProperty().addListener((o, a, s) -> {
            if (s.regression() != null && (a == null || a.regression() == null)) {
                showTraces();
            }
            showScenario(s);
        });
        model.dirtyProperty().addListener((o, a, d) -> refreshTitle());
        model.fileProperty().addListener((o, a, f) -> refreshTitle());
        stage.setOnCloseRequest(e -> {
            if (!files.confirmDiscard()) {
                e.consume();
            }
        });
        if (initial.regression() != null) {
            showTraces();
        }
        showScenario(initial);
        refreshRecentMenu();
        compute.recompute();
    }

    /** Stops background work (the application is closing). */
    void shutdown() {
        compute.close();
        tracePanelController.close();
        spectrumPanelController.close();
    }

    @FXML
    void newScenario() {
        files.newScenario();
    }

    @FXML
    void openScenario() {
        files.open();
    }

    /** Opens a given scenario file, asking about unsaved changes first. */
    void openScenario(Path file) {
        files.open(file);
    }

    @FXML
    void saveScenario() {
        files.save();
    }

    @FXML
    void saveScenarioAs() {
        files.saveAs();
    }

    @FXML
    private void quit() {
        if (files.confirmDiscard()) {
            shutdown();
            Platform.exit();
        }
    }

    @FXML
    private void regenerate() {
        dataPanelController.regenerate();
    }

    @FXML
    private void recompute() {
        compute.recompute();
    }

    @FXML
    private void cancel() {
        compute.cancel();
    }

    @FXML
    private void exportData() {
        figures.export("data");
    }

    @FXML
    private void exportPlan() {
        figures.export("plan");
    }

    @FXML
    private void exportSpectrum() {
        figures.export("spectrum");
    }

    @FXML
    private void exportTrace() {
        figures.export("trace");
    }

    @FXML
    private void togglePlayRace() {
        showTraces();
        tracePanelController.togglePlay();
    }

    @FXML
    private void stepRace() {
        showTraces();
        tracePanelController.step();
    }

    @FXML
    private void resetRace() {
        tracePanelController.reset();
    }

    /** Brings the trace tab forward with room for its charts. */
    private void showTraces() {
        spectrumMenuItem.setSelected(true);
        if (bottomTabs.getSelectionModel().getSelectedItem() != traceTab) {
            bottomTabs.getSelectionModel().select(traceTab);
            viewSplit.setDividerPositions(TRACE_DIVIDER);
        }
    }

    @FXML
    private void exportWindow() {
        figures.export("window");
    }

    /** The figure export action (tests drive it without dialogs). */
    FigureExportAction figures() {
        return figures;
    }

    @FXML
    private void showShortcuts() {
        Dialogs.info(stage, "Keyboard shortcuts", String.join("\n",
                "Ctrl+N  new scenario            Ctrl+O  open",
                "Ctrl+S  save                    Ctrl+Shift+S  save as",
                "Ctrl+R  regenerate data         F5  recompute now",
                "F6  live updates (play/pause)   Esc  cancel the computation",
                "Ctrl+T  dark/light theme        Ctrl+Shift+P  presenter mode",
                "F7  optimizer race play/pause   F8  step   F9  reset",
                "Ctrl+H  bottom panel            F1  this list"));
    }

    /** Saves to a given file (tests; the menu asks for the file). */
    void saveScenarioAs(Path file) {
        files.writeTo(file);
    }

    RecentFiles recentFiles() {
        return recent;
    }

    ScenarioModel model() {
        return model;
    }

    ParametersPanelController parametersPanel() {
        return parametersPanelController;
    }

    PlanPanelController planPanel() {
        return planPanelController;
    }

    ScatterPanelController scatterPanel() {
        return scatterPanelController;
    }

    SpectrumPanelController spectrumPanel() {
        return spectrumPanelController;
    }

    TracePanelController tracePanel() {
        return tracePanelController;
    }

    StatusBarController statusBar() {
        return statusBarController;
    }

    ComputeCoordinator compute() {
        return compute;
    }

    private void showScenario(Scenario s) {
        Themes.apply(root, s.view());
        darkMenuItem.setSelected(Themes.DARK.equals(s.view().theme()));
        presenterMenuItem.setSelected(s.view().presenterMode());
        scenarioDescription.setText(s.description());
        refreshTitle();
    }

    private void refreshTitle() {
        String name = model.scenario().name();
        Path file = model.file();
        String marker = model.isDirty() ? " •" : "";
        scenarioTitle.setText(name + marker);
        stage.setTitle("OT Explorer — " + name + (file == null ? "" : " (" + file.getFileName() + ")") + marker);
    }

    private void refreshRecentMenu() {
        recentMenu.getItems().clear();
        for (Path p : recent.list()) {
            MenuItem item = new MenuItem(p.getFileName() + "   " + p.getParent());
            item.setOnAction(e -> files.open(p));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private void showSpectrumPanel(boolean on) {
        if (on && !viewSplit.getItems().contains(bottomTabs)) {
            viewSplit.getItems().add(bottomTabs);
            viewSplit.setDividerPositions(0.68);
        } else if (!on) {
            viewSplit.getItems().remove(bottomTabs);
        }
    }
}

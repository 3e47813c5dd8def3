package org.otexplorer.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.otexplorer.io.Scenario;
import org.otexplorer.service.ComputeService;
import org.otexplorer.ui.transport.TransportView;
import org.otexplorer.ui.workbench.AnimatedFigure;
import org.otexplorer.ui.workbench.Dialogs;
import org.otexplorer.ui.workbench.ExportFigure;
import org.otexplorer.ui.workbench.ScenarioModel;
import org.otexplorer.ui.workbench.TabStatus;
import org.otexplorer.ui.workbench.WorkbenchContext;
import org.otexplorer.ui.workbench.WorkbenchUi;
import org.otexplorer.ui.workbench.WorkbenchUis;
import org.otexplorer.ui.workbench.WorkbenchView;
import org.otexplorer.workbench.Workbenches;

/**
 * The main window (MainWindow.fxml): menus, toolbar and shortcuts, one tab per registered workbench
 * ({@link WorkbenchUis}), the status bar, and the one scenario model and compute service the workbenches share.
 * The front tab is the scenario's {@code workbench}; only it computes. The Compute, Figure and View menus add
 * the front workbench's own items.
 */
public final class MainWindowController {
    /** Redo's second shortcut (Ctrl+Y beside the menu item's Ctrl+Shift+Z). */
    private static final KeyCombination REDO_ALIAS = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    @FXML
    private BorderPane root;
    @FXML
    private MenuBar menuBar;
    @FXML
    private Menu recentMenu;
    @FXML
    private Menu computeMenu;
    @FXML
    private Menu figureMenu;
    @FXML
    private Menu viewMenu;
    @FXML
    private MenuItem undoMenuItem;
    @FXML
    private MenuItem redoMenuItem;
    @FXML
    private CheckMenuItem liveMenuItem;
    @FXML
    private CheckMenuItem darkMenuItem;
    @FXML
    private CheckMenuItem presenterMenuItem;
    @FXML
    private ToggleButton liveToggle;
    @FXML
    private Label scenarioTitle;
    @FXML
    private TabPane workbenchTabs;
    @FXML
    private StatusBarController statusBarController;

    private final Map<String, WorkbenchView> views = new LinkedHashMap<>();
    private final Map<String, TabStatus> statuses = new LinkedHashMap<>();
    private final Map<Tab, String> tabIds = new LinkedHashMap<>();
    private final BooleanProperty live = new SimpleBooleanProperty(this, "live", true);
    private final List<MenuItem> fixedComputeItems = new ArrayList<>();
    private final List<MenuItem> fixedViewItems = new ArrayList<>();
    private Stage stage;
    private ScenarioModel model;
    private RecentFiles recent;
    private ScenarioFileActions files;
    private ComputeService service;
    private FigureExportAction figures;
    private WorkbenchView active;

    @FXML
    private void initialize() {
        Themes.followWindowSize(root);
        fixedComputeItems.addAll(computeMenu.getItems());
        fixedViewItems.addAll(viewMenu.getItems());
    }

    /**
     * Connects everything for a window showing {@code initial}, read from {@code file} (relative CSV paths
     * resolve against its directory; {@code null}: not saved anywhere), and starts the first computation.
     */
    void attach(Stage window, RecentFiles recentFiles, Scenario initial, Path file) {
        stage = window;
        recent = recentFiles;
        model = new ScenarioModel(initial, file);
        service = new ComputeService(Platform::runLater);
        files = new ScenarioFileActions(stage, model, recent, statusBarController, this::refreshRecentMenu);
        figures = new FigureExportAction(stage, model, statusBarController, this::activeView, service);
        liveToggle.selectedProperty().bindBidirectional(live);
        liveMenuItem.selectedProperty().bindBidirectional(live);
        for (WorkbenchUi workbench : WorkbenchUis.all()) {
            TabStatus status = new TabStatus(statusBarController, statusBarController::clear);
            statuses.put(workbench.id(), status);
            WorkbenchView view = workbench.open(new WorkbenchContext(model, service, status, stage, live));
            Tab tab = new Tab(workbench.title(), view.content());
            tab.setId("workbench-" + workbench.id());
            views.put(workbench.id(), view);
            tabIds.put(tab, workbench.id());
            workbenchTabs.getTabs().add(tab);
        }
        darkMenuItem.setOnAction(e -> model.updateAppearance(s -> s.withView(s.view().withTheme(
                darkMenuItem.isSelected() ? Themes.DARK : "light"))));
        presenterMenuItem.setOnAction(e -> model.updateAppearance(s -> s.withView(s.view().withPresenterMode(
                presenterMenuItem.isSelected()))));
        model.scenarioProperty().addListener((o, a, s) -> showScenario(s));
        bindUndo();
        model.dirtyProperty().addListener((o, a, d) -> refreshTitle());
        model.fileProperty().addListener((o, a, f) -> refreshTitle());
        workbenchTabs.getSelectionModel().selectedItemProperty().addListener((o, was, tab) -> {
            String id = tabIds.get(tab);
            if (id != null && !id.equals(model.scenario().workbench())) {
                model.updateAppearance(s -> s.withWorkbench(id));
            }
        });
        stage.setOnCloseRequest(e -> {
            if (!files.confirmDiscard()) {
                e.consume();
            }
        });
        showScenario(initial);
        refreshRecentMenu();
    }

    /** Stops background work (the application is closing). */
    void shutdown() {
        views.values().forEach(WorkbenchView::close);
        service.close();
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
    void undo() {
        model.undo();
    }

    @FXML
    void redo() {
        model.redo();
    }

    /**
     * Edit → Undo / Redo name the edit they revert or repeat and are enabled only when there is one; Ctrl+Y redoes.
     * Whatever one press of the mouse does until its release (a slider drag, a held spinner arrow) is one step.
     */
    private void bindUndo() {
        root.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            model.endGesture(); // a release that never came (the pointer left the window) ends nothing else
            model.beginGesture(null);
        });
        root.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> model.endGesture());
        undoMenuItem.textProperty().bind(Bindings.createStringBinding(() -> editText("_Undo",
                model.undoNameProperty().get()), model.undoNameProperty()));
        redoMenuItem.textProperty().bind(Bindings.createStringBinding(() -> editText("_Redo",
                model.redoNameProperty().get()), model.redoNameProperty()));
        undoMenuItem.disableProperty().bind(model.undoNameProperty().isNull());
        redoMenuItem.disableProperty().bind(model.redoNameProperty().isNull());
        Runnable addAlias = () -> root.getScene().getAccelerators().put(REDO_ALIAS, this::redo);
        if (root.getScene() != null) {
            addAlias.run();
        } else {
            root.sceneProperty().addListener((o, was, scene) -> {
                if (scene != null) {
                    addAlias.run();
                }
            });
        }
    }

    private static String editText(String action, String edit) {
        return edit == null ? action : action + " " + edit;
    }

    @FXML
    private void regenerate() {
        model.update(s -> s.withSeed(s.seed() + 1));
    }

    @FXML
    private void recompute() {
        active.recompute();
    }

    @FXML
    private void cancel() {
        active.cancel();
    }

    @FXML
    private void exportWindow() {
        figures.export(FigureExportAction.WINDOW);
    }

    /** The figure export action (tests drive it without dialogs). */
    FigureExportAction figures() {
        return figures;
    }

    @FXML
    private void showShortcuts() {
        Dialogs.info(stage, "Keyboard shortcuts", ShortcutTable.grid(shortcuts()));
    }

    /** The shortcuts Help → Keyboard shortcuts lists: the menus' accelerators and the redo alias. */
    private List<ShortcutTable.Section> shortcuts() {
        return ShortcutTable.sections(menuBar.getMenus(), Map.of(redoMenuItem, List.of(REDO_ALIAS)));
    }

    /** Saves to a given file (tests; the menu asks for the file). */
    void saveScenarioAs(Path file) {
        files.writeTo(file);
    }

    /** Edit → Undo and Redo (tests read their text and state). */
    List<MenuItem> undoRedoItems() {
        return List.of(undoMenuItem, redoMenuItem);
    }

    RecentFiles recentFiles() {
        return recent;
    }

    ScenarioModel model() {
        return model;
    }

    /** The workbench in front. */
    WorkbenchView activeView() {
        return active;
    }

    /** The open workbench with this id. */
    WorkbenchView view(String id) {
        return views.get(id);
    }

    /** The compute service the workbenches share (tests hold a channel with it). */
    ComputeService service() {
        return service;
    }

    /** The transport workbench (most tests drive it). */
    TransportView compute() {
        return (TransportView) views.get(Workbenches.DEFAULT);
    }

    org.otexplorer.ui.transport.ParametersPanelController parametersPanel() {
        return compute().parametersPanel();
    }

    org.otexplorer.ui.transport.PlanPanelController planPanel() {
        return compute().planPanel();
    }

    org.otexplorer.ui.transport.ScatterPanelController scatterPanel() {
        return compute().scatterPanel();
    }

    org.otexplorer.ui.transport.SpectrumPanelController spectrumPanel() {
        return compute().spectrumPanel();
    }

    org.otexplorer.ui.transport.TracePanelController tracePanel() {
        return compute().tracePanel();
    }

    StatusBarController statusBar() {
        return statusBarController;
    }

    private void showScenario(Scenario s) {
        Themes.apply(root, s.view());
        darkMenuItem.setSelected(Themes.DARK.equals(s.view().theme()));
        presenterMenuItem.setSelected(s.view().presenterMode());
        activate(s.workbench());
        refreshTitle();
    }

    /** Brings a workbench to the front: its tab, its menu items; the others stop computing. */
    private void activate(String id) {
        WorkbenchView next = views.get(id);
        if (next == null || next == active) {
            return;
        }
        if (active != null) {
            active.setActive(false);
        }
        statuses.values().forEach(s -> s.setFront(false));
        statuses.get(id).setFront(true); // the bar shows the front workbench's own state, never another's
        active = next;
        tabIds.forEach((tab, tabId) -> {
            if (tabId.equals(id)) {
                workbenchTabs.getSelectionModel().select(tab);
            }
        });
        computeMenu.getItems().setAll(fixedComputeItems);
        if (!next.computeItems().isEmpty()) {
            computeMenu.getItems().add(new SeparatorMenuItem());
            computeMenu.getItems().addAll(next.computeItems());
        }
        viewMenu.getItems().setAll(fixedViewItems);
        viewMenu.getItems().addAll(next.viewItems());
        refreshFigureMenu(WorkbenchUis.byId(id));
        next.setActive(true);
    }

    private void refreshFigureMenu(WorkbenchUi workbench) {
        figureMenu.getItems().clear();
        for (ExportFigure<?> figure : workbench.figures()) {
            if (figure instanceof AnimatedFigure<?>) {
                continue; // Export animation… below; otx export renders their single frames
            }
            MenuItem item = new MenuItem(figure.menuText());
            item.setOnAction(e -> figures.export(figure.name()));
            item.setAccelerator(figure.accelerator());
            figureMenu.getItems().add(item);
        }
        List<AnimatedFigure<?>> animated = new ArrayList<>();
        workbench.figures().forEach(f -> {
            if (f instanceof AnimatedFigure<?> a) {
                animated.add(a);
            }
        });
        if (!animated.isEmpty()) {
            MenuItem animation = new MenuItem("Export _animation…");
            animation.setId("export-animation");
            animation.setAccelerator(javafx.scene.input.KeyCombination.keyCombination("Shortcut+Shift+E"));
            animation.setOnAction(e -> figures.exportAnimation(animated));
            figureMenu.getItems().addAll(new SeparatorMenuItem(), animation);
        }
        MenuItem window = new MenuItem("Export whole _window…");
        window.setOnAction(e -> exportWindow());
        figureMenu.getItems().addAll(new SeparatorMenuItem(), window);
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
}

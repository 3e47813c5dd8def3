package org.otexplorer.ui.permutation;

import java.util.List;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.BorderPane;
import org.otexplorer.io.Scenario;
import org.otexplorer.ui.workbench.ScenarioDescription;
import org.otexplorer.ui.workbench.TabStatus;
import org.otexplorer.ui.workbench.WorkbenchContext;
import org.otexplorer.ui.workbench.WorkbenchView;

/**
 * The permutation workbench in a window (PermutationView.fxml): three panels in tabs, the normalisation lab, the
 * random-sample grid and the training race, the one in front named by the scenario ({@code permutation.view}). The
 * lab and the grid compute on the window's service when what they show changes (while live updates are on and the
 * workbench is in front); the race is prepared paused and runs only on Play or Step. In the back nothing computes
 * and the race pauses.
 */
public final class PermutationView implements WorkbenchView {
    @FXML
    private BorderPane root;
    @FXML
    private ScenarioDescription scenarioDescription; // folded to four lines: the panels below keep their room
    @FXML
    private TabPane panels;
    @FXML
    private Tab labTab;
    @FXML
    private Tab gridTab;
    @FXML
    private Tab raceTab;
    @FXML
    private LabPanelController labPanelController;
    @FXML
    private GridPanelController gridPanelController;
    @FXML
    private RacePanelController racePanelController;

    private WorkbenchContext context;
    private Map<String, Tab> tabs;
    private final Map<Tab, TabStatus> statuses = new java.util.HashMap<>();
    private boolean active;

    /** Connects the panels to the window's scenario and service (the workbench opens it). */
    void attach(WorkbenchContext workbench) {
        context = workbench;
        tabs = Map.of("lab", labTab, "grid", gridTab, "race", raceTab);
        labPanelController.attach(panelContext(labTab));
        gridPanelController.attach(panelContext(gridTab), this::openInLab);
        racePanelController.attach(panelContext(raceTab));
        panels.getSelectionModel().selectedItemProperty().addListener((o, was, tab) -> {
            statuses.forEach((panel, status) -> status.setFront(panel == tab));
            String id = tabs.entrySet().stream().filter(e -> e.getValue() == tab).map(Map.Entry::getKey)
                    .findFirst().orElse("lab");
            if (!id.equals(PermutationSection.of(context.model().scenario()).get(PermutationSection.VIEW))) {
                context.model().updateAppearance(s -> PermutationSection.with(s, PermutationSection.VIEW, id));
            }
            catchUp();
        });
        context.model().scenarioProperty().addListener((o, old, now) -> changed(old, now));
        context.live().addListener((o, was, on) -> catchUp());
        show(context.model().scenario());
    }

    /** The window's parts for a panel, with a status bar of its own that writes only while its tab is in front. */
    private WorkbenchContext panelContext(Tab tab) {
        TabStatus status = TabStatus.ofPanel(context.status());
        status.setFront(tab.isSelected());
        statuses.put(tab, status);
        return new WorkbenchContext(context.model(), context.service(), status, context.owner(), context.live());
    }

    @Override
    public Node content() {
        return root;
    }

    @Override
    public List<MenuItem> computeItems() {
        return List.of(item("Permutation: play/pause", KeyCode.F7, this::togglePlay),
                item("Permutation: step", KeyCode.F8, this::step),
                item("Permutation: reset", KeyCode.F9, this::reset));
    }

    @Override
    public void setActive(boolean front) {
        active = front;
        if (front) {
            catchUp();
        } else {
            cancel();
        }
    }

    @Override
    public void recompute() {
        Scenario s = context.model().scenario();
        labPanelController.compute(s);
        gridPanelController.compute(s);
        racePanelController.load(s);
    }

    @Override
    public void cancel() {
        labPanelController.cancel();
        gridPanelController.cancel();
        racePanelController.pause();
    }

    @Override
    public void completeForFigure() {
        if (raceTab.isSelected()) {
            racePanelController.play();
        }
    }

    @Override
    public boolean isIdle() {
        Scenario s = context.model().scenario();
        boolean panelsCurrent = labPanelController.isCurrent(s) && gridPanelController.isCurrent(s)
                && racePanelController.isLoaded(s);
        boolean quiet = !context.service().isBusy(LabResult.ANALYSIS.channel())
                && !context.service().isBusy(GridResult.ANALYSIS.channel());
        boolean raceDone = !raceTab.isSelected() || !racePanelController.isPlaying();
        return panelsCurrent && quiet && raceDone;
    }

    @Override
    public String failure() {
        for (String f : new String[] {labPanelController.failure(), gridPanelController.failure(),
            racePanelController.failure()}) {
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    @Override
    public String primaryFigure() {
        String view = PermutationSection.of(context.model().scenario()).get(PermutationSection.VIEW);
        return switch (view) {
            case "grid" -> PermutationFigures.GRID;
            case "race" -> PermutationFigures.RACE;
            default -> PermutationFigures.LAB;
        };
    }

    @Override
    public void close() {
        labPanelController.cancel();
        gridPanelController.cancel();
        racePanelController.close();
    }

    LabPanelController lab() {
        return labPanelController;
    }

    /** The scenario's description across the top, folded to a few lines with "more". */
    ScenarioDescription description() {
        return scenarioDescription;
    }

    GridPanelController grid() {
        return gridPanelController;
    }

    RacePanelController race() {
        return racePanelController;
    }

    /** Shows a grid cell's sample in the lab and steps through it. */
    private void openInLab(Scenario withSample) {
        context.model().update(s -> withSample);
        labPanelController.playFromStart();
    }

    private void togglePlay() {
        if (raceTab.isSelected()) {
            racePanelController.togglePlay();
        } else {
            labPanelController.togglePlay();
        }
    }

    private void step() {
        if (raceTab.isSelected()) {
            racePanelController.step();
        } else {
            labPanelController.step();
        }
    }

    private void reset() {
        if (raceTab.isSelected()) {
            racePanelController.reset();
        } else {
            labPanelController.reset();
        }
    }

    private void changed(Scenario old, Scenario now) {
        show(now);
        catchUp();
    }

    private void show(Scenario s) {
        scenarioDescription.show(context.model().descriptionOn(PermutationWorkbench.ID));
        Tab front = tabs.get(PermutationSection.of(s).get(PermutationSection.VIEW));
        if (front != null && !front.isSelected()) {
            panels.getSelectionModel().select(front);
        }
    }

    /** Computes what the panels show if it is stale (live updates on, workbench in front). */
    private void catchUp() {
        if (!active || !context.live().get()) {
            return;
        }
        Scenario s = context.model().scenario();
        if (labPanelController.needsCompute(s)) {
            labPanelController.compute(s);
        }
        if (gridPanelController.needsCompute(s)) {
            gridPanelController.compute(s);
        }
        racePanelController.load(s);
    }

    private static MenuItem item(String text, KeyCode key, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(new KeyCodeCombination(key));
        item.setOnAction(e -> action.run());
        return item;
    }
}

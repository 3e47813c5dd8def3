package org.otexplorer.ui.ipot;

import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * The IPOT workbench in a window (IpotView.fxml): its panels in tabs, the one in front named by the scenario
 * ({@code ipot.view}). Only the panel in front computes (while live updates are on and the workbench is in front);
 * another catches up when it comes to the front. Play, step and reset (F7, F8, F9) drive the panel in front.
 */
public final class IpotView implements WorkbenchView {
    @FXML
    private BorderPane root;
    @FXML
    private ScenarioDescription scenarioDescription;
    @FXML
    private TabPane panels;
    @FXML
    private Tab raceTab;
    @FXML
    private Tab pairsTab;
    @FXML
    private RacePanelController racePanelController;
    @FXML
    private PairsPanelController pairsPanelController;
    @FXML
    private Tab barycentersTab;
    @FXML
    private BarycenterPanelController barycenterPanelController;
    @FXML
    private Tab colourTab;
    @FXML
    private ColourPanelController colourPanelController;
    @FXML
    private Tab scalabilityTab;
    @FXML
    private ScalabilityPanelController scalabilityPanelController;

    private WorkbenchContext context;
    private final Map<String, Tab> tabs = new LinkedHashMap<>();
    private final Map<String, IpotPanel> controllers = new LinkedHashMap<>();
    private final Map<Tab, TabStatus> statuses = new HashMap<>();
    private boolean active;

    /** Connects the panels to the window's scenario and service (the workbench opens it). */
    void attach(WorkbenchContext workbench) {
        context = workbench;
        racePanelController.attach(panelContext(raceTab));
        pairsPanelController.attach(panelContext(pairsTab));
        barycenterPanelController.attach(panelContext(barycentersTab));
        colourPanelController.attach(panelContext(colourTab));
        scalabilityPanelController.attach(panelContext(scalabilityTab));
        add("race", raceTab, racePanelController);
        add("pairs", pairsTab, pairsPanelController);
        add("barycenters", barycentersTab, barycenterPanelController);
        add("colour", colourTab, colourPanelController);
        add("scalability", scalabilityTab, scalabilityPanelController);
        panels.getSelectionModel().selectedItemProperty().addListener((o, was, tab) -> {
            statuses.forEach((panel, status) -> status.setFront(panel == tab));
            String id = tabs.entrySet().stream().filter(e -> e.getValue() == tab).map(Map.Entry::getKey)
                    .findFirst().orElse("race");
            if (!id.equals(frontId(context.model().scenario()))) {
                context.model().updateAppearance(s -> IpotSection.with(s, IpotSection.VIEW, id));
            }
            catchUp();
        });
        context.model().scenarioProperty().addListener((o, old, now) -> {
            show(now);
            catchUp();
        });
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

    /** Registers an attached panel under its id; its jobs report to its tab's status under the tab's title. */
    private void add(String id, Tab tab, IpotPanel panel) {
        tabs.put(id, tab);
        controllers.put(id, panel);
        PanelActivity.report(tab.getText(), statuses.get(tab), panel, System::nanoTime);
    }

    @Override
    public Node content() {
        return root;
    }

    @Override
    public List<MenuItem> computeItems() {
        return List.of(item("IPOT: play/pause", KeyCode.F7, () -> front().togglePlay()),
                item("IPOT: step", KeyCode.F8, () -> front().step()),
                item("IPOT: reset", KeyCode.F9, () -> front().reset()));
    }

    @Override
    public void setActive(boolean inFront) {
        active = inFront;
        if (inFront) {
            catchUp();
        } else {
            cancel();
        }
    }

    @Override
    public void recompute() {
        front().compute(context.model().scenario());
    }

    @Override
    public void cancel() {
        controllers.values().forEach(IpotPanel::cancel);
    }

    @Override
    public boolean isIdle() {
        IpotPanel p = front();
        return p.isCurrent(context.model().scenario()) && !p.isBusy();
    }

    @Override
    public String failure() {
        return front().failure();
    }

    @Override
    public String primaryFigure() {
        return IpotFigures.primary(frontId(context.model().scenario()));
    }

    @Override
    public void close() {
        cancel();
    }

    RacePanelController race() {
        return racePanelController;
    }

    PairsPanelController pairs() {
        return pairsPanelController;
    }

    BarycenterPanelController barycenters() {
        return barycenterPanelController;
    }

    ColourPanelController colour() {
        return colourPanelController;
    }

    ScalabilityPanelController scalability() {
        return scalabilityPanelController;
    }

    /** The scenario's description across the top, folded to a few lines with "more". */
    ScenarioDescription description() {
        return scenarioDescription;
    }

    /** The panel in front. */
    IpotPanel front() {
        IpotPanel p = controllers.get(frontId(context.model().scenario()));
        return p != null ? p : racePanelController;
    }

    private static String frontId(Scenario s) {
        return IpotSection.of(s).get(IpotSection.VIEW);
    }

    private void show(Scenario s) {
        scenarioDescription.show(context.model().descriptionOn(IpotWorkbench.ID));
        Tab front = tabs.get(frontId(s));
        if (front != null && !front.isSelected()) {
            panels.getSelectionModel().select(front);
        }
    }

    /** Computes what the panel in front shows if it is stale (live updates on, workbench in front). */
    private void catchUp() {
        if (active && context.live().get()) {
            front().catchUp(context.model().scenario());
        }
    }

    private static MenuItem item(String text, KeyCode key, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(new KeyCodeCombination(key));
        item.setOnAction(e -> action.run());
        return item;
    }
}

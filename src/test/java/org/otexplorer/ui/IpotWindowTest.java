package org.otexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * The IPOT workbench's panels in the window's status bar: a panel's computation shows as running with a Cancel that
 * stops it, ends as "done" with its time under the panel's name, and a panel computing behind another one does not
 * write over the bar (the panels used to report nothing but failures: a scalability study ran for seconds beside
 * "Opened …" and a grey Cancel).
 */
class IpotWindowTest extends ExplorerWindowTestSupport {
    private static final Path SCALABILITY = Path.of("samples/ipot-scalability.json");

    @Override
    String recentFilesNode() {
        return "ipot-window";
    }

    @Test
    void aPanelsComputationRunsWithALiveCancelAndEndsDoneUnderItsName() throws Exception {
        openIdle(SCALABILITY);
        awaitBar("Scalability");
        assertEquals("Scalability | done", onFx(() -> window.statusBar().shownText()).replaceAll(" \\| [0-9.]+ m?s$", ""));
        assertEquals(List.of("Scalability", "done"), onFx(this::figuresShown).subList(0, 2));
        assertEquals(2, onFx(this::separatorsShown), "a separator between each two of the three figures, none for the"
                + " error the study does not have");

        // up to n = 1024 the study runs far longer than the Cancel below takes to land, on any machine
        interact(() -> window.model().update(s -> org.otexplorer.ui.ipot.IpotSection.with(s,
                org.otexplorer.ui.ipot.IpotSection.SCALING_LARGEST, 1024)));
        awaitFx(() -> window.statusBar().isRunning());
        assertTrue(onFx(() -> window.statusBar().shownText()).contains("computing"));
        clickOn(lookup("#cancel").queryAs(Button.class));
        awaitBar("cancelled");
        assertFalse(onFx(() -> window.statusBar().isRunning()), "Cancel stopped the study");
    }

    @Test
    void aPanelComputingBehindTheOneInFrontLeavesTheBarToIt() throws Exception {
        openIdle(SCALABILITY);
        awaitBar("Scalability");
        selectPanel("ipot-panels", "Barycenters");
        awaitBar("Barycenters");
        selectPanel("ipot-panels", "Scalability");
        awaitBar("Scalability");
        push(KeyCode.F5);
        awaitFx(() -> window.statusBar().isRunning());
        selectPanel("ipot-panels", "Barycenters");
        awaitBar("Barycenters | done");
        assertFalse(onFx(() -> window.statusBar().isRunning()), "the study behind is not the front panel's");
        Thread.sleep(6000); // the study, still running behind, ends meanwhile
        String shown = onFx(() -> window.statusBar().shownText());
        assertTrue(shown.startsWith("Barycenters | done"), "the bar still shows the panel in front: " + shown);
    }

    private List<String> figuresShown() {
        return lookup(".status-bar").queryAs(javafx.scene.layout.HBox.class).getChildren().stream()
                .filter(n -> n instanceof Label && n.isVisible() && n.isManaged() && !"message".equals(n.getId()))
                .map(n -> ((Label) n).getText()).filter(t -> !t.isEmpty()).toList();
    }

    private long separatorsShown() {
        return lookup(".status-bar").queryAs(javafx.scene.layout.HBox.class).getChildren().stream()
                .filter(n -> n instanceof Separator).filter(Node::isVisible).count();
    }
}

package org.otexplorer.ui.workbench;

import java.util.ArrayList;
import java.util.List;
import org.otexplorer.workbench.Workbench;
import org.otexplorer.workbench.Workbenches;

/** The registered workbenches that have a user interface, in tab order, and the figures they export. */
public final class WorkbenchUis {
    private WorkbenchUis() {
    }

    /** Every workbench with a user interface. */
    public static List<WorkbenchUi> all() {
        List<WorkbenchUi> out = new ArrayList<>();
        for (Workbench w : Workbenches.all()) {
            if (w instanceof WorkbenchUi ui) {
                out.add(ui);
            }
        }
        return out;
    }

    /** The workbench with this id. */
    public static WorkbenchUi byId(String id) {
        return all().stream().filter(w -> w.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no workbench '" + id + "'; the workbenches are "
                        + Workbenches.ids()));
    }

    /** Every exported figure of every workbench, by view name. */
    public static List<ExportFigure<?>> figures() {
        List<ExportFigure<?>> out = new ArrayList<>();
        all().forEach(w -> out.addAll(w.figures()));
        return out;
    }

    /**
     * The figure of this view name.
     *
     * @throws IllegalArgumentException for an unknown name; the message lists the known ones
     */
    public static ExportFigure<?> figure(String name) {
        return figures().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("view '" + name + "' is not available; the figures are "
                        + figures().stream().map(ExportFigure::name).toList() + " and window"));
    }
}

package org.otexplorer.ui.ipot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javafx.fxml.FXMLLoader;
import org.otexplorer.ui.workbench.ExportFigure;
import org.otexplorer.ui.workbench.WorkbenchContext;
import org.otexplorer.ui.workbench.WorkbenchUi;
import org.otexplorer.ui.workbench.WorkbenchView;
import org.otexplorer.workbench.ScenarioSection;

/**
 * The IPOT workbench (thesis chapter 2, math.md §16): why IPOT's plan is sharp where Sinkhorn's is blurred (the
 * convergence race, IPOT = Sinkhorn at β/t), sharp Wasserstein barycenters by IPOT against IBP's blurred ones, and
 * colour transfer, and how the solvers scale with n (Fig. 2.3). Its scenario section is {@value IpotSection#NAME} ({@link IpotSection}).
 */
public final class IpotWorkbench implements WorkbenchUi {
    /** The id scenario files name in {@code "workbench"}. */
    public static final String ID = "ipot";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "IPOT & barycenters";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public List<ScenarioSection> sections() {
        return List.of(IpotSection.declaration());
    }

    @Override
    public List<String> samples() {
        return List.of("ipot-sparsity-race-demo.json", "ipot-equals-sinkhorn-at-beta-over-t.json",
                "ipot-glyph-barycenters-ibp-vs-ipot.json", "ipot-colour-transfer-sunset-to-lagoon.json", "ipot-scalability.json");
    }

    @Override
    public WorkbenchView open(WorkbenchContext context) {
        FXMLLoader loader = new FXMLLoader(IpotWorkbench.class.getResource("IpotView.fxml"));
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the IPOT workbench's layout: " + e.getMessage(), e);
        }
        IpotView view = loader.getController();
        view.attach(context);
        return view;
    }

    @Override
    public List<ExportFigure<?>> figures() {
        return IpotFigures.all();
    }
}

package org.otexplorer.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.otexplorer.ui.OtExplorerApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code otx gui [FILE.json]}: opens the explorer window, on a scenario file when one is given. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Open the explorer window (on a scenario file when one is given).")
public final class GuiCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "FILE.json", description = "A scenario to open.")
    Path scenarioFile;

    @Override
    public Integer call() {
        OtExplorerApp.launchApp(scenarioFile == null ? new String[0]
                : new String[] {scenarioFile.toAbsolutePath().toString()});
        return 0;
    }
}

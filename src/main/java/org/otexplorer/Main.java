package org.otexplorer;

import org.otexplorer.cli.OtxCommand;
import org.otexplorer.ui.OtExplorerApp;

/**
 * Entry point of {@code otexplorer.jar}: with no arguments it opens the explorer window, with a
 * subcommand it runs the {@code otx} command line headless.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            OtExplorerApp.launchApp(args);
        } else {
            System.exit(OtxCommand.execute(args));
        }
    }
}

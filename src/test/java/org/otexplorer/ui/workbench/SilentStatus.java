package org.otexplorer.ui.workbench;

/** A status bar that shows nothing, for workbench tests that run a workbench in a stage of its own. */
public final class SilentStatus implements Status {
    @Override
    public void running(Runnable cancel) {
    }

    @Override
    public void progress(String iterations, String error, double fraction) {
    }

    @Override
    public void finished(Outcome outcome) {
    }

    @Override
    public void cancelled() {
    }

    @Override
    public void error(String message) {
    }

    @Override
    public void notice(String message) {
    }
}

package org.otexplorer.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link TabStatus}: a tab in the back never writes to the bar; coming to the front it empties the bar and shows
 * its own state, only what decides the bar's picture, in order.
 */
class TabStatusTest {
    /** A bar that writes down what it is told. */
    private static final class RecordingBar implements Status {
        final List<String> calls = new ArrayList<>();

        @Override
        public void running(Runnable cancel) {
            calls.add("running");
        }

        @Override
        public void progress(String iterations, String error, double fraction) {
            calls.add("progress " + iterations);
        }

        @Override
        public void finished(Outcome outcome) {
            calls.add("finished " + outcome.state());
        }

        @Override
        public void cancelled() {
            calls.add("cancelled");
        }

        @Override
        public void error(String message) {
            calls.add("error " + message);
        }

        @Override
        public void notice(String message) {
            calls.add("notice " + message);
        }
    }

    private static Status.Outcome outcome(String state) {
        return new Status.Outcome("12", "1e-9", state, true, "3 ms", List.of());
    }

    @Test
    void aTabInTheBackWritesNothingAndShowsItsOwnStateWhenItComesBack() {
        RecordingBar bar = new RecordingBar();
        TabStatus status = new TabStatus(bar, () -> bar.calls.add("clear"));
        status.finished(outcome("converged"));
        status.running(() -> { });
        status.progress("5", "1e-3", 0.5);
        status.progress("9", "1e-5", 0.9);
        status.notice("Opened a.json.");
        assertEquals(List.of(), bar.calls, "a tab in the back wrote to the bar");

        status.setFront(true);
        assertEquals(List.of("clear", "finished converged", "running", "progress 9", "notice Opened a.json."),
                bar.calls);

        bar.calls.clear();
        status.cancelled();
        assertEquals(List.of("cancelled"), bar.calls, "a tab in front writes through");
        status.setFront(false);
        status.finished(outcome("done"));
        bar.calls.clear();
        status.setFront(true);
        assertEquals(List.of("clear", "finished done"), bar.calls, "a new outcome ends what ran before it");
    }

    @Test
    void aStartEndsTheProgressAndNoticeBeforeItButKeepsTheOutcome() {
        RecordingBar bar = new RecordingBar();
        TabStatus status = new TabStatus(bar, () -> bar.calls.add("clear"));
        status.finished(outcome("converged"));
        status.progress("5", "1e-3", 0.5);
        status.notice("Saved.");
        status.error("the file is not a scenario");
        status.setFront(true);
        assertEquals(List.of("clear", "finished converged", "error the file is not a scenario"), bar.calls);
    }

    @Test
    void aPanelThatReportedNothingEmptiesItsWorkbenchsBar() {
        RecordingBar workbench = new RecordingBar();
        TabStatus panel = TabStatus.ofPanel(workbench);
        panel.setFront(true);
        assertEquals(List.of("finished "), workbench.calls, "an empty outcome clears the bar's fields");
    }
}

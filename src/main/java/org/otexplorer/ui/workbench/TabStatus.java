package org.otexplorer.ui.workbench;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The status of one tab — a workbench of the window, or a panel of a workbench with tabs (permutation, IPOT): what
 * it reports reaches the status bar only while the tab is in front, and is remembered, so that the bar shows it again
 * when the tab comes back (issue 12: the IPOT tab showed the transport workbench's "Cancelled…" and its error; the
 * grid, computing behind the training race, put its "grid done" in the bar while the race was in front). A tab that
 * has reported nothing shows a cleared bar. FX thread only.
 *
 * <p>It remembers only what decides the bar's picture: the newest outcome, what started, was cancelled or failed
 * after it, the newest progress and the newest notice.
 */
public final class TabStatus implements Status {
    /** Empties every field of the bar (no iterations, no verdict, no message). */
    private static final Outcome NOTHING = new Outcome("", "", "", true, "", List.of());

    private final Status bar;
    private final Runnable clear;
    private boolean front;
    private Consumer<Status> outcome;
    private Consumer<Status> since;
    private Consumer<Status> progress;
    private Consumer<Status> notice;

    /**
     * A tab's status, written to {@code bar} while the tab is in front; {@code clear} empties the bar when the tab
     * comes to the front, before its own state is shown.
     */
    public TabStatus(Status bar, Runnable clear) {
        this.bar = bar;
        this.clear = clear;
    }

    /** A panel's status within a workbench's: coming to the front, it empties the bar with an empty outcome. */
    public static TabStatus ofPanel(Status workbench) {
        return new TabStatus(workbench, () -> workbench.finished(NOTHING));
    }

    /** Comes to the front (the bar is emptied, then shows this tab's state) or goes to the back (no more writes). */
    public void setFront(boolean inFront) {
        front = inFront;
        if (front) {
            clear.run();
            Stream.of(outcome, since, progress, notice).filter(Objects::nonNull).forEach(call -> call.accept(bar));
        }
    }

    @Override
    public void running(Runnable cancel) {
        start(s -> s.running(cancel));
    }

    @Override
    public void progress(String iterations, String error, double fraction) {
        progress = s -> s.progress(iterations, error, fraction);
        forward(progress);
    }

    @Override
    public void finished(Outcome finished) {
        outcome = s -> s.finished(finished);
        since = null;
        progress = null;
        notice = null;
        forward(outcome);
    }

    @Override
    public void cancelled() {
        start(Status::cancelled);
    }

    @Override
    public void error(String message) {
        start(s -> s.error(message));
    }

    @Override
    public void notice(String message) {
        notice = s -> s.notice(message);
        forward(notice);
    }

    /** A start, a cancel or an error: each ends what ran before it, the outcome stays. */
    private void start(Consumer<Status> call) {
        since = call;
        progress = null;
        notice = null;
        forward(call);
    }

    private void forward(Consumer<Status> call) {
        if (front) {
            call.accept(bar);
        }
    }
}

package org.otexplorer.ui.workbench;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The status of one panel of a workbench with tabs (permutation, IPOT): what the panel reports reaches the window's
 * status bar only while its tab is in front, and is remembered, so that the bar shows it again when the panel comes
 * back (issue 12: the grid, computing behind the training race, put its "grid done" in the bar while the race was in
 * front). A panel that has reported nothing shows empty fields. FX thread only.
 *
 * <p>It remembers only what decides the bar's picture: the newest outcome, what started, was cancelled or failed
 * after it, the newest progress and the newest notice.
 */
public final class PanelStatus implements Status {
    /** Empties every field of the bar (no iterations, no verdict, no message). */
    private static final Outcome NOTHING = new Outcome("", "", "", true, "", List.of());

    private final Status bar;
    private boolean front;
    private Consumer<Status> outcome = s -> s.finished(NOTHING);
    private Consumer<Status> since;
    private Consumer<Status> progress;
    private Consumer<Status> notice;

    /** A panel's status, written to {@code bar} while the panel is in front. */
    public PanelStatus(Status bar) {
        this.bar = bar;
    }

    /** Comes to the front (the bar shows this panel's state) or goes to the back (the panel no longer writes). */
    public void setFront(boolean inFront) {
        front = inFront;
        if (front) {
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

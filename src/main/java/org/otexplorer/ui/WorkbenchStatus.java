package org.otexplorer.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.otexplorer.ui.workbench.Status;

/**
 * The status of one workbench: what it reports reaches the window's status bar while it is in front, and is
 * remembered, so that the bar shows it again when the workbench comes back to the front. A workbench in the
 * back never writes to the bar; one that has reported nothing shows a cleared bar (issue 12: the IPOT tab showed
 * the transport workbench's "Cancelled…" and its error).
 *
 * <p>It remembers only what decides the bar's picture: the newest finished outcome, a computation running since
 * (with its newest progress), and the newest message after them. FX thread only.
 */
final class WorkbenchStatus implements Status {
    /** What a remembered call does to the bar; a newer progress or notice replaces the older one. */
    private enum Kind { OUTCOME, START, PROGRESS, NOTICE }

    private record Call(Kind kind, Consumer<Status> action) {
    }

    private final StatusBarController bar;
    private final List<Call> shown = new ArrayList<>();
    private Call outcome;
    private boolean front;

    WorkbenchStatus(StatusBarController bar) {
        this.bar = bar;
    }

    /** Comes to the front (the bar is cleared and shows this workbench's state) or goes to the back. */
    void setFront(boolean inFront) {
        front = inFront;
        if (front) {
            bar.clear();
            shown.forEach(call -> call.action().accept(bar));
        }
    }

    @Override
    public void running(Runnable cancel) {
        restartFromOutcome(s -> s.running(cancel));
    }

    @Override
    public void progress(String iterations, String error, double fraction) {
        record(new Call(Kind.PROGRESS, s -> s.progress(iterations, error, fraction)));
    }

    @Override
    public void finished(Outcome finished) {
        outcome = new Call(Kind.OUTCOME, s -> s.finished(finished));
        shown.clear();
        record(outcome);
    }

    @Override
    public void cancelled() {
        restartFromOutcome(Status::cancelled);
    }

    @Override
    public void error(String message) {
        restartFromOutcome(s -> s.error(message));
    }

    @Override
    public void notice(String message) {
        record(new Call(Kind.NOTICE, s -> s.notice(message)));
    }

    /** The newest outcome, then {@code action} (a start, a cancel or an error: each ends what ran before it). */
    private void restartFromOutcome(Consumer<Status> action) {
        shown.clear();
        if (outcome != null) {
            shown.add(outcome);
        }
        record(new Call(Kind.START, action));
    }

    private void record(Call call) {
        if (call.kind() == Kind.PROGRESS || call.kind() == Kind.NOTICE) {
            shown.removeIf(c -> c.kind() == call.kind());
        }
        shown.add(call);
        if (front) {
            call.action().accept(bar);
        }
    }
}

package org.otexplorer.ui.ipot;

import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.otexplorer.ui.workbench.Status;

/**
 * What an IPOT panel's analyses tell the status bar, taken together: "computing" with a live Cancel (which cancels
 * the whole panel) from the moment one of its jobs starts until none runs, then how that ended: the panel's name,
 * "done" and the wall time from the first start to the last result, or "cancelled". A failure is written by the panel
 * itself (its message names the panel), so the bar keeps it. Before, the panels told the bar nothing but their
 * failures: a scalability study ran for a minute beside "Opened ipot-scalability.json." and a Cancel that stayed
 * grey. FX thread only.
 */
final class PanelActivity {
    private final String name;
    private final Status status;
    private final IpotPanel panel;
    private final LongSupplier clock;
    private boolean shownRunning;
    private long startedAt;

    private PanelActivity(String name, Status status, IpotPanel panel, LongSupplier clock) {
        this.name = name;
        this.status = status;
        this.panel = panel;
        this.clock = clock;
    }

    /**
     * From now on, reports {@code panel}'s jobs, under {@code name}, to {@code status}; {@code clock} gives
     * nanoseconds.
     */
    static void report(String name, Status status, IpotPanel panel, LongSupplier clock) {
        PanelActivity activity = new PanelActivity(name, status, panel, clock);
        panel.jobs().forEach(job -> job.onChange(activity::changed));
    }

    private void changed() {
        List<PanelJob<?>> jobs = panel.jobs();
        boolean running = jobs.stream().anyMatch(PanelJob::isRunning);
        if (running == shownRunning) {
            return;
        }
        shownRunning = running;
        if (running) {
            startedAt = clock.getAsLong();
            status.running(panel::cancel);
        } else if (jobs.stream().anyMatch(PanelJob::wasCancelled)) {
            status.cancelled();
        } else if (jobs.stream().allMatch(job -> job.failure() == null)) {
            double seconds = (clock.getAsLong() - startedAt) * 1e-9;
            status.finished(new Status.Outcome(name, "", "done", true,
                    String.format(Locale.ROOT, seconds < 1 ? "%.0f ms" : "%.2f s", seconds < 1 ? seconds * 1e3 : seconds),
                    List.of()));
        }
    }
}

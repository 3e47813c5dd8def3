package org.otexplorer.ui.ipot;

import java.util.List;
import org.otexplorer.io.Scenario;

/**
 * What the IPOT view asks of each of its panels: compute what is stale, say whether it shows the newest scenario,
 * cancel, and the run controls (play, step, reset) where the panel has frames. FX thread.
 */
interface IpotPanel {
    /** The panel's analyses (what it draws comes from their results). */
    List<PanelJob<?>> jobs();

    /** Computes what is stale for the scenario. */
    default void catchUp(Scenario s) {
        jobs().forEach(j -> j.computeIfNeeded(s));
    }

    /** Recomputes everything for the scenario (F5). */
    default void compute(Scenario s) {
        jobs().forEach(j -> j.compute(s));
    }

    /** Whether its pictures are for the scenario's newest inputs. */
    default boolean isCurrent(Scenario s) {
        return jobs().stream().allMatch(j -> j.isCurrent(s));
    }

    /** Whether one of its jobs runs. */
    default boolean isBusy() {
        return jobs().stream().anyMatch(PanelJob::isBusy);
    }

    /** Cancels its jobs and pauses. */
    default void cancel() {
        jobs().forEach(PanelJob::cancel);
        if (player() != null) {
            player().pause();
        }
    }

    /** Why its newest computation failed, or {@code null}. */
    default String failure() {
        return jobs().stream().map(PanelJob::failure).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /** Its play / pause / step / reset over frames, or {@code null} when it has none. */
    default FramePlayer player() {
        return null;
    }

    /** Play when paused, pause when playing (F7). */
    default void togglePlay() {
        if (player() != null) {
            player().togglePlay();
        }
    }

    /** One frame on (F8). */
    default void step() {
        if (player() != null) {
            player().step();
        }
    }

    /** Back to the first frame (F9). */
    default void reset() {
        if (player() != null) {
            player().reset();
        }
    }
}

package org.otexplorer.ui.ipot;

import org.otexplorer.io.Scenario;

/**
 * What the IPOT view asks of each of its panels: compute what is stale, say whether it shows the newest scenario,
 * cancel, and the run controls (play, step, reset) where the panel has frames. FX thread.
 */
interface IpotPanel {
    /** Computes what is stale for the scenario. */
    void catchUp(Scenario s);

    /** Recomputes everything for the scenario (F5). */
    void compute(Scenario s);

    /** Whether its pictures are for the scenario's newest inputs. */
    boolean isCurrent(Scenario s);

    /** Whether one of its jobs runs. */
    boolean isBusy();

    /** Cancels its jobs and pauses. */
    void cancel();

    /** Why its newest computation failed, or {@code null}. */
    String failure();

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

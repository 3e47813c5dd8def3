package org.otexplorer.ui.workbench;

import java.util.List;

/**
 * The window's status bar as a workbench reports to it: what is running (with a way to cancel it), its progress,
 * how the newest computation ended, errors and notices. FX thread only.
 */
public interface Status {
    /**
     * How a computation ended, in the status bar's words.
     *
     * @param iterations what ran ("412 iterations (warm start)")
     * @param error      the error it converged on ("error 3.1e-10")
     * @param state      how it stopped ("converged")
     * @param ok         whether that is a success (green) or not (amber)
     * @param time       how long it took
     * @param warnings   the warnings it gave (the first also goes to the message line)
     */
    record Outcome(String iterations, String error, String state, boolean ok, String time, List<String> warnings) {
    }

    /** A computation started; {@code cancel} stops it (the Cancel button, Esc). */
    void running(Runnable cancel);

    /** Progress of the running computation: texts, and how far it is in [0, 1] (NaN: unknown). */
    void progress(String iterations, String error, double fraction);

    /** The newest computation finished and the panels show it. */
    void finished(Outcome outcome);

    /** The newest computation was cancelled; the last finished result stays. */
    void cancelled();

    /** The newest computation failed; the message says why. */
    void error(String message);

    /** A notice (saved, opened, exported). */
    void notice(String message);
}

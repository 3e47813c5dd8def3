package org.otexplorer.engine;

/**
 * One recorded frame of a step-by-step recording ({@link StepRecording}): which iteration and half-step it is and
 * what rebuilds its plan. Exactly one of three forms:
 * <ul>
 *   <li>a normalisation ({@code target} given): rows ({@link StepRecording.Step#ROWS}) of {@code exp((g_j − C_ij)/ε)}
 *       scaled to sum to {@code target}, or columns ({@link StepRecording.Step#COLUMNS}) of
 *       {@code exp((f_i − C_ij)/ε)} scaled to sum to {@code target}: Sinkhorn's half-steps {@code u = a/(Kv)},
 *       {@code v = b/(Kᵀu)} (math.md §2.1);</li>
 *   <li>potentials (no target, no plan): {@code P_ij = exp((f_i + g_j − C_ij)/ε)} (math.md §0);</li>
 *   <li>a stored plan (IPOT's proximal iterates, which have no dual potentials).</li>
 * </ul>
 * The arrays are shared between frames of the recording and never changed.
 *
 * @param iteration the solver's iteration (proximal step, Newton step) the frame belongs to, 0 for the start
 * @param step      which half-step or step it shows
 * @param f         the source potential shown, or {@code null} (IPOT, or a column frame's f alone)
 * @param g         the target potential shown, or {@code null} (IPOT, or computed for a column frame)
 * @param target    the marginal a row or column normalisation scales to, or {@code null}
 * @param plan      the stored plan (row-major), or {@code null}
 */
record StepFrame(int iteration, StepRecording.Step step, double[] f, double[] g, double[] target, double[] plan) {
    /** Doubles this frame holds that no earlier frame of its entry holds (for the memory budget). */
    long size(StepFrame before) {
        return fresh(f, before) + fresh(g, before) + fresh(target, before) + fresh(plan, before);
    }

    private static long fresh(double[] v, StepFrame before) {
        if (v == null) {
            return 0;
        }
        if (before != null && (v == before.f || v == before.g || v == before.target || v == before.plan)) {
            return 0;
        }
        return v.length;
    }
}

package org.otexplorer.regression;

import org.otexplorer.io.RegressionSpec.OptimizerSpec;

/**
 * Multi-start of any optimizer: parameter {@code starts} = K runs it K times with seeds seed, seed+1, …
 * (so random initialisations and minibatches differ) and keeps the run with the lowest final loss; its
 * trace is that run's, with the stop detail saying which start won. Runs that fail or diverge lose. A cancel
 * stops the starts and the summary says {@link RunStopReason#CANCELLED}.
 */
final class MultiStart implements Optimizer {
    private final Optimizer base;

    MultiStart(Optimizer base) {
        this.base = base;
    }

    @Override
    public String id() {
        return base.id();
    }

    @Override
    public Trace run(RegressionData data, OptimizerSpec spec, long seed, TraceListener listener, RunControl control) {
        int starts = (int) spec.parameter("starts", 1);
        if (starts < 1) {
            throw new IllegalArgumentException("parameters.starts must be >= 1, got " + starts);
        }
        Trace best = null;
        int winner = 0;
        int made = 0;
        boolean cancelled = false;
        // The first start always runs, so a run cancelled before it began still reports CANCELLED.
        for (int k = 0; k < starts && !cancelled; k++) {
            Trace t = base.run(data, spec, seed + k, listener, control);
            made++;
            cancelled = t.summary().stopReason() == RunStopReason.CANCELLED || (control.isCancelled() && made < starts);
            if (best == null || better(t, best)) {
                best = t;
                winner = k;
            }
        }
        Trace.Summary s = best.summary();
        Trace.Summary summary = cancelled
                ? s.withStop(RunStopReason.CANCELLED, "in start " + made + " of " + starts + "; the trace is start "
                        + (winner + 1) + ", the best so far")
                : s.withStop(s.stopReason(), s.stopDetail() + " (best of " + starts + " starts: start " + (winner + 1)
                        + ")");
        return new Trace(best.method(), best.entries(), summary, best.parameters());
    }

    private static boolean better(Trace candidate, Trace best) {
        Double c = candidate.summary().loss();
        Double b = best.summary().loss();
        return c != null && (b == null || c < b);
    }
}

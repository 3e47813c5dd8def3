package org.otexplorer.regression;

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
    public String description() {
        return base.description();
    }

    @Override
    public java.util.List<org.otexplorer.parameters.Parameter<?>> parameters() {
        return base.parameters();
    }

    @Override
    public Trace run(RegressionData data, OptimizerSettings settings, long seed, TraceListener listener,
                     RunControl control) {
        int starts = settings.get(OptimizerParameters.STARTS);
        Trace best = null;
        int winner = 0;
        int made = 0;
        boolean cancelled = false;
        // The first start always runs, so a run cancelled before it began still reports CANCELLED.
        for (int k = 0; k < starts && !cancelled; k++) {
            Trace t = base.run(data, settings, seed + k, listener, control);
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

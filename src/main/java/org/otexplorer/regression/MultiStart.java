package org.otexplorer.regression;

import org.otexplorer.io.RegressionSpec.OptimizerSpec;

/**
 * Multi-start of any optimizer: parameter {@code starts} = K runs it K times with seeds seed, seed+1, …
 * (so random initialisations and minibatches differ) and keeps the run with the lowest final loss; its
 * trace is that run's, with the stop reason saying which start won. Runs that fail or diverge lose.
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
        for (int k = 0; k < starts && !control.isCancelled(); k++) {
            Trace t = base.run(data, spec, seed + k, listener, control);
            if (best == null || better(t, best)) {
                best = t;
                winner = k;
            }
        }
        Trace.Summary s = best.summary();
        return new Trace(best.method(), best.entries(), new Trace.Summary(s.loss(), s.parameterError(),
                s.relativeTestError(), s.iterations(), s.seconds(), s.stopReason() + " (best of " + starts
                + " starts: start " + (winner + 1) + ")"), best.parameters());
    }

    private static boolean better(Trace candidate, Trace best) {
        Double c = candidate.summary().loss();
        Double b = best.summary().loss();
        return c != null && (b == null || c < b);
    }
}

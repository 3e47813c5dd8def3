package org.otexplorer.regression;

import java.util.ArrayList;
import java.util.List;

/**
 * Bookkeeping shared by every optimizer: times the run, evaluates the metrics of each new Θ, forwards
 * entries to the listener, and turns a non-finite loss into a clean stop ("diverged") instead of a crash.
 */
final class RunRecorder {
    private final String method;
    private final RegressionData data;
    private final TraceListener listener;
    private final long start = System.nanoTime();
    private final List<TraceEntry> entries = new ArrayList<>();
    private String stopReason;

    RunRecorder(String method, RegressionData data, TraceListener listener) {
        this.method = method;
        this.data = data;
        this.listener = listener;
    }

    /** Reports the starting point Θ0 to the listener and returns it. */
    double[][] begin(double[][] theta) {
        listener.onStart(method, LinearAlgebra.copy(theta));
        return theta;
    }

    /** Records an iteration; returns false (and sets the stop reason) when the loss or Θ is not finite. */
    boolean record(double loss, double gradNorm, double[][] theta, String step, Double minEigenvalue) {
        if (!Double.isFinite(loss) || !finite(theta)) {
            stopReason = "diverged: the loss or the parameters became non-finite at iteration " + (entries.size() + 1);
            return false;
        }
        Double[] metrics = Metrics.of(data, theta);
        TraceEntry e = new TraceEntry(entries.size() + 1, loss, gradNorm, metrics[0], metrics[1], step, minEigenvalue,
                (System.nanoTime() - start) * 1e-6);
        entries.add(e);
        listener.onIteration(method, e, LinearAlgebra.copy(theta));
        return true;
    }

    void stop(String reason) {
        if (stopReason == null) {
            stopReason = reason;
        }
    }

    /** Appends a caveat (when not null) to the stop reason, "max iterations" if none was set. */
    void qualify(String caveat) {
        if (caveat != null) {
            stopReason = (stopReason == null ? "max iterations" : stopReason) + "; " + caveat;
        }
    }

    int iterations() {
        return entries.size();
    }

    double lastLoss() {
        return entries.isEmpty() ? Double.NaN : entries.get(entries.size() - 1).loss();
    }

    Trace finish(double[][] theta) {
        double seconds = (System.nanoTime() - start) * 1e-9;
        double loss = lastLoss();
        Double[] metrics = Metrics.of(data, theta);
        Trace.Summary summary = new Trace.Summary(Double.isFinite(loss) ? loss : null, metrics[0], metrics[1],
                entries.size(), seconds, stopReason == null ? "max iterations" : stopReason);
        return new Trace(method, List.copyOf(entries), summary, theta);
    }

    private static boolean finite(double[][] a) {
        for (double[] row : a) {
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    return false;
                }
            }
        }
        return true;
    }
}

package org.otexplorer.regression;

import java.util.ArrayList;
import java.util.List;

/**
 * Bookkeeping shared by every optimizer: times the run, evaluates the metrics of each new Θ, forwards
 * entries to the listener, and turns a non-finite loss into a clean stop ({@link RunStopReason#DIVERGED}) instead
 * of a crash. A run that ends without a stop of its own stopped at its {@link RunStopReason#ITERATION_LIMIT}.
 */
final class RunRecorder {
    private final String method;
    private final RegressionData data;
    private final TraceListener listener;
    private final long start = System.nanoTime();
    private final List<TraceEntry> entries = new ArrayList<>();
    private RunStopReason stopReason;
    private String stopDetail;
    private String caveat;

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
            stop(RunStopReason.DIVERGED,
                    "the loss or the parameters became non-finite at iteration " + (entries.size() + 1));
            return false;
        }
        Double[] metrics = Metrics.of(data, theta);
        TraceEntry e = new TraceEntry(entries.size() + 1, loss, gradNorm, metrics[0], metrics[1], step, minEigenvalue,
                (System.nanoTime() - start) * 1e-6);
        entries.add(e);
        listener.onIteration(method, e, LinearAlgebra.copy(theta));
        return true;
    }

    /** Sets why the run stops; the first reason given wins. */
    void stop(RunStopReason reason, String detail) {
        if (stopReason == null) {
            stopReason = reason;
            stopDetail = detail;
        }
    }

    /** Appends a caveat (when not null) to the stop detail, whatever the reason turns out to be. */
    void qualify(String caveat) {
        if (caveat != null) {
            this.caveat = caveat;
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
        boolean limit = stopReason == null;
        String detail = limit ? "made all " + entries.size() + " iterations allowed" : stopDetail;
        Trace.Summary summary = new Trace.Summary(Double.isFinite(loss) ? loss : null, metrics[0], metrics[1],
                entries.size(), seconds, limit ? RunStopReason.ITERATION_LIMIT : stopReason,
                caveat == null ? detail : detail + "; " + caveat);
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

package org.otexplorer.ui.transport;

import java.util.Locale;
import java.util.function.DoubleSupplier;
import org.otexplorer.service.ComputeService;
import org.otexplorer.service.HSpectrum;
import org.otexplorer.service.JobListener;
import org.otexplorer.service.SolveView;
import org.otexplorer.service.SpectrumView;

/**
 * The H-matrix analysis as the second delivery of a request (issue 12 item 13): the plan, the picture and the
 * status bar show a solve first; its analysis runs on the spectrum channel ({@link HSpectrum#CHANNEL}, a newer
 * analysis or request cancels it) and reaches the spectrum panel when done. Until then, from the pulse in which the
 * plan changed, the panel is dimmed with a line saying which plan is being analysed, so that an older spectrum is
 * never shown as the plan's. An analysis that finishes before its plan is on screen waits for it.
 */
final class SpectrumDelivery {
    /** The panel's line while an analysis was stopped by a newer request. */
    static final String STOPPED = "The analysis of this plan stopped: a newer request came first.";

    private final ComputeService service;
    private final HSpectrum spectrum;
    private final SpectrumPanelController panel;
    private final DoubleSupplier threshold;
    private final Runnable again;
    /** The plan on screen whose analysis the panel waits for or shows (FX thread). */
    private SolveView plan;
    /** An analysis that came before its plan reached the screen (FX thread). */
    private TimedPart<SpectrumView> early;
    private TransportView.SpectrumStages lastStages;

    /**
     * @param threshold the scenario's τ of now (FX thread)
     * @param again     analyses the plan on screen again (τ changed while its analysis ran)
     */
    SpectrumDelivery(ComputeService service, HSpectrum spectrum, SpectrumPanelController panel,
                     DoubleSupplier threshold, Runnable again) {
        this.service = service;
        this.spectrum = spectrum;
        this.panel = panel;
        this.threshold = threshold;
        this.again = again;
    }

    /** Starts the analysis of {@code view} at τ = {@code tau} (any thread; cancels the running one). */
    void analyse(SolveView view, double tau) {
        service.submit(HSpectrum.CHANNEL, context -> TimedPart.of(() -> spectrum.analyse(new HSpectrum.Input(view, tau),
                context)), new JobListener<TimedPart<SpectrumView>>() {
            @Override
            public void onResult(TimedPart<SpectrumView> result) {
                arrived(view, result);
            }

            @Override
            public void onError(long jobId, String message) {
                if (view == plan) {
                    panel.showNotApplicable(message);
                }
            }

            @Override
            public void onCancelled(long jobId) {
                if (view == plan) {
                    panel.showPending(STOPPED);
                }
            }
        });
    }

    /**
     * The plan {@code view} is on screen from this pulse and its analysis runs (FX thread): the panel shows it if
     * it came first, else is marked pending.
     */
    void planShown(SolveView view) {
        plan = view;
        if (early != null && early.value().requestId() == view.requestId()) {
            TimedPart<SpectrumView> came = early;
            early = null;
            show(came);
        } else {
            early = null;
            panel.showPending(String.format(Locale.ROOT, "Analysing the plan at ε = %.3g × mean C …",
                    view.relativeEpsilon()));
        }
    }

    /** The plan on screen has no analysis coming (not entropic, superseded, not on screen; FX thread). */
    void planWithoutAnalysis(SolveView view) {
        plan = view;
        early = null;
    }

    /** A newer request: the running analysis is of a plan about to be replaced (FX thread). */
    void cancel() {
        if (service.isBusy(HSpectrum.CHANNEL)) {
            service.cancel(HSpectrum.CHANNEL);
        }
    }

    /** Where the newest analysis shown spent its time, or {@code null} before the first. */
    TransportView.SpectrumStages lastStages() {
        return lastStages;
    }

    private void arrived(SolveView of, TimedPart<SpectrumView> result) {
        if (of == plan) {
            show(result);
        } else if (plan == null || of.requestId() > plan.requestId()) {
            early = result; // the plan's own delivery is still on its way
        }
    }

    private void show(TimedPart<SpectrumView> result) {
        long applying = System.nanoTime();
        if (result.value().threshold() != threshold.getAsDouble()) {
            again.run(); // τ moved while it ran
            return;
        }
        panel.show(result.value());
        long applied = System.nanoTime();
        lastStages = new TransportView.SpectrumStages(result.millis(), result.cpuMillis(),
                (applying - result.finishedNanos()) * 1e-6,
                (applied - applying) * 1e-6, result.value().requestId(), applied);
    }
}

package org.otexplorer.ui;

import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.otexplorer.io.Scenario;
import org.otexplorer.service.ComputeRequest;
import org.otexplorer.service.ExplorerListener;
import org.otexplorer.service.ExplorerService;
import org.otexplorer.service.ProgressUpdate;
import org.otexplorer.service.SolveView;
import org.otexplorer.service.SpectrumView;

/**
 * Connects the scenario to the background {@link ExplorerService} and the service's answers to the panels:
 * every edit that changes what is computed submits a request (when live updates are on), and each event
 * arriving on the FX thread is handed to the panel that shows it.
 */
final class ComputeCoordinator implements ExplorerListener, AutoCloseable {
    /** The panels that show results. */
    record Views(ScatterPanelController scatter, PlanPanelController plan, SpectrumPanelController spectrum,
                 ParametersPanelController parameters, StatusBarController status) {
    }

    private final ScenarioModel model;
    private final Views views;
    private final ExplorerService service = new ExplorerService(Platform::runLater, this);
    private final BooleanProperty live = new SimpleBooleanProperty(this, "live", true);
    private final BooleanProperty spectrumVisible = new SimpleBooleanProperty(this, "spectrumVisible", true);
    private long submittedNanos;
    private double lastLatencyMillis = Double.NaN;
    private long solvedCount;
    private String failure;

    ComputeCoordinator(ScenarioModel model, Views views) {
        this.model = model;
        this.views = views;
        model.scenarioProperty().addListener((o, old, now) -> {
            if (live.get() && changesResult(old, now)) {
                recompute();
            }
        });
        live.addListener((o, was, on) -> {
            if (on) {
                recompute();
            }
        });
        spectrumVisible.addListener((o, was, on) -> {
            if (on) {
                recompute();
            }
        });
        views.status().setOnCancel(this::cancel);
    }

    /** Play/pause: whether edits recompute at once. */
    BooleanProperty liveProperty() {
        return live;
    }

    /** Whether the H-matrix analysis follows each solve. */
    BooleanProperty spectrumVisibleProperty() {
        return spectrumVisible;
    }

    /** Submits the current scenario now. */
    void recompute() {
        submittedNanos = System.nanoTime();
        views.status().showRunning();
        service.submit(new ComputeRequest(model.scenario(), model.baseDirectory(), spectrumVisible.get()));
    }

    /** Stops the running computation. */
    void cancel() {
        service.cancel();
    }

    /** Milliseconds from the newest finished request's submission to its panels being updated. */
    double lastLatencyMillis() {
        return lastLatencyMillis;
    }

    /** Whether a solve has reached the panels and nothing is computing now. */
    boolean isIdle() {
        return solvedCount > 0 && !service.isBusy();
    }

    /** The message of the newest request's failure once nothing is computing, else {@code null}. */
    String failure() {
        return service.isBusy() ? null : failure;
    }

    /** How many solves have reached the panels (tests wait on it). */
    long solvedCount() {
        return solvedCount;
    }

    @Override
    public void onProgress(ProgressUpdate update) {
        views.status().showProgress(update, Math.max(model.scenario().engine().tolerance(), 1e-300));
    }

    @Override
    public void onSolved(SolveView view) {
        views.scatter().show(view);
        views.plan().show(view);
        views.parameters().showMeanCost(view.meanCost());
        if (view.f() == null) {
            views.spectrum().showNotApplicable("The H-matrix belongs to entropic plans; " + view.method()
                    + " has none.");
        }
        lastLatencyMillis = (System.nanoTime() - submittedNanos) * 1e-6;
        views.status().showSolved(view, lastLatencyMillis);
        solvedCount++;
        failure = null;
    }

    @Override
    public void onSpectrum(SpectrumView view) {
        views.spectrum().show(view);
    }

    @Override
    public void onCancelled(long requestId) {
        views.status().showCancelled();
    }

    @Override
    public void onError(long requestId, String message) {
        failure = message;
        views.status().showError(message);
    }

    @Override
    public void close() {
        service.close();
    }

    /** View-only edits (colormap, theme, …) redraw without recomputing. */
    private static boolean changesResult(Scenario old, Scenario now) {
        return old == null || !Objects.equals(old.data(), now.data()) || !Objects.equals(old.seed(), now.seed())
                || !Objects.equals(old.engine(), now.engine())
                || !Objects.equals(old.view().spectrumThreshold(), now.view().spectrumThreshold());
    }
}

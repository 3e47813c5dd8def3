package org.otexplorer.ui;

import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import org.otexplorer.service.ProgressUpdate;
import org.otexplorer.service.SolveView;

/**
 * The status bar (StatusBar.fxml): iterations, marginal error, converged or not, time, warnings, a progress
 * bar and the cancel button, and a message line for errors and notices.
 */
public final class StatusBarController {
    @FXML
    private Label message;
    @FXML
    private Label iterations;
    @FXML
    private Label marginalError;
    @FXML
    private Label converged;
    @FXML
    private Label time;
    @FXML
    private Label warnings;
    @FXML
    private ProgressBar progress;
    @FXML
    private Button cancel;

    private Runnable onCancel = () -> { };
    private double firstError = Double.NaN;

    /** What the cancel button does. */
    void setOnCancel(Runnable action) {
        onCancel = action;
    }

    @FXML
    private void cancel() {
        onCancel.run();
    }

    /** A computation started. */
    void showRunning() {
        firstError = Double.NaN;
        progress.setProgress(-1);
        cancel.setDisable(false);
        setMessage("Computing…", false);
    }

    /**
     * Progress of the running solve: the bar fills as log(error) falls from the first report to the
     * tolerance, since Sinkhorn's error decays geometrically.
     */
    void showProgress(ProgressUpdate update, double tolerance) {
        iterations.setText(String.format(Locale.ROOT, "iteration %,d", update.iteration()));
        marginalError.setText(String.format(Locale.ROOT, "error %.2e", update.marginalError()));
        if (Double.isNaN(firstError)) {
            firstError = update.marginalError();
            return;
        }
        double span = Math.log(firstError / tolerance);
        double done = Math.log(firstError / update.marginalError());
        if (span > 0 && Double.isFinite(done)) {
            progress.setProgress(Math.max(0, Math.min(1, done / span)));
        }
    }

    /** A solve finished and the panels show it; {@code latencyMillis} is request to redrawn panels. */
    void showSolved(SolveView view, double latencyMillis) {
        iterations.setText(String.format(Locale.ROOT, "%,d iterations%s", view.iterations(),
                view.warmStarted() ? " (warm start)" : ""));
        marginalError.setText(String.format(Locale.ROOT, "error %.2e", view.marginalError()));
        converged.setText(view.stopReason());
        converged.getStyleClass().removeAll("status-ok", "status-bad");
        converged.getStyleClass().add(view.converged() ? "status-ok" : "status-bad");
        time.setText(String.format(Locale.ROOT, "%.1f ms (%.0f ms)", view.solveSeconds() * 1e3, latencyMillis));
        if (view.warnings().isEmpty()) {
            warnings.setText("");
            warnings.setTooltip(null);
        } else {
            warnings.setText("⚠ " + view.warnings().size() + (view.warnings().size() == 1 ? " warning" : " warnings"));
            warnings.setTooltip(new Tooltip(String.join("\n", view.warnings())));
        }
        idle();
        setMessage(view.warnings().isEmpty() ? "" : view.warnings().get(0), false);
    }

    /** The newest computation was cancelled. */
    void showCancelled() {
        idle();
        setMessage("Cancelled: the last finished result stays on screen.", false);
    }

    /** The newest computation failed. */
    void showError(String text) {
        idle();
        setMessage(text, true);
    }

    /** A notice (saved, opened, …). */
    void showNotice(String text) {
        setMessage(text, false);
    }

    /** The message line's text (tests read it). */
    String messageText() {
        return message.getText();
    }

    /** Whether the cancel button is enabled, i.e. a computation is running. */
    boolean isRunning() {
        return !cancel.isDisabled();
    }

    private void idle() {
        progress.setProgress(0);
        cancel.setDisable(true);
    }

    private void setMessage(String text, boolean error) {
        message.setText(text);
        message.getStyleClass().remove("status-error");
        if (error) {
            message.getStyleClass().add("status-error");
        }
    }
}

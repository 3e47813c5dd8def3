package org.otexplorer.ui;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import org.otexplorer.ui.workbench.Status;

/**
 * The status bar (StatusBar.fxml), which the active workbench reports to ({@link Status}): what ran, the error it
 * converged on, how it stopped, time, warnings, a progress bar and the cancel button, and a message line for
 * errors and notices.
 */
public final class StatusBarController implements Status {
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

    @FXML
    private void cancel() {
        onCancel.run();
    }

    @Override
    public void running(Runnable cancelAction) {
        onCancel = cancelAction;
        progress.setProgress(-1);
        cancel.setDisable(false);
        // The last result's verdict is not the running computation's.
        converged.setText("computing");
        converged.getStyleClass().removeAll("status-ok", "status-bad");
        setMessage("Computing…", false);
    }

    @Override
    public void progress(String iterationsText, String errorText, double fraction) {
        iterations.setText(iterationsText);
        marginalError.setText(errorText);
        if (Double.isFinite(fraction)) {
            progress.setProgress(Math.max(0, Math.min(1, fraction)));
        }
    }

    @Override
    public void finished(Outcome outcome) {
        iterations.setText(outcome.iterations());
        marginalError.setText(outcome.error());
        converged.setText(outcome.state());
        converged.getStyleClass().removeAll("status-ok", "status-bad");
        converged.getStyleClass().add(outcome.ok() ? "status-ok" : "status-bad");
        time.setText(outcome.time());
        if (outcome.warnings().isEmpty()) {
            warnings.setText("");
            warnings.setTooltip(null);
        } else {
            int count = outcome.warnings().size();
            warnings.setText("⚠ " + count + (count == 1 ? " warning" : " warnings"));
            warnings.setTooltip(new Tooltip(String.join("\n", outcome.warnings())));
        }
        idle();
        setMessage(outcome.warnings().isEmpty() ? "" : outcome.warnings().get(0), false);
    }

    @Override
    public void cancelled() {
        idle();
        setMessage("Cancelled: the last finished result stays on screen.", false);
    }

    @Override
    public void error(String text) {
        idle();
        setMessage(text, true);
    }

    @Override
    public void notice(String text) {
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

    /** The message line; its style class and tooltip change only when they differ (each change costs a CSS pass). */
    private void setMessage(String text, boolean error) {
        message.setText(text);
        if (error != message.getStyleClass().contains("status-error")) {
            message.getStyleClass().remove("status-error");
            if (error) {
                message.getStyleClass().add("status-error");
            }
        }
        if (text.isEmpty()) {
            message.setTooltip(null);
        } else if (message.getTooltip() == null) {
            message.setTooltip(new Tooltip(text));
        } else {
            message.getTooltip().setText(text);
        }
    }
}

package org.otexplorer.ui;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.animation.PauseTransition;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.util.Duration;
import org.otexplorer.ui.workbench.Status;
import org.otexplorer.ui.workbench.TooltipText;

/**
 * The status bar (StatusBar.fxml), which the active workbench reports to ({@link Status}): what ran, the error it
 * converged on, how it stopped, time, warnings, a progress bar and the cancel button, and a message line for
 * errors and notices. A computation shows as running ("Computing…", the busy progress bar, the enabled cancel
 * button) only once it has run for {@link #QUIET_START}: the solves of a drag, each a few milliseconds, leave the
 * last outcome on the bar instead of flipping it every frame (each flip repaints the bar, and a repainted strip
 * across the window's foot widens every frame's dirty region to most of the window; issue 14, 20 frames a second).
 */
public final class StatusBarController implements Status {
    /** The iterations text as reported, before {@link #fitIterations} shortens it. */
    private String iterationsWhole = "";
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
    private Separator afterIterations;
    @FXML
    private Separator afterError;
    @FXML
    private Separator afterVerdict;
    @FXML
    private ProgressBar progress;
    @FXML
    private Button cancel;

    /**
     * The least room, in ems, the message line must have to be shown: less would show a stub like "th…" (a
     * lecture window in presenter mode leaves the message about 4 ems beside the figures); the line is then left
     * empty, and its text stays in its tooltip and, for warnings, in the warnings' tooltip.
     */
    static final double LEAST_MESSAGE_EMS = 10;

    /** How long a computation runs before the bar says so. */
    static final Duration QUIET_START = Duration.millis(150);

    private Runnable onCancel = () -> { };
    private final PauseTransition showRunning = new PauseTransition(QUIET_START);
    private boolean runningShown;
    private String messageText = "";

    /** The bar (FXML makes it). */
    public StatusBarController() {
        showRunning.setOnFinished(e -> showRunning());
    }

    @FXML
    private void initialize() {
        Stream.of(iterations, marginalError, converged, time).forEach(field ->
                field.textProperty().addListener((o, was, now) -> showSeparators()));
        showSeparators();
        message.widthProperty().addListener((o, was, now) -> showMessageIfRoom());
        ((javafx.scene.layout.Region) iterations.getParent()).widthProperty().addListener((o, was, now) ->
                fitIterations());
        iterations.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.widthProperty().addListener((w, before, after) -> fitIterations());
            }
        });
    }

    @FXML
    private void cancel() {
        onCancel.run();
    }

    @Override
    public void running(Runnable cancelAction) {
        onCancel = cancelAction;
        showRunning.playFromStart();
    }

    private void showRunning() {
        runningShown = true;
        progress.setProgress(-1);
        cancel.setDisable(false);
        // The last result's verdict is not the running computation's.
        setVerdict("computing", null);
        setMessage("Computing…", false);
    }

    @Override
    public void progress(String iterationsText, String errorText, double fraction) {
        if (!runningShown) {
            return; // the bar still shows the last outcome (see QUIET_START)
        }
        showIterations(iterationsText);
        marginalError.setText(errorText);
        if (Double.isFinite(fraction)) {
            progress.setProgress(Math.max(0, Math.min(1, fraction)));
        }
    }

    @Override
    public void finished(Outcome outcome) {
        marginalError.setText(outcome.error());
        setVerdict(outcome.state(), outcome.ok() ? "status-ok" : "status-bad");
        time.setText(outcome.time());
        if (outcome.warnings().isEmpty()) {
            warnings.setText("");
            TooltipText.show(warnings, null);
        } else {
            int count = outcome.warnings().size();
            warnings.setText("⚠ " + count + (count == 1 ? " warning" : " warnings"));
            TooltipText.show(warnings, String.join("\n", outcome.warnings()));
        }
        idle();
        setMessage(outcome.warnings().isEmpty() ? "" : outcome.warnings().get(0), false);
        showIterations(outcome.iterations()); // last: it fits beside the other figures
    }

    /**
     * A figure takes room only when it has text, and a separator stands only between two figures that have: a
     * workbench whose outcome names no error (the IPOT panels, a notice after opening a file) showed empty
     * fields between bare separators ("Scalability |  | done").
     */
    private void showSeparators() {
        Label[] fields = {iterations, marginalError, converged, time};
        Separator[] separators = {afterIterations, afterError, afterVerdict};
        boolean textBefore = false;
        for (int k = 0; k < separators.length; k++) {
            textBefore |= hasText(fields[k]);
            showIfChanged(separators[k], textBefore && hasText(fields[k + 1]));
        }
        for (Label field : fields) {
            showIfChanged(field, hasText(field));
        }
    }

    private static boolean hasText(Label field) {
        return field.getText() != null && !field.getText().isEmpty();
    }

    /** Shows or leaves out a node (a change costs a layout pass, so only on a change). */
    private static void showIfChanged(javafx.scene.Node node, boolean shown) {
        if (node.isManaged() != shown) {
            node.setManaged(shown);
            node.setVisible(shown);
        }
    }

    /** Shows what ran, in its long form ("…: sinkhorn 387, newton 16") where the bar has room for it. */
    private void showIterations(String text) {
        iterationsWhole = text;
        fitIterations();
    }

    /**
     * The iterations in their long form, or their count alone (up to the colon) where the bar's figures would
     * otherwise not fit its width (presenter mode at 1280 px after a solve of four phases pushed the verdict, the
     * time and Cancel off the window's right edge); the message has given way before.
     */
    private void fitIterations() {
        iterations.setText(iterationsWhole);
        javafx.scene.layout.Region bar = (javafx.scene.layout.Region) iterations.getParent();
        // The room is the window's: a bar wider than its minimum is laid out at that minimum, past the right edge.
        double room = bar.getScene() == null ? bar.getWidth() : bar.getScene().getWidth();
        int colon = iterationsWhole.indexOf(':');
        if (colon > 0 && room > 0 && bar.minWidth(-1) > room) {
            iterations.setText(iterationsWhole.substring(0, colon));
        }
    }

    @Override
    public void cancelled() {
        idle();
        setVerdict("cancelled", "status-bad");
        setMessage("Cancelled: the last finished result stays on screen.", false);
    }

    @Override
    public void error(String text) {
        idle();
        setVerdict("failed", "status-bad");
        setMessage(text, true);
    }

    @Override
    public void notice(String text) {
        setMessage(text, false);
    }

    /** Empties every field: a workbench that has reported nothing yet shows nothing of another one's. */
    void clear() {
        onCancel = () -> { };
        showIterations("");
        marginalError.setText("");
        setVerdict("", null);
        time.setText("");
        warnings.setText("");
        TooltipText.show(warnings, null);
        idle();
        setMessage("", false);
    }

    /** The texts the bar shows, left to right, empty ones left out (tests read what the user sees). */
    String shownText() {
        return Stream.of(message, iterations, marginalError, converged, time, warnings)
                .map(Label::getText).filter(t -> t != null && !t.isEmpty())
                .collect(Collectors.joining(" | "));
    }

    /** The message line's text, shown or left out for want of room (tests read it). */
    String messageText() {
        return messageText;
    }

    /** Whether the cancel button is enabled, i.e. a computation is running. */
    boolean isRunning() {
        return !cancel.isDisabled();
    }

    private void idle() {
        showRunning.stop();
        runningShown = false;
        progress.setProgress(0);
        cancel.setDisable(true);
    }

    /** How the newest computation stands ("converged", "computing", "cancelled"), in a colour or none. */
    private void setVerdict(String text, String styleClass) {
        converged.setText(text);
        String shown = converged.getStyleClass().contains("status-ok") ? "status-ok"
                : converged.getStyleClass().contains("status-bad") ? "status-bad" : null;
        if (java.util.Objects.equals(shown, styleClass)) {
            return; // a style class change costs a CSS pass
        }
        converged.getStyleClass().removeAll("status-ok", "status-bad");
        if (styleClass != null) {
            converged.getStyleClass().add(styleClass);
        }
    }

    /** The message line; its style class and tooltip change only when they differ (each change costs a CSS pass). */
    private void setMessage(String text, boolean error) {
        messageText = text;
        showMessageIfRoom();
        if (error != message.getStyleClass().contains("status-error")) {
            message.getStyleClass().remove("status-error");
            if (error) {
                message.getStyleClass().add("status-error");
            }
        }
        TooltipText.show(message, text);
    }

    /** The message where it has {@link #LEAST_MESSAGE_EMS} of room (its width is what the figures leave). */
    private void showMessageIfRoom() {
        boolean room = message.getWidth() >= LEAST_MESSAGE_EMS * message.getFont().getSize();
        String shown = room ? messageText : "";
        if (!shown.equals(message.getText())) {
            message.setText(shown);
        }
    }
}

package org.otexplorer.ui.ipot;

import java.util.function.IntConsumer;
import java.util.function.IntSupplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Button;
import javafx.util.Duration;

/**
 * Play, pause, step and reset over a panel's frames 0 … count − 1: while playing, the next frame is shown every
 * {@code period} until the last; Play from the last frame starts again at the first. The panel keeps the frame on
 * screen (in its scenario) and says which it is; the Play button is disabled while playing and the Pause button
 * while paused. The four buttons are wired here. FX thread.
 */
final class FramePlayer {
    private final Timeline timeline;
    private final Button play;
    private final Button pause;
    private final IntSupplier count;
    private final IntSupplier current;
    private final IntConsumer show;

    /**
     * @param playPauseStepReset the panel's four buttons, in this order
     * @param count   how many frames there are
     * @param current the frame on screen
     * @param show    shows a frame
     */
    FramePlayer(Duration period, Button[] playPauseStepReset, IntSupplier count, IntSupplier current,
                IntConsumer show) {
        this.play = playPauseStepReset[0];
        this.pause = playPauseStepReset[1];
        play.setOnAction(e -> play());
        pause.setOnAction(e -> pause());
        playPauseStepReset[2].setOnAction(e -> step());
        playPauseStepReset[3].setOnAction(e -> reset());
        this.count = count;
        this.current = current;
        this.show = show;
        timeline = new Timeline(new KeyFrame(period, e -> {
            if (!advance()) {
                pause();
            }
        }));
        timeline.setCycleCount(Animation.INDEFINITE);
        showPlaying(false);
    }

    void play() {
        if (current.getAsInt() >= count.getAsInt() - 1) {
            show.accept(0);
        }
        timeline.play();
        showPlaying(true);
    }

    void pause() {
        timeline.stop();
        showPlaying(false);
    }

    void step() {
        pause();
        advance();
    }

    void reset() {
        pause();
        show.accept(0);
    }

    /** Play when paused, pause when playing (F7). */
    void togglePlay() {
        if (isPlaying()) {
            pause();
        } else {
            play();
        }
    }

    boolean isPlaying() {
        return timeline.getStatus() == Animation.Status.RUNNING;
    }

    /** Shows the next frame; whether there is one after it. */
    private boolean advance() {
        int k = current.getAsInt();
        int last = count.getAsInt() - 1;
        if (k >= last) {
            return false;
        }
        show.accept(k + 1);
        return k + 1 < last;
    }

    private void showPlaying(boolean playing) {
        play.setDisable(playing);
        pause.setDisable(!playing);
    }
}

package org.otexplorer.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * For the redraw benchmarks: watches the FX pulses, so that a latency can be measured to the pixels on screen, and
 * the longest gap between pulses (the window stays live). Start it on the FX thread.
 *
 * <p>Made {@link #renderedIn for a scene}, a view counts as on screen when the render thread has presented the frame
 * of the first pulse that laid it out: when that pulse begins, the clock waits for the frame in flight (as the
 * pulse's own synchronisation would, a little earlier) and counts the scene's presented frames; the next one is the
 * view's. Without a scene (or if no frame follows within {@value #FRAME_PATIENCE_MILLIS} ms) it counts to the start of
 * the next pulse, which under the software renderer can come before the frame is painted: the FX thread only waits
 * for a frame at the synchronisation of the pulse after it.
 */
public final class PulseClock extends AnimationTimer {
    /** How long a marked view waits for its frame before the next pulse's start stands in. */
    static final long FRAME_PATIENCE_MILLIS = 500;
    /** The scene whose frames are counted, or null. */
    private final Scene scene;
    /** When the render thread presented each frame of the scene, in order (guarded by itself). */
    private final List<Long> presented = new ArrayList<>();
    /** Per condition of the newest {@link #awaitPulsesAfter}: how many frames were presented before the view's. */
    private int[] framesBefore;
    private int unseenFrames;
    /** What the newest {@link #awaitPulsesAfter} waits for, each with whether it held and its result (FX thread). */
    private BooleanSupplier[] conditions;
    private boolean[] seen;
    private long[] results;
    private int waiting;
    private CountDownLatch done;
    private long previous;
    private long longestGap;
    /** The pulses since the newest {@link #awaitPulsesAfter} began (FX thread). */
    private final List<Long> pulses = new ArrayList<>();

    /** A clock of pulses only (the start of the pulse after a view's stands for its pixels). */
    public PulseClock() {
        this(null);
    }

    private PulseClock(Scene scene) {
        this.scene = scene;
    }

    /**
     * A clock that counts to the presented frame of the scene (FX thread): the render thread reports each frame it
     * presents through JavaFX's performance tracker.
     */
    public static PulseClock renderedIn(Scene scene) {
        PulseClock clock = new PulseClock(scene);
        com.sun.javafx.perf.PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(() -> {
            long t = System.nanoTime();
            synchronized (clock.presented) {
                clock.presented.add(t);
                clock.presented.notifyAll();
            }
        });
        return clock;
    }

    @Override
    public void handle(long now) {
        long t = System.nanoTime();
        if (previous != 0) {
            longestGap = Math.max(longestGap, t - previous);
        }
        previous = t;
        if (conditions == null) {
            return;
        }
        pulses.add(t);
        for (int k = 0; k < conditions.length; k++) {
            if (results[k] != 0) {
                continue;
            }
            if (seen[k]) {
                results[k] = t;
                waiting--;
            } else if (conditions[k].getAsBoolean()) {
                seen[k] = true; // laid out in this pulse: its frame shows it
                if (framesBefore != null) {
                    com.sun.javafx.scene.SceneHelper.getPeer(scene).waitForRenderingToComplete();
                    synchronized (presented) {
                        framesBefore[k] = presented.size();
                    }
                }
            }
        }
        if (waiting == 0) {
            conditions = null;
            done.countDown();
        }
    }

    /** When {@code drawn}, once it holds, is on screen (see the class comment). */
    public long awaitPulseAfter(BooleanSupplier drawn) throws InterruptedException {
        return awaitPulsesAfter(drawn)[0];
    }

    /**
     * Waits until {@code state} holds and one more pulse has begun, not for a frame: for a state that may already be
     * on screen (the window idle before the measured steps), whose pulse changes no pixels.
     */
    public void awaitSettled(BooleanSupplier state) throws InterruptedException {
        awaitPulses(false, state);
    }

    /**
     * For each of {@code drawn}, when it is on screen once it holds (see the class comment), watched from the same
     * pulses (a request's first and second delivery).
     */
    public long[] awaitPulsesAfter(BooleanSupplier... drawn) throws InterruptedException {
        return awaitPulses(scene != null, drawn);
    }

    private long[] awaitPulses(boolean toFrames, BooleanSupplier... drawn) throws InterruptedException {
        CountDownLatch latch = new CountDownLatch(1);
        long[] out = new long[drawn.length];
        int[] before = new int[drawn.length];
        Platform.runLater(() -> {
            conditions = drawn.clone();
            seen = new boolean[drawn.length];
            results = out;
            framesBefore = toFrames ? before : null;
            waiting = drawn.length;
            pulses.clear();
            done = latch;
        });
        if (!latch.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the panel did not draw within a minute");
        }
        if (toFrames) {
            for (int k = 0; k < out.length; k++) {
                out[k] = presentedAfter(before[k], out[k]);
            }
        }
        return out;
    }

    /**
     * When frame number {@code count} (from 0) was presented, waiting for it up to {@value #FRAME_PATIENCE_MILLIS} ms;
     * {@code otherwise} (counted in {@link #unseenFrames}) if none came.
     */
    private long presentedAfter(int count, long otherwise) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(FRAME_PATIENCE_MILLIS);
        synchronized (presented) {
            while (presented.size() <= count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    unseenFrames++;
                    return otherwise;
                }
                presented.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
            return presented.get(count);
        }
    }

    /**
     * How many views, counted to a presented frame, saw none follow and were counted to the next pulse's start
     * instead: a condition that came to hold in a pulse that changed no pixels (the window turning idle after the
     * spectrum it waited for was drawn).
     */
    public int unseenFrames() {
        return unseenFrames;
    }

    /**
     * The pulses the newest {@link #awaitPulsesAfter} saw after {@code nanos} up to the pulse at {@code until}, the
     * latter included (read after it returned; {@code until} one of its results: a later delivery's pulses are not
     * counted for an earlier one).
     */
    public int pulsesBetween(long nanos, long until) {
        return (int) pulses.stream().filter(t -> t > nanos && t <= until).count();
    }

    /** The median interval between the pulses the newest {@link #awaitPulsesAfter} saw, in milliseconds. */
    public double medianPulseMillis() {
        double[] intervals = sortedIntervalsMillis(pulses);
        return intervals.length == 0 ? Double.NaN : intervals[intervals.length / 2];
    }

    /** Forgets the longest gap seen so far. */
    public void resetGaps() {
        Platform.runLater(() -> longestGap = 0);
    }

    /** The longest gap between two FX pulses since the last reset, in milliseconds. */
    public double longestGapMillis() {
        return longestGap * 1e-6;
    }

    /**
     * Runs {@code drive} on the calling thread while watching, at every FX pulse, what {@code shown} returns; the
     * times of the pulses at which it changed (a new picture on screen).
     */
    public static List<Long> framesWhile(Supplier<Object> shown, Drive drive) throws InterruptedException {
        List<Long> frames = new ArrayList<>();
        Object[] last = {null};
        AnimationTimer watcher = new AnimationTimer() {
            @Override
            public void handle(long now) {
                Object current = shown.get();
                if (current != null && current != last[0]) {
                    last[0] = current;
                    frames.add(System.nanoTime());
                }
            }
        };
        Platform.runLater(watcher::start);
        drive.run();
        CountDownLatch stopped = new CountDownLatch(1);
        Platform.runLater(() -> {
            watcher.stop();
            stopped.countDown();
        });
        stopped.await();
        return frames;
    }

    /** What a frame watch drives (a drag of events). */
    @FunctionalInterface
    public interface Drive {
        void run() throws InterruptedException;
    }

    /** The intervals between consecutive times, in milliseconds, sorted. */
    public static double[] sortedIntervalsMillis(List<Long> times) {
        double[] intervals = new double[Math.max(0, times.size() - 1)];
        for (int k = 1; k < times.size(); k++) {
            intervals[k - 1] = (times.get(k) - times.get(k - 1)) * 1e-6;
        }
        Arrays.sort(intervals);
        return intervals;
    }

    /** The machine's load average (/proc/loadavg), printed beside every figure. */
    public static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }
}

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

/**
 * For the redraw benchmarks: watches the FX pulses, so that a latency can be measured to the pixels on screen —
 * up to the pulse after the one in whose layout a view was drawn — and the longest gap between pulses (the window
 * stays live). Start it on the FX thread.
 */
public final class PulseClock extends AnimationTimer {
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
                seen[k] = true; // drawn in this pulse's layout; its pixels are out by the next pulse
            }
        }
        if (waiting == 0) {
            conditions = null;
            done.countDown();
        }
    }

    /** The time of the pulse after the one in which {@code drawn} first held (its pixels are out by then). */
    public long awaitPulseAfter(BooleanSupplier drawn) throws InterruptedException {
        return awaitPulsesAfter(drawn)[0];
    }

    /**
     * For each of {@code drawn}, the time of the pulse after the one in which it first held, watched from the
     * same pulses (a request's first and second delivery).
     */
    public long[] awaitPulsesAfter(BooleanSupplier... drawn) throws InterruptedException {
        CountDownLatch latch = new CountDownLatch(1);
        long[] out = new long[drawn.length];
        Platform.runLater(() -> {
            conditions = drawn.clone();
            seen = new boolean[drawn.length];
            results = out;
            waiting = drawn.length;
            pulses.clear();
            done = latch;
        });
        if (!latch.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the panel did not draw within a minute");
        }
        return out;
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

package org.otexplorer.ui.permutation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.otexplorer.io.Scenario;
import org.otexplorer.permutation.HeadKind;
import org.otexplorer.permutation.SortingRun;
import org.otexplorer.permutation.SortingSettings;
import org.otexplorer.permutation.SortingSnapshot;
import org.otexplorer.regression.RunControl;
import org.otexplorer.service.ComputeService;
import org.otexplorer.service.Job;
import org.otexplorer.service.JobContext;
import org.otexplorer.service.JobListener;

/**
 * The training race of the sorting task (paper §4.2, Table 3; math.md §15.6): every chosen head learns on the same
 * data from the same initial weights ({@link SortingRun}), one epoch of each head per turn, with play, pause, step
 * and reset for all of them at once. A race is one job on the {@value #CHANNEL} channel: it builds the runs, waits
 * for Play or Step, and publishes a {@link RaceSnapshot} after every epoch. Pause takes effect before the next epoch,
 * cancellation (reset, a new scenario) within the running one ({@link SortingRun#epoch} polls it per sequence).
 * Nothing here touches JavaFX.
 */
final class SortingRace {
    static final String CHANNEL = "permutation.race";

    private final ComputeService service;
    private final JobListener<RaceSnapshot> listener;
    private RunControl control;
    private Scenario loaded;

    SortingRace(ComputeService service, JobListener<RaceSnapshot> listener) {
        this.service = service;
        this.listener = listener;
    }

    /**
     * Prepares a race for the scenario (cancelling the previous one), paused before its first epoch.
     *
     * @throws IllegalArgumentException when the scenario's settings cannot race (the message names the field)
     */
    synchronized void load(Scenario s) {
        SortingSettings settings = PermutationSection.sorting(s);
        List<HeadKind> heads = PermutationSection.heads(s);
        RunControl next = new RunControl();
        next.pause();
        control = next;
        loaded = s;
        service.submit(CHANNEL, job(settings, heads, next), listener);
    }

    synchronized void play() {
        if (control != null) {
            control.resume();
        }
    }

    synchronized void pause() {
        if (control != null) {
            control.pause();
        }
    }

    /** One more epoch of every head, then paused. */
    synchronized void step() {
        if (control != null) {
            control.pause();
            control.step();
        }
    }

    /** Starts the loaded scenario's race afresh. */
    synchronized void reset() {
        if (loaded != null) {
            load(loaded);
        }
    }

    synchronized void close() {
        if (control != null) {
            control.cancel();
        }
        service.cancel(CHANNEL);
    }

    /** Runs the scenario's race to its end on the calling thread (headless export, tests). */
    static RaceSnapshot runToEnd(Scenario s) {
        return job(PermutationSection.sorting(s), PermutationSection.heads(s), new RunControl())
                .run(JobContext.detached());
    }

    private static Job<RaceSnapshot> job(SortingSettings settings, List<HeadKind> heads, RunControl control) {
        return context -> {
            context.onCancel(control::cancel);
            List<Lane> lanes = new ArrayList<>();
            for (HeadKind h : heads) {
                lanes.add(new Lane(new SortingRun(settings, h)));
            }
            context.publish(snapshot(lanes, settings, true));
            while (lanes.stream().anyMatch(l -> !l.run.finished())) {
                if (!control.awaitTurn() || context.isCancelled()) {
                    throw new CancellationException("training race cancelled");
                }
                for (Lane lane : lanes) {
                    if (!lane.run.finished()) {
                        lane.add(lane.run.epoch(context::isCancelled));
                    }
                }
                boolean running = lanes.stream().anyMatch(l -> !l.run.finished());
                context.publish(snapshot(lanes, settings, running));
            }
            return snapshot(lanes, settings, false);
        };
    }

    private static RaceSnapshot snapshot(List<Lane> lanes, SortingSettings settings, boolean running) {
        return new RaceSnapshot(lanes.stream().map(Lane::trace).toList(), settings.epochs(), running);
    }

    /** One head's run and its growing curves (touched by the race's thread only). */
    private static final class Lane {
        final SortingRun run;
        private final double[][] curves = new double[7][16];
        private int size;
        private SortingSnapshot latest;

        Lane(SortingRun run) {
            this.run = run;
            add(run.snapshot());
        }

        void add(SortingSnapshot s) {
            if (size == curves[0].length) {
                for (int c = 0; c < curves.length; c++) {
                    curves[c] = Arrays.copyOf(curves[c], 2 * size);
                }
            }
            double[] row = {s.epoch(), s.loss(), s.test().kendallTau(), s.test().outputKendallTau(),
                s.test().proportionAnyWrong(), s.constraintErrorMean(), s.constraintErrorMax()};
            for (int c = 0; c < row.length; c++) {
                curves[c][size] = row[c];
            }
            size++;
            latest = s;
        }

        RaceSnapshot.HeadTrace trace() {
            double[][] c = new double[curves.length][];
            for (int k = 0; k < c.length; k++) {
                c[k] = Arrays.copyOf(curves[k], size);
            }
            return new RaceSnapshot.HeadTrace(run.head(), c[0], c[1], c[2], c[3], c[4], c[5], c[6], latest);
        }
    }
}

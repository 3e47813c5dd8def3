package org.otexplorer.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the frames of a step-by-step recording from a solver's {@link IterateSink} calls, within a budget of
 * doubles. Per solver iteration it makes an entry of one or two frames (see {@link StepRecording.Step}):
 * <ul>
 *   <li>balanced Sinkhorn (scaling and log domain): after iteration t the scheme holds {@code (f_t, g_{t−1})}, rows
 *       exact; the entry is the column normalisation of iteration t − 1 (from {@code f_{t−1}}, b) and the row
 *       normalisation of t (from {@code g_{t−1}}, a). The solver stops on a row step, so the last frame is its result;</li>
 *   <li>unbalanced: both damped updates happen in one iteration; the entry is {@code (f_t, g_{t−1})} and
 *       {@code (f_t, g_t)}, as potentials;</li>
 *   <li>robust (ROBOT): the row normalisation to {@code μ_{t−1}} and the column normalisation to {@code ν_{t−1}};</li>
 *   <li>Newton steps: the potentials of each step; IPOT: the plan after each proximal step.</li>
 * </ul>
 * Memory: entries are kept whole while they take at most half the budget (the head: every half-step of the first
 * iterations); after that only every s-th iteration is kept, and when the kept tail passes the other half, every
 * other one of it is dropped and s doubles. The latest entry is always kept, so the last frame is the solver's
 * final iterate. The frames held never exceed the budget (plus, while one iteration is bigger than half the
 * budget, that one iteration).
 */
final class StepTape implements IterateSink, RobustSinkhornSolver.IterateRecorder {
    private record Entry(int iteration, List<StepFrame> frames, long size) {
    }

    private final boolean balanced;
    private final double[] a;
    private final double[] b;
    private final long budget;
    private final List<Entry> head = new ArrayList<>();
    private final List<Entry> tail = new ArrayList<>();
    private long headSize;
    private long tailSize;
    private long largestEntry;
    private int stride = 1;
    private Entry latest;
    private double[] previousF;
    private double[] previousG;
    private boolean previousWasSinkhorn;

    /**
     * A tape starting from frame {@code start}; {@code balanced}: the Sinkhorn reports are row-exact states of a
     * balanced scheme (else damped ones, both updates done).
     */
    StepTape(boolean balanced, TransportProblem problem, StepFrame start, long budget) {
        this.balanced = balanced;
        a = problem.sourceWeights();
        b = problem.targetWeights();
        this.budget = budget;
        previousG = start.g();
        add(0, List.of(start));
    }

    @Override
    public void sinkhorn(int iteration, SinkhornLoop.Scheme scheme) {
        double[] f = scheme.f();
        double[] g = scheme.g();
        List<StepFrame> frames = new ArrayList<>(2);
        if (balanced) {
            if (previousWasSinkhorn) {
                frames.add(new StepFrame(iteration - 1, StepRecording.Step.COLUMNS, previousF, g, b, null));
            }
            frames.add(new StepFrame(iteration, StepRecording.Step.ROWS, f, g, a, null));
        } else {
            frames.add(new StepFrame(iteration, StepRecording.Step.ROWS, f, previousG, null, null));
            frames.add(new StepFrame(iteration, StepRecording.Step.COLUMNS, f, g, null, null));
        }
        previousF = f;
        previousG = g;
        previousWasSinkhorn = true;
        add(iteration, frames);
    }

    @Override
    public void newton(int iteration, double[] f, double[] g) {
        double[] fc = f.clone();
        double[] gc = g.clone();
        previousF = fc;
        previousG = gc;
        previousWasSinkhorn = false;
        add(iteration, List.of(new StepFrame(iteration, StepRecording.Step.NEWTON, fc, gc, null, null)));
    }

    @Override
    public void proximal(int iteration, IpotStepper stepper) {
        add(iteration, List.of(new StepFrame(iteration, StepRecording.Step.PROXIMAL, null, null, null,
                stepper.plan().values().clone())));
    }

    /** ROBOT's outer iteration: {@code f_t} normalises rows to {@code μ_{t−1}}, then {@code g_t} columns to {@code ν_{t−1}}. */
    @Override
    public void iteration(double[] mu, double[] nu, double[] f, double[] g) {
        double[] fc = f.clone();
        double[] gc = g.clone();
        int t = lastIteration() + 1;
        add(t, List.of(new StepFrame(t, StepRecording.Step.ROWS, fc, previousG, mu.clone(), null),
                new StepFrame(t, StepRecording.Step.COLUMNS, fc, gc, nu.clone(), null)));
        previousG = gc;
    }

    /** Appends a frame to the latest entry (the solver's result when it is not the last frame recorded). */
    void appendToLatest(StepFrame frame) {
        List<StepFrame> frames = new ArrayList<>(latest.frames());
        long size = latest.size() + frame.size(frames.get(frames.size() - 1));
        frames.add(frame);
        latest = new Entry(latest.iteration(), List.copyOf(frames), size);
    }

    /** The last frame recorded. */
    StepFrame lastFrame() {
        return latest.frames().get(latest.frames().size() - 1);
    }

    /** Every kept frame, in order. */
    List<StepFrame> frames() {
        List<StepFrame> out = new ArrayList<>();
        for (List<Entry> part : List.of(head, tail, List.of(latest))) {
            for (Entry e : part) {
                out.addAll(e.frames());
            }
        }
        return out;
    }

    /** Doubles the kept frames hold. */
    long storedDoubles() {
        return headSize + tailSize + latest.size();
    }

    /** Every how many iterations the tail keeps one (1 while every iteration is kept). */
    int stride() {
        return stride;
    }

    private int lastIteration() {
        return latest == null ? 0 : latest.iteration();
    }

    private void add(int iteration, List<StepFrame> frames) {
        long size = 0;
        StepFrame before = null;
        for (StepFrame f : frames) {
            size += f.size(before);
            before = f;
        }
        Entry entry = new Entry(iteration, List.copyOf(frames), size);
        largestEntry = Math.max(largestEntry, size);
        if (latest != null) {
            keep(latest);
        }
        latest = entry;
    }

    private void keep(Entry e) {
        long half = budget / 2;
        if (tail.isEmpty() && headSize + e.size() <= half) {
            head.add(e);
            headSize += e.size();
            return;
        }
        if (e.iteration() % stride != 0) {
            return;
        }
        tail.add(e);
        tailSize += e.size();
        while (headSize + tailSize + largestEntry > budget && !tail.isEmpty()) {
            stride *= 2;
            tail.removeIf(kept -> kept.iteration() % stride != 0);
            tailSize = tail.stream().mapToLong(Entry::size).sum();
        }
    }
}

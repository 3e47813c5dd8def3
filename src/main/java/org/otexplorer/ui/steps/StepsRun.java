package org.otexplorer.ui.steps;

import java.nio.file.Path;
import java.util.Locale;
import org.otexplorer.engine.Epsilon;
import org.otexplorer.engine.IpotSolver;
import org.otexplorer.engine.SolverMonitor;
import org.otexplorer.engine.SolverParameters;
import org.otexplorer.engine.SolverPhase;
import org.otexplorer.engine.StepRecording;
import org.otexplorer.engine.StepThrough;
import org.otexplorer.engine.TransportProblem;
import org.otexplorer.engine.TransportResult;
import org.otexplorer.io.Scenario;
import org.otexplorer.parameters.Parameter;
import org.otexplorer.service.DemoPointClouds;
import org.otexplorer.ui.workbench.Status;

/**
 * A recorded solve of the scenario's problem by its method ({@link StepThrough}), with what every frame's display
 * shares: the locked colour range (the largest plan entry over the frames after the start: the start, the kernel,
 * is often far more concentrated, and would leave every later frame dark) and potential ranges (over at most
 * {@value #COLOUR_SAMPLES} frames evenly spaced, the first and last included), the marginal-error history and each
 * frame's caption. Plain data, computed off the FX thread; a frame's own arrays come from
 * {@link #frame(int)} (also off the FX thread: it rebuilds the plan).
 */
final class StepsRun {
    /** Frames the locked ranges are taken over, at most (evenly spaced, the first and the last included). */
    static final int COLOUR_SAMPLES = 400;

    private final StepRecording recording;
    private final String method;
    private final String regularisation;
    private final double meanCost;
    private final double colourMax;
    private final double[] fRange;
    private final double[] gRange;

    private StepsRun(StepRecording recording, String method, String regularisation, double meanCost, double colourMax,
                     double[] fRange, double[] gRange) {
        this.recording = recording;
        this.method = method;
        this.regularisation = regularisation;
        this.meanCost = meanCost;
        this.colourMax = colourMax;
        this.fRange = fRange;
        this.gRange = gRange;
    }

    /**
     * Solves the scenario while recording it.
     *
     * @throws IllegalArgumentException when the method has no iterations to step through, or the data or engine
     *                                  sections are invalid (the message says which)
     */
    static StepsRun compute(Scenario s, Path baseDirectory, SolverMonitor monitor) {
        String method = s.engine().method();
        if (!StepThrough.METHODS.contains(method)) {
            throw new IllegalArgumentException("method '" + method + "' has no iterations to step through; choose one"
                    + " of " + StepThrough.METHODS);
        }
        TransportProblem p = DemoPointClouds.problem(s.data(), s.seed(), baseDirectory); // edited weights too
        StepRecording r = StepThrough.record(method, p, s.engine().toSettings(p), monitor, StepThrough.DEFAULT_BUDGET);
        int last = r.frameCount() - 1;
        int samples = Math.min(last, COLOUR_SAMPLES);
        double max = 0;
        double[] fRange = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        double[] gRange = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int k = 0; k <= samples && !monitor.isCancelled(); k++) {
            int frame = last - (int) ((long) k * last / Math.max(samples, 1));
            if (frame > 0 || last == 0) {
                for (double v : r.plan(frame).values()) {
                    max = Math.max(max, v);
                }
            }
            widen(fRange, r.f(frame));
            widen(gRange, r.g(frame));
        }
        return new StepsRun(r, method, regularisation(s, r), p.meanCost(), max, fRange, gRange);
    }

    /**
     * What regularises the recorded solve: "ε = 0.02 × mean C = 0.0668" (as set, and as solved with), or IPOT's
     * proximal step "β = 1" (IPOT has no ε).
     */
    private static String regularisation(Scenario s, StepRecording r) {
        if (IpotSolver.ID.equals(s.engine().method())) {
            return "β = " + Parameter.format(s.engine().get(SolverParameters.BETA));
        }
        Epsilon set = s.engine().epsilon();
        return "ε = " + (set.reference() == Epsilon.Reference.ABSOLUTE ? "" : set + " = ") + Parameter.format(r.epsilon());
    }

    /** Widens [low, high] to the finite values of {@code v} (none: nothing). */
    private static void widen(double[] range, double[] v) {
        if (v == null) {
            return;
        }
        for (double x : v) {
            if (Double.isFinite(x)) {
                range[0] = Math.min(range[0], x);
                range[1] = Math.max(range[1], x);
            }
        }
    }

    /** The range of f over the sampled frames, for a locked axis ([+∞, −∞] without potentials). */
    double[] fRange() {
        return fRange.clone();
    }

    /** The range of g over the sampled frames. */
    double[] gRange() {
        return gRange.clone();
    }

    StepRecording recording() {
        return recording;
    }

    /** The recorded problem's mean cost (the unit of a relative ε). */
    double meanCost() {
        return meanCost;
    }

    String method() {
        return method;
    }

    int frameCount() {
        return recording.frameCount();
    }

    /** The locked colour range [0, largest entry]. */
    double[] colourRange() {
        return new double[] {0, colourMax > 0 ? colourMax : 1};
    }

    /** The frame index shown for a requested one (past the last: the last). */
    int clamp(int frame) {
        return Math.max(0, Math.min(frame, frameCount() - 1));
    }

    /** The next frame from {@code k} ({@code halfSteps} off: skipping column half-steps), or k at the end. */
    int next(int k, boolean halfSteps) {
        int j = k + 1;
        while (!halfSteps && j < frameCount() - 1 && recording.step(j) == StepRecording.Step.COLUMNS) {
            j++;
        }
        return clamp(j);
    }

    /** The previous frame from {@code k}, skipping column half-steps when {@code halfSteps} is off. */
    int previous(int k, boolean halfSteps) {
        int j = k - 1;
        while (!halfSteps && j > 0 && recording.step(j) == StepRecording.Step.COLUMNS) {
            j--;
        }
        return clamp(j);
    }

    /** What frame k is: "k = 3 of 240 · iteration 2 · row normalisation · Sinkhorn". */
    String caption(int k) {
        StepRecording.Step step = recording.step(k);
        String phase = switch (recording.phase(k)) {
            case SolverPhase.NEWTON -> "Newton phase";
            case SolverPhase.SINKHORN -> "Sinkhorn phase";
            default -> "IPOT";
        };
        String what = step == StepRecording.Step.START ? "start (before iteration 1)"
                : "iteration " + recording.iteration(k) + " · " + step.label();
        return String.format(Locale.ROOT, "k = %d of %d · %s · %s", k, frameCount() - 1, what, phase);
    }

    /**
     * One line on the solve: method, its regularisation (ε as set, the slider's "0.02 × mean C", and as solved with;
     * IPOT's β), iterations, stop reason and how the frames were kept.
     */
    String summary() {
        TransportResult result = recording.result();
        String kept = recording.stride() == 1 ? "every iteration recorded"
                : "first iterations recorded whole, then every " + recording.stride() + "th";
        return String.format(Locale.ROOT, "%s, %s: %d iterations, %s; %s (%d of %d doubles)", method,
                regularisation, result.iterations(),
                result.stopReason().name().toLowerCase(Locale.ROOT).replace('_', ' '), kept,
                recording.storedDoubles(), recording.budget());
    }

    /** How the recorded solve ended, for the status bar. */
    Status.Outcome outcome() {
        TransportResult r = recording.result();
        return new Status.Outcome(String.format(Locale.ROOT, "%d iterations, %d frames", r.iterations(),
                frameCount()), String.format(Locale.ROOT, "error %.3g", r.marginalError()),
                r.stopReason().name().toLowerCase(Locale.ROOT).replace('_', ' '), r.converged(),
                String.format(Locale.ROOT, "%.3f s", r.elapsedSeconds()), r.warnings());
    }

    /** The arrays frame k shows (rebuilds its plan: call off the FX thread). */
    FrameView frame(int k) {
        return FrameView.of(this, clamp(k));
    }
}

package org.otexplorer.engine;

import java.util.List;

/**
 * The recorded iterates of one solve, for stepping through it ({@link StepThrough#record}): frame 0 is the start,
 * then, for the Sinkhorn schemes, one frame per half-step (the row normalisation, then the column normalisation),
 * one per Newton step where the solve switched to Newton (math.md §2.4), one per proximal step for IPOT. The last
 * frame is the solver's result.
 *
 * <p>Memory: frames hold potentials (O(n + m) doubles; IPOT, which has none, its plans, O(nm)); a frame's plan is
 * rebuilt on demand by {@link #plan(int)}. A budget of doubles bounds what is kept: every frame of the first
 * iterations up to half of it, then every s-th iteration with s doubling as needed, and always the last
 * ({@link StepTape}). The marginal-error history of every iteration is the result's.
 */
public final class StepRecording {
    /** What a frame shows. */
    public enum Step {
        /** Before the first iteration: the kernel {@code exp((g₀ − C)/ε)} at total mass 1 (IPOT: {@code 1 1ᵀ/nm}). */
        START("start"),
        /** The row update {@code u = a/(Kv)} (log domain: f is the c-transform of g), rows then sum to a. */
        ROWS("row normalisation"),
        /** The column update {@code v = b/(Kᵀu)}, columns then sum to b. */
        COLUMNS("column normalisation"),
        /** A Newton step on the dual (math.md §2.4). */
        NEWTON("Newton step"),
        /** IPOT's proximal step (its L inner Sinkhorn scalings together). */
        PROXIMAL("proximal step"),
        /** The solver's returned iterate where it differs from the last one recorded (Newton's best iterate). */
        RESULT("result");

        private final String label;

        Step(String label) {
            this.label = label;
        }

        /** How the view names it ("row normalisation"). */
        public String label() {
            return label;
        }
    }

    private final TransportProblem problem;
    private final TransportResult result;
    private final double eps;
    private final List<StepFrame> frames;
    private final long storedDoubles;
    private final long budget;
    private final int stride;

    StepRecording(TransportProblem problem, TransportResult result, double eps, StepTape tape, long budget) {
        this.problem = problem;
        this.result = result;
        this.eps = eps;
        frames = List.copyOf(tape.frames());
        storedDoubles = tape.storedDoubles();
        this.budget = budget;
        stride = tape.stride();
    }

    /** The problem solved. */
    public TransportProblem problem() {
        return problem;
    }

    /** What the solver returned (its plan is the last frame's). */
    public TransportResult result() {
        return result;
    }

    /** The ε the frames' potentials use (0 for IPOT). */
    public double epsilon() {
        return eps;
    }

    /** Frames recorded (at least the start and the result). */
    public int frameCount() {
        return frames.size();
    }

    /** The solver iteration of frame k (0 for the start; Newton steps continue the count). */
    public int iteration(int k) {
        return frames.get(k).iteration();
    }

    /** What frame k shows. */
    public Step step(int k) {
        return frames.get(k).step();
    }

    /**
     * The solver phase of frame k: {@link SolverPhase#NEWTON} for Newton steps (and a result they returned),
     * {@value IpotSolver#ID} for IPOT's start and proximal steps, else {@link SolverPhase#SINKHORN}.
     */
    public String phase(int k) {
        return switch (frames.get(k).step()) {
            case NEWTON -> SolverPhase.NEWTON;
            case PROXIMAL -> IpotSolver.ID;
            case START -> IpotSolver.ID.equals(result.method()) ? IpotSolver.ID : SolverPhase.SINKHORN;
            case RESULT -> phase(k - 1);
            default -> SolverPhase.SINKHORN;
        };
    }

    /** The source potential f of frame k, or {@code null} where there is none (IPOT). A fresh array. */
    public double[] f(int k) {
        StepFrame frame = frames.get(k);
        return frame.f() == null ? null : frame.f().clone();
    }

    /** The target potential g of frame k, or {@code null} where there is none (IPOT). A fresh array. */
    public double[] g(int k) {
        StepFrame frame = frames.get(k);
        if (frame.g() != null) {
            return frame.g().clone();
        }
        if (frame.f() == null) {
            return null;
        }
        double[] g = new double[problem.m()];
        LogDomainKernels.updateColumns(problem.costArray(), problem.n(), problem.m(), eps, frame.f(),
                LogDomainKernels.logOf(frame.target()), g);
        return g;
    }

    /** The plan of frame k, rebuilt from what the frame holds (see {@link StepFrame}). */
    public TransportPlan plan(int k) {
        StepFrame frame = frames.get(k);
        int n = problem.n();
        int m = problem.m();
        double[] c = problem.costArray();
        double[] out = new double[n * m];
        if (frame.plan() != null) {
            System.arraycopy(frame.plan(), 0, out, 0, out.length);
        } else if (frame.target() != null && frame.step() == Step.ROWS) {
            normaliseRows(c, n, m, frame.g(), frame.target(), out);
        } else if (frame.target() != null) {
            normaliseColumns(c, n, m, frame.f(), frame.target(), out);
        } else {
            LogDomainKernels.plan(c, n, m, eps, frame.f(), frame.g(), out);
        }
        return new TransportPlan(n, m, out);
    }

    /** The marginal frame k's normalisation scales to (a, b; robust: that iteration's μ, ν), or null (tests). */
    double[] target(int k) {
        double[] t = frames.get(k).target();
        return t == null ? null : t.clone();
    }

    /** The marginal error of every iteration as the solver measured it (the result's history). */
    public double[] errorHistory() {
        return result.marginalErrorHistory();
    }

    /** Doubles the frames hold (at most the budget, see the class comment). */
    public long storedDoubles() {
        return storedDoubles;
    }

    /** The budget of doubles the recording was made with. */
    public long budget() {
        return budget;
    }

    /** Every how many iterations the frames after the first ones were kept (1: every iteration). */
    public int stride() {
        return stride;
    }

    /** {@code P_ij = a_i exp((g_j − C_ij)/ε) / Σ_j exp((g_j − C_ij)/ε)}, max-shifted: rows sum to a to round-off. */
    private void normaliseRows(double[] c, int n, int m, double[] g, double[] a, double[] out) {
        for (int i = 0; i < n; i++) {
            int row = i * m;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < m; j++) {
                max = Math.max(max, g[j] - c[row + j]);
            }
            double s = 0;
            for (int j = 0; j < m; j++) {
                out[row + j] = LogDomainKernels.exp((g[j] - c[row + j] - max) / eps);
                s += out[row + j];
            }
            for (int j = 0; j < m; j++) {
                out[row + j] *= a[i] / s;
            }
        }
    }

    /** {@code P_ij = b_j exp((f_i − C_ij)/ε) / Σ_i exp((f_i − C_ij)/ε)}, max-shifted: columns sum to b. */
    private void normaliseColumns(double[] c, int n, int m, double[] f, double[] b, double[] out) {
        for (int j = 0; j < m; j++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                max = Math.max(max, f[i] - c[i * m + j]);
            }
            double s = 0;
            for (int i = 0; i < n; i++) {
                out[i * m + j] = LogDomainKernels.exp((f[i] - c[i * m + j] - max) / eps);
                s += out[i * m + j];
            }
            for (int i = 0; i < n; i++) {
                out[i * m + j] *= b[j] / s;
            }
        }
    }
}

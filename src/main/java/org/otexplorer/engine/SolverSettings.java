package org.otexplorer.engine;

/**
 * Immutable solver settings, configured with {@code withX(...)} copies (Hipparchus style). One object
 * carries the parameters of every method; each solver reads the ones it uses and validates them.
 *
 * <p>Defaults: ε = 0.05 (absolute), tolerance 1e-9 on the marginal error, 10 000 iterations,
 * ρ1 = ρ2 = 0, robust step η = 1e-3 (ROBOT code), τ = 1 (unbalanced KL penalty), IPOT β = 1 with
 * L = 1 inner iteration, no ε-scaling, Newton phase on (math.md §2.4), no warm start.
 */
public final class SolverSettings {
    private static final SolverSettings DEFAULTS = new SolverSettings(0.05, 1e-9, 10_000, 0, 0, 1e-3,
            1.0, 1.0, 1, false, true, null, null);

    private final double epsilon;
    private final double tolerance;
    private final int maxIterations;
    private final double rho1;
    private final double rho2;
    private final double robustStep;
    private final double tau;
    private final double beta;
    private final int innerIterations;
    private final boolean epsilonScaling;
    private final boolean newton;
    private final double[] initialF;
    private final double[] initialG;

    private SolverSettings(double epsilon, double tolerance, int maxIterations, double rho1, double rho2,
                           double robustStep, double tau, double beta, int innerIterations,
                           boolean epsilonScaling, boolean newton, double[] initialF, double[] initialG) {
        this.epsilon = epsilon;
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
        this.rho1 = rho1;
        this.rho2 = rho2;
        this.robustStep = robustStep;
        this.tau = tau;
        this.beta = beta;
        this.innerIterations = innerIterations;
        this.epsilonScaling = epsilonScaling;
        this.newton = newton;
        this.initialF = initialF;
        this.initialG = initialG;
    }

    /** The defaults listed in the class comment. */
    public static SolverSettings defaults() {
        return DEFAULTS;
    }

    /** Absolute entropic regularisation ε (> 0 for entropic methods). */
    public double epsilon() {
        return epsilon;
    }

    public SolverSettings withEpsilon(double value) {
        return new SolverSettings(value, tolerance, maxIterations, rho1, rho2, robustStep, tau, beta,
                innerIterations, epsilonScaling, newton, initialF, initialG);
    }

    /** Stop once the marginal error {@code ||P1−a||₁ + ||Pᵀ1−b||₁} is at most this. */
    public double tolerance() {
        return tolerance;
    }

    public SolverSettings withTolerance(double value) {
        return new SolverSettings(epsilon, value, maxIterations, rho1, rho2, robustStep, tau, beta,
                innerIterations, epsilonScaling, newton, initialF, initialG);
    }

    /** Iteration limit (outer iterations for IPOT and robust OT). */
    public int maxIterations() {
        return maxIterations;
    }

    public SolverSettings withMaxIterations(int value) {
        return new SolverSettings(epsilon, tolerance, value, rho1, rho2, robustStep, tau, beta,
                innerIterations, epsilonScaling, newton, initialF, initialG);
    }

    /** ROBOT's radius of the L2 ball around the source marginal a. */
    public double rho1() {
        return rho1;
    }

    /** ROBOT's radius of the L2 ball around the target marginal b. */
    public double rho2() {
        return rho2;
    }

    public SolverSettings withRho(double r1, double r2) {
        return new SolverSettings(epsilon, tolerance, maxIterations, r1, r2, robustStep, tau, beta,
                innerIterations, epsilonScaling, newton, initialF, initialG);
    }

    /** ROBOT's step η on the relaxed marginals (math.md §11.2). */
    public double robustStep() {
        return robustStep;
    }

    public SolverSettings withRobustStep(double value) {
        return new SolverSettings(epsilon, tolerance, maxIterations, rho1, rho2, value, tau, beta,
                innerIterations, epsilonScaling, newton, initialF, initialG);
    }

    /** Weight τ of the KL marginal penalty in unbalanced OT (never called ρ). */
    public double tau() {
        return tau;
    }

    public SolverSettings withTau(double value) {
        return new SolverSettings(epsilon, tolerance, maxIterations, rho1, rho2, robustStep, value, beta,
                innerIterations, epsilonScaling, newton, initialF, initialG);
    }

    /** IPOT's proximal parameter β. */
    public double beta() {
        return beta;
    }

    public SolverSettings withBeta(double value) {
        return new SolverSettings(epsilon, tolerance, maxIterations, rho1, rho2, robustStep, tau, value,
                innerIterations, epsilonScaling, newton, initialF, initialG);
    }

    /** IPOT's number L of inner Sinkhorn iterations per proximal step. */
    public int innerIterations() {
        return innerIterations;
    }

    public SolverSettings withInnerIterations(int value) {
        return new SolverSettings(epsilon, tolerance, maxIterations, rho1, rho2, robustStep, tau, beta,
                value, epsilonScaling, newton, initialF, initialG);
    }

    /** Whether entropic solvers anneal ε from a large value down to the target. */
    public boolean epsilonScaling() {
        return epsilonScaling;
    }

    public SolverSettings withEpsilonScaling(boolean value) {
        return new SolverSettings(epsilon, tolerance, maxIterations, rho1, rho2, robustStep, tau, beta,
                innerIterations, value, newton, initialF, initialG);
    }

    /**
     * Whether the balanced entropic solvers (and unbalanced OT, robust OT at ρ1 = ρ2 = 0, the last stage of
     * ε-scaling) switch to Newton steps on the dual once the Sinkhorn rate stalls (math.md §2.4). On by
     * default; off shows the stall on purpose.
     */
    public boolean newton() {
        return newton;
    }

    public SolverSettings withNewton(boolean value) {
        return new SolverSettings(epsilon, tolerance, maxIterations, rho1, rho2, robustStep, tau, beta,
                innerIterations, epsilonScaling, value, initialF, initialG);
    }

    /** Whether a warm start was given. */
    public boolean hasWarmStart() {
        return initialF != null;
    }

    /** Initial potential f (math.md §0 convention), or {@code null}. */
    public double[] initialF() {
        return initialF;
    }

    /** Initial potential g, or {@code null}. */
    public double[] initialG() {
        return initialG;
    }

    /** Warm start from potentials f, g (for instance a previous result's); {@code null}s clear it. */
    public SolverSettings withWarmStart(double[] f, double[] g) {
        if ((f == null) != (g == null)) {
            throw new IllegalArgumentException("warm start needs both potentials f and g");
        }
        return new SolverSettings(epsilon, tolerance, maxIterations, rho1, rho2, robustStep, tau, beta,
                innerIterations, epsilonScaling, newton, f == null ? null : f.clone(), g == null ? null : g.clone());
    }

    /** Throws unless ε is finite and positive. */
    public void requirePositiveEpsilon() {
        if (!(epsilon > 0) || Double.isInfinite(epsilon)) {
            throw new IllegalArgumentException("epsilon must be a finite number > 0, got " + epsilon);
        }
    }

    /** Throws unless the tolerance and the iteration limit make sense. */
    public void requireValidStopping() {
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be a finite number >= 0, got " + tolerance);
        }
        if (maxIterations <= 0) {
            throw new IllegalArgumentException("max iterations must be > 0, got " + maxIterations);
        }
    }

    /** Throws unless a warm start, if any, matches the problem's sizes and is finite. */
    public void requireWarmStartFits(TransportProblem problem) {
        if (initialF == null) {
            return;
        }
        if (initialF.length != problem.n() || initialG.length != problem.m()) {
            throw new IllegalArgumentException("warm-start potentials have sizes " + initialF.length + " and "
                    + initialG.length + " but the problem is " + problem.n() + "x" + problem.m());
        }
        for (double v : initialF) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("warm-start potential f has a non-finite entry: " + v);
            }
        }
        for (double v : initialG) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("warm-start potential g has a non-finite entry: " + v);
            }
        }
    }
}

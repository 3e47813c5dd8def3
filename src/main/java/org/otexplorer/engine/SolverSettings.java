package org.otexplorer.engine;

import java.util.HashMap;
import java.util.Map;
import org.otexplorer.parameters.Parameter;
import org.otexplorer.parameters.ParameterValues;

/**
 * Immutable solver settings, configured with {@code withX(...)} copies (Hipparchus style): the absolute ε, the
 * values of the other declared solver parameters ({@link SolverParameters}, and any a solver declares itself,
 * read with {@link #get(Parameter)}) and an optional warm start. The settings hold what they are given; each
 * solver validates what it reads when it solves (a bad value is named in an {@link IllegalArgumentException}
 * then). {@link #of} builds settings from declared values (a scenario, {@code otx solve}), resolving a relative
 * ε against a problem.
 *
 * <p>Defaults: ε = 0.05 (absolute), tolerance 1e-9 on the marginal error, 10 000 iterations,
 * ρ1 = ρ2 = 0, robust step η = 1e-3 (ROBOT code), robust scheme "robot", τ = 1 (unbalanced KL penalty), IPOT β = 1 with
 * L = 1 inner iteration, no ε-scaling, Newton phase on (math.md §2.4), no warm start.
 */
public final class SolverSettings {
    private static final SolverSettings DEFAULTS = new SolverSettings(0.05, Map.of(), null, null);

    private final double epsilon;
    private final Map<String, Object> values;
    private final double[] initialF;
    private final double[] initialG;

    private SolverSettings(double epsilon, Map<String, Object> values, double[] initialF, double[] initialG) {
        this.epsilon = epsilon;
        this.values = values;
        this.initialF = initialF;
        this.initialG = initialG;
    }

    /** The defaults listed in the class comment. */
    public static SolverSettings defaults() {
        return DEFAULTS;
    }

    /**
     * Settings from declared parameter values (checked against their declarations where they were read) for one
     * problem: a relative ε becomes absolute for its costs ({@link Epsilon#absolute}); relative radii ρ1, ρ2
     * ({@link SolverParameters#RELATIVE_RHO}, the default) become absolute, {@code ρ1·‖a‖₂} and {@code ρ2·‖b‖₂}
     * (math.md §11.2); the rest is taken as is.
     *
     * @throws IllegalArgumentException when ε cannot be resolved (see {@link Epsilon#absolute})
     */
    public static SolverSettings of(ParameterValues declared, TransportProblem problem) {
        Map<String, Object> copy = new HashMap<>(declared.asMap());
        copy.remove(SolverParameters.EPSILON.name());
        copy.remove(SolverParameters.RELATIVE_RHO.name());
        if (declared.get(SolverParameters.RELATIVE_RHO)) {
            copy.put(SolverParameters.RHO1.name(), declared.get(SolverParameters.RHO1) * norm(problem.sourceWeights()));
            copy.put(SolverParameters.RHO2.name(), declared.get(SolverParameters.RHO2) * norm(problem.targetWeights()));
        }
        return new SolverSettings(declared.get(SolverParameters.EPSILON).absolute(problem), Map.copyOf(copy), null,
                null);
    }

    private static double norm(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }

    /** The value of a declared parameter other than ε (its default when not set). */
    public <T> T get(Parameter<T> p) {
        Object v = values.get(p.name());
        return v == null ? p.defaultValue() : p.type().javaType().cast(v);
    }

    /** A copy with a declared parameter other than ε set (use {@link #withEpsilon} for ε). */
    public <T> SolverSettings with(Parameter<T> p, T value) {
        if (p.type() == Epsilon.TYPE) {
            throw new IllegalArgumentException("set epsilon with withEpsilon (absolute), or resolve a relative one "
                    + "with SolverSettings.of");
        }
        Map<String, Object> next = new HashMap<>(values);
        next.put(p.name(), value);
        return new SolverSettings(epsilon, Map.copyOf(next), initialF, initialG);
    }

    /** Absolute entropic regularisation ε (> 0 for entropic methods). */
    public double epsilon() {
        return epsilon;
    }

    /** A copy with the absolute ε. */
    public SolverSettings withEpsilon(double value) {
        return new SolverSettings(value, values, initialF, initialG);
    }

    /** Stop once the marginal error {@code ||P1−a||₁ + ||Pᵀ1−b||₁} is at most this. */
    public double tolerance() {
        return get(SolverParameters.TOLERANCE);
    }

    public SolverSettings withTolerance(double value) {
        return with(SolverParameters.TOLERANCE, value);
    }

    /** Iteration limit (outer iterations for IPOT and robust OT). */
    public int maxIterations() {
        return get(SolverParameters.MAX_ITERATIONS);
    }

    public SolverSettings withMaxIterations(int value) {
        return with(SolverParameters.MAX_ITERATIONS, value);
    }

    /** ROBOT's radius of the L2 ball around the source marginal a (absolute). */
    public double rho1() {
        return get(SolverParameters.RHO1);
    }

    /** ROBOT's radius of the L2 ball around the target marginal b. */
    public double rho2() {
        return get(SolverParameters.RHO2);
    }

    public SolverSettings withRho(double r1, double r2) {
        return with(SolverParameters.RHO1, r1).with(SolverParameters.RHO2, r2);
    }

    /** ROBOT's step η on the relaxed marginals (math.md §11.2). */
    public double robustStep() {
        return get(SolverParameters.ROBUST_STEP);
    }

    public SolverSettings withRobustStep(double value) {
        return with(SolverParameters.ROBUST_STEP, value);
    }

    /** Robust OT's scheme, {@code "robot"} (ROBOT's Algorithm 1) or {@code "exact"} (math.md §11.2). */
    public String robustScheme() {
        return get(SolverParameters.ROBUST_SCHEME);
    }

    /** A copy with robust OT's scheme; the solver rejects a value that is not one of the choices. */
    public SolverSettings withRobustScheme(String value) {
        return with(SolverParameters.ROBUST_SCHEME, value);
    }

    /** Weight τ of the KL marginal penalty in unbalanced OT (never called ρ). */
    public double tau() {
        return get(SolverParameters.TAU);
    }

    public SolverSettings withTau(double value) {
        return with(SolverParameters.TAU, value);
    }

    /** IPOT's proximal parameter β. */
    public double beta() {
        return get(SolverParameters.BETA);
    }

    public SolverSettings withBeta(double value) {
        return with(SolverParameters.BETA, value);
    }

    /** IPOT's number L of inner Sinkhorn iterations per proximal step. */
    public int innerIterations() {
        return get(SolverParameters.INNER_ITERATIONS);
    }

    public SolverSettings withInnerIterations(int value) {
        return with(SolverParameters.INNER_ITERATIONS, value);
    }

    /** Whether entropic solvers anneal ε from a large value down to the target. */
    public boolean epsilonScaling() {
        return get(SolverParameters.EPSILON_SCALING);
    }

    public SolverSettings withEpsilonScaling(boolean value) {
        return with(SolverParameters.EPSILON_SCALING, value);
    }

    /**
     * Whether the balanced entropic solvers (and unbalanced OT, robust OT at ρ1 = ρ2 = 0, the last stage of
     * ε-scaling) switch to Newton steps on the dual once the Sinkhorn rate stalls (math.md §2.4). On by
     * default; off shows the stall on purpose.
     */
    public boolean newton() {
        return get(SolverParameters.NEWTON);
    }

    public SolverSettings withNewton(boolean value) {
        return with(SolverParameters.NEWTON, value);
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
        return new SolverSettings(epsilon, values, f == null ? null : f.clone(), g == null ? null : g.clone());
    }

    /** Throws unless ε is finite and positive. */
    public void requirePositiveEpsilon() {
        if (!(epsilon > 0) || Double.isInfinite(epsilon)) {
            throw new IllegalArgumentException("epsilon must be a finite number > 0, got " + epsilon);
        }
    }

    /** Throws unless the tolerance and the iteration limit make sense. */
    public void requireValidStopping() {
        double tolerance = tolerance();
        int maxIterations = maxIterations();
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

package org.otexplorer.engine;

import java.util.List;

/**
 * Solves a problem while recording its iterates, for stepping through the solve (the step-by-step workbench): the
 * solver is the one the method id names, run as {@link SolverFactory} would run it, with its iterates handed to a
 * {@link StepTape} within a memory budget. Works for {@value SinkhornSolver#ID}, {@value LogDomainSinkhornSolver#ID}
 * (half-steps, and the Newton phase where the solver switches to it), {@value UnbalancedSinkhornSolver#ID} (the two
 * damped updates of each iteration), {@value RobustSinkhornSolver#ID} (ROBOT's own iterations, a row and a column
 * step each, even at ρ = 0; always ROBOT's scheme, {@code robustScheme = "robot"}, since the step-independent one
 * of math.md §11.2.1 has no such iterations) and {@value IpotSolver#ID} (outer proximal steps). ε-scaling is switched
 * off: the recording shows the iterations at the one ε asked for.
 */
public final class StepThrough {
    /** The methods that can be recorded. */
    public static final List<String> METHODS = List.of(SinkhornSolver.ID, LogDomainSinkhornSolver.ID,
            UnbalancedSinkhornSolver.ID, RobustSinkhornSolver.ID, IpotSolver.ID);
    /** Budget of doubles when unsure: 4M (32 MB), every half-step of thousands of iterations at n = m = 100. */
    public static final long DEFAULT_BUDGET = 1L << 22;

    private StepThrough() {
    }

    /**
     * Solves {@code problem} by {@code method} with {@code settings} (ε-scaling off, ROBOT's robust scheme) and
     * records its iterates within {@code budget} doubles.
     *
     * @throws IllegalArgumentException for a method that cannot be recorded (naming the ones that can), a budget
     *                                  below two iterations' worth, or what the solver itself refuses
     */
    public static StepRecording record(String method, TransportProblem problem, SolverSettings settings,
                                       SolverMonitor monitor, long budget) {
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException("method '" + method + "' cannot be stepped through; one of " + METHODS);
        }
        int n = problem.n();
        int m = problem.m();
        long perIteration = IpotSolver.ID.equals(method) ? (long) n * m : 2L * n + 3L * m;
        if (budget < 4 * perIteration) {
            throw new IllegalArgumentException("a step-through budget of " + budget + " doubles holds fewer than"
                    + " four iterations of this " + n + "×" + m + " problem (" + perIteration + " doubles each)");
        }
        SolverSettings s = settings.withEpsilonScaling(false).withRobustScheme(RobustSinkhornSolver.ROBOT_SCHEME);
        boolean balanced = SinkhornSolver.ID.equals(method) || LogDomainSinkhornSolver.ID.equals(method);
        StepTape tape = new StepTape(balanced, problem, start(method, problem, s), budget);
        TransportResult result = switch (method) {
            case SinkhornSolver.ID -> new SinkhornSolver().solve(problem, s, monitor, tape);
            case LogDomainSinkhornSolver.ID -> new LogDomainSinkhornSolver().solve(problem, s, monitor, tape);
            case UnbalancedSinkhornSolver.ID -> new UnbalancedSinkhornSolver().solve(problem, s, monitor, tape);
            case RobustSinkhornSolver.ID -> new RobustSinkhornSolver().solve(problem, s, monitor, tape);
            default -> new IpotSolver().solve(problem, s, monitor, tape);
        };
        if (result.hasPotentials() && !samePotentials(tape.lastFrame(), result)) {
            tape.appendToLatest(new StepFrame(tape.lastFrame().iteration(), StepRecording.Step.RESULT,
                    result.f().clone(), result.g().clone(), null, null));
        }
        return new StepRecording(problem, result, result.epsilon(), tape, budget);
    }

    /**
     * The start: the Gibbs kernel {@code exp((g₀_j − C_ij)/ε)} (g₀ the warm start or 0) scaled to total mass 1, as
     * potentials {@code (f₀, g₀)} with the constant {@code f₀ = −ε log Σ_ij exp((g₀_j − C_ij)/ε)} (a warm start's f₀
     * is not used by the first row step); IPOT: {@code T = 1 1ᵀ} scaled to mass 1.
     */
    private static StepFrame start(String method, TransportProblem problem, SolverSettings s) {
        int n = problem.n();
        int m = problem.m();
        if (IpotSolver.ID.equals(method)) {
            double[] uniform = new double[n * m];
            java.util.Arrays.fill(uniform, 1.0 / ((double) n * m));
            return new StepFrame(0, StepRecording.Step.START, null, null, null, uniform);
        }
        double eps = EntropicSolverSupport.usableEpsilon(problem, s);
        double[] g = s.hasWarmStart() ? s.initialG().clone() : new double[m];
        double[] rowLse = new double[n];
        LogDomainKernels.rowLogSumExps(problem.costArray(), n, m, eps, g, rowLse);
        double max = Double.NEGATIVE_INFINITY;
        for (double x : rowLse) {
            max = Math.max(max, x);
        }
        double sum = 0;
        for (double x : rowLse) {
            sum += Math.exp((x - max) / eps);
        }
        double[] f = new double[n];
        java.util.Arrays.fill(f, -(max + eps * Math.log(sum)));
        return new StepFrame(0, StepRecording.Step.START, f, g, null, null);
    }

    /** Whether the last frame's potentials are the result's (then its plan is the result's plan). */
    private static boolean samePotentials(StepFrame last, TransportResult result) {
        return last.f() != null && last.g() != null && java.util.Arrays.equals(last.f(), result.f())
                && java.util.Arrays.equals(last.g(), result.g());
    }
}

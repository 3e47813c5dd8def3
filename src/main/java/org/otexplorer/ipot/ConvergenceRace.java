package org.otexplorer.ipot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.otexplorer.engine.IpotStepper;
import org.otexplorer.engine.NetworkSimplexSolver;
import org.otexplorer.engine.SinkhornSolver;
import org.otexplorer.engine.SolverSettings;
import org.otexplorer.engine.StopReason;
import org.otexplorer.engine.TransportPlan;
import org.otexplorer.engine.TransportProblem;
import org.otexplorer.engine.TransportResult;
import org.otexplorer.histogram.GaussianMixture;
import org.otexplorer.histogram.Grid;
import org.otexplorer.parameters.Parameter;

/**
 * The convergence race of thesis Fig. 2.2 and 2.4 (math.md §16.1): IPOT at several (β, L) and Sinkhorn at several
 * ε on one problem, each against the exact plan of the network simplex. IPOT is recorded at every proximal step
 * (an {@link IpotStepper}); Sinkhorn (the stabilised scaling solver without its Newton phase, i.e. the thesis'
 * Sinkhorn; math.md §2.4 finishes a stalled solve with Newton steps) at a ladder of iteration counts, each a solve
 * from scratch stopped after that many iterations, so its record is exactly the iterate a user would get. A
 * method has converged when its marginal error is at most {@link #TOLERANCE} within the budget; Sinkhorn then
 * sits at its entropic cost, biased away from W_LP, and otherwise it stalls.
 */
public final class ConvergenceRace {
    /** Marginal-error tolerance that counts as converged. */
    public static final double TOLERANCE = 1e-9;
    private static final int[] LADDER = {10, 15, 20, 30, 50, 70};

    /** One IPOT configuration: proximal parameter β and inner Sinkhorn iterations L. */
    public record IpotSetting(double beta, int innerIterations) {
    }

    /**
     * What the race found.
     *
     * @param exactCost        W_LP, the network simplex's cost
     * @param exactPlan        the network simplex's plan
     * @param supportThreshold entries above this count as support
     */
    public record Result(double exactCost, TransportPlan exactPlan, double supportThreshold,
                         List<ConvergenceCurve> curves) {
        /** Support size of the exact plan at the race's threshold. */
        public int exactSupportSize() {
            return PlanSparsity.supportSize(exactPlan, supportThreshold);
        }

        /**
         * One line on how a curve ended, for the screen: converged (Sinkhorn at its entropic bias) or not, and
         * for Sinkhorn then that it stalls at this ε.
         */
        public String verdict(ConvergenceCurve c) {
            double gap = Math.abs(c.finalTransportCost() - exactCost) / Math.abs(exactCost);
            boolean sinkhorn = "sinkhorn".equals(c.method());
            if (!c.converged()) {
                return String.format("%s: marginal error %.1e after %d iterations, |W - W_LP|/W_LP = %.1e%s", c.label(),
                        c.finalMarginalError(), c.finalIteration(), gap, sinkhorn ? ": Sinkhorn stalls at this eps" : "");
            }
            return String.format("%s: converged at iteration %d, |W - W_LP|/W_LP = %.1e%s", c.label(),
                    c.finalIteration(), gap, sinkhorn ? " (entropic bias)" : "");
        }
    }

    private final TransportProblem problem;
    private final List<IpotSetting> ipotSettings;
    private final double[] sinkhornEpsilons;
    private final int iterations;
    private final double supportThreshold;

    /**
     * @param iterations budget per method (proximal steps for IPOT, iterations for Sinkhorn)
     * @throws IllegalArgumentException for a budget below one, or a bad β, L or ε
     */
    public ConvergenceRace(TransportProblem problem, List<IpotSetting> ipotSettings, double[] sinkhornEpsilons,
                           int iterations, double supportThreshold) {
        if (iterations < 1) {
            throw new IllegalArgumentException("the race needs at least one iteration, got " + iterations);
        }
        for (double eps : sinkhornEpsilons) {
            if (!(eps > 0) || Double.isInfinite(eps)) {
                throw new IllegalArgumentException("epsilon must be a finite number > 0, got " + eps);
            }
        }
        problem.requireBalanced();
        this.problem = problem;
        this.ipotSettings = List.copyOf(ipotSettings);
        this.sinkhornEpsilons = sinkhornEpsilons.clone();
        this.iterations = iterations;
        this.supportThreshold = supportThreshold;
    }

    /**
     * The thesis demo (Fig. 2.2, 2.4): the two Gaussian mixtures on n = 100 bins, cost {@code (i − j)²/max}, IPOT
     * at β = 1, 0.1, 0.01 with L = 1 and at β = 0.1, 0.01 with L = 10 (small β needs more inner iterations), Sinkhorn
     * at ε = 0.1, 0.01, 0.001, 0.0001, 2000 iterations each.
     */
    public static ConvergenceRace demo() {
        int n = 100;
        TransportProblem p = Grid.line(n).problem(GaussianMixture.demoSource().histogram(n),
                GaussianMixture.demoTarget().histogram(n));
        return new ConvergenceRace(p, List.of(new IpotSetting(1, 1), new IpotSetting(0.1, 1), new IpotSetting(0.01, 1),
                new IpotSetting(0.1, 10), new IpotSetting(0.01, 10)), new double[] {0.1, 0.01, 0.001, 0.0001}, 2000,
                PlanSparsity.DEFAULT_THRESHOLD);
    }

    /** Runs every method on the calling thread; {@code cancelled} is polled between iterations. */
    public Result run(BooleanSupplier cancelled) {
        TransportPlan exact = new NetworkSimplexSolver().solve(problem, SolverSettings.defaults()).plan();
        List<ConvergenceCurve> curves = new ArrayList<>();
        for (IpotSetting s : ipotSettings) {
            curves.add(ipotCurve(s, exact, cancelled));
        }
        for (double eps : sinkhornEpsilons) {
            curves.add(sinkhornCurve(eps, exact, cancelled));
        }
        return new Result(exact.transportCost(problem), exact, supportThreshold, curves);
    }

    /** IPOT recorded at every proximal step. */
    ConvergenceCurve ipotCurve(IpotSetting s, TransportPlan exact, BooleanSupplier cancelled) {
        IpotStepper stepper = IpotStepper.of(problem, s.beta(), s.innerIterations());
        Recorder r = new Recorder(iterations);
        while (stepper.iteration() < iterations && !cancelled.getAsBoolean()) {
            stepper.step();
            TransportPlan plan = stepper.plan();
            r.add(stepper.iteration(), stepper.transportCost(), stepper.marginalError(),
                    stepper.supportSize(supportThreshold), PlanSparsity.massOffSupport(plan, exact));
        }
        return r.curve("ipot", String.format("IPOT beta = %s, L = %d", Parameter.format(s.beta()), s.innerIterations()), s.beta(),
                s.innerIterations(), r.size() > 0 && r.lastError() <= TOLERANCE);
    }

    /** Sinkhorn recorded at the iteration ladder 1, 2, 3, 5, 7, 10, 15, ... up to the budget. */
    ConvergenceCurve sinkhornCurve(double eps, TransportPlan exact, BooleanSupplier cancelled) {
        SinkhornSolver solver = new SinkhornSolver();
        Recorder r = new Recorder(64);
        boolean converged = false;
        for (int k : ladder(iterations)) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            TransportResult res = solver.solve(problem, SolverSettings.defaults().withEpsilon(eps)
                    .withTolerance(TOLERANCE).withMaxIterations(k).withNewton(false));
            r.add(res.iterations(), res.transportCost(), res.marginalError(),
                    PlanSparsity.supportSize(res.plan(), supportThreshold), PlanSparsity.massOffSupport(res.plan(), exact));
            if (res.stopReason() == StopReason.CONVERGED) {
                converged = true;
                break;
            }
        }
        return r.curve("sinkhorn", "Sinkhorn eps = " + Parameter.format(eps), eps, 0, converged);
    }

    /**
     * The iterations Sinkhorn is recorded at: 1, 2, 3, 5, 7, 10, 15, 20, 30, 50, 70 times powers of ten below
     * {@code budget}, and the budget itself (also the frames a workbench steps through).
     */
    public static int[] ladder(int budget) {
        List<Integer> out = new ArrayList<>();
        for (long scale = 1; scale <= budget; scale *= 10) {
            for (int base : LADDER) {
                long k = base * scale / 10;
                if (k < budget && (out.isEmpty() || k > out.get(out.size() - 1))) {
                    out.add((int) k);
                }
            }
        }
        out.add(budget);
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Growable columns of a curve. */
    private static final class Recorder {
        private int[] its;
        private double[] costs;
        private double[] errors;
        private int[] supports;
        private double[] offs;
        private int size;

        Recorder(int capacity) {
            its = new int[capacity];
            costs = new double[capacity];
            errors = new double[capacity];
            supports = new int[capacity];
            offs = new double[capacity];
        }

        void add(int it, double cost, double error, int support, double off) {
            if (size == its.length) {
                int cap = 2 * size;
                its = Arrays.copyOf(its, cap);
                costs = Arrays.copyOf(costs, cap);
                errors = Arrays.copyOf(errors, cap);
                supports = Arrays.copyOf(supports, cap);
                offs = Arrays.copyOf(offs, cap);
            }
            its[size] = it;
            costs[size] = cost;
            errors[size] = error;
            supports[size] = support;
            offs[size] = off;
            size++;
        }

        int size() {
            return size;
        }

        double lastError() {
            return errors[size - 1];
        }

        ConvergenceCurve curve(String method, String label, double parameter, int inner, boolean converged) {
            return new ConvergenceCurve(method, label, parameter, inner, Arrays.copyOf(its, size),
                    Arrays.copyOf(costs, size), Arrays.copyOf(errors, size),
                    Arrays.copyOf(supports, size), Arrays.copyOf(offs, size), converged);
        }
    }
}

package org.otexplorer.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a solve found: the plan, dual potentials (entropic methods), transport cost {@code <C,P>},
 * objective {@code <C,P> + ε·KL(P | a⊗b)}, marginal error and its per-iteration history, iterations and the
 * phases they were spent in (Sinkhorn, Newton, ε-scaling), convergence, elapsed time and any warnings (such as a
 * fall-back to the log domain, or the switch to Newton steps).
 *
 * <p>No field ever holds NaN or Inf: solvers that break down return their last good iterate with
 * {@link StopReason#NUMERICAL_BREAKDOWN}. Build instances with {@link #builder(String)}.
 */
public final class TransportResult {
    private final String method;
    private final double epsilon;
    private final TransportPlan plan;
    private final double[] f;
    private final double[] g;
    private final double transportCost;
    private final double objective;
    private final double marginalError;
    private final double[] marginalErrorHistory;
    private final int iterations;
    private final StopReason stopReason;
    private final double elapsedSeconds;
    private final List<String> warnings;
    private final List<SolverPhase> phases;
    private final int[] assignment;
    private final double[] relaxedSourceWeights;
    private final double[] relaxedTargetWeights;
    private final boolean marginalsPenalised;

    private TransportResult(Builder b) {
        this.method = b.method;
        this.epsilon = b.epsilon;
        this.plan = b.plan;
        this.f = b.f;
        this.g = b.g;
        this.transportCost = b.transportCost;
        this.objective = b.objective;
        this.marginalError = b.marginalError;
        this.marginalErrorHistory = b.marginalErrorHistory;
        this.iterations = b.iterations;
        this.stopReason = b.stopReason;
        this.elapsedSeconds = b.elapsedSeconds;
        this.warnings = Collections.unmodifiableList(new ArrayList<>(b.warnings));
        this.phases = List.copyOf(b.phases);
        this.assignment = b.assignment;
        this.relaxedSourceWeights = b.relaxedSourceWeights;
        this.relaxedTargetWeights = b.relaxedTargetWeights;
        this.marginalsPenalised = b.marginalsPenalised;
    }

    /** A builder pre-filled with every field of this result (for solvers that wrap other solvers). */
    public Builder toBuilder() {
        Builder b = new Builder(method)
                .epsilon(epsilon)
                .plan(plan)
                .potentials(f, g)
                .transportCost(transportCost)
                .objective(objective)
                .marginalError(marginalError)
                .marginalErrorHistory(marginalErrorHistory)
                .iterations(iterations)
                .stopReason(stopReason)
                .elapsedSeconds(elapsedSeconds)
                .assignment(assignment)
                .relaxedWeights(relaxedSourceWeights, relaxedTargetWeights)
                .marginalsPenalised(marginalsPenalised)
                .phases(phases);
        warnings.forEach(b::warning);
        return b;
    }

    /** A builder for a result of the given method id. */
    public static Builder builder(String method) {
        return new Builder(method);
    }

    public String method() {
        return method;
    }

    /** Absolute ε used (0 for exact methods). */
    public double epsilon() {
        return epsilon;
    }

    public TransportPlan plan() {
        return plan;
    }

    /** Dual potential f with {@code P_ij = exp((f_i + g_j − C_ij)/ε)} (math.md §0), or {@code null}. */
    public double[] f() {
        return f;
    }

    /** Dual potential g, or {@code null}. */
    public double[] g() {
        return g;
    }

    /** Whether dual potentials are available (entropic methods). */
    public boolean hasPotentials() {
        return f != null;
    }

    /** {@code <C,P>}. */
    public double transportCost() {
        return transportCost;
    }

    /** {@code <C,P> + ε·KL(P | a⊗b)}. */
    public double objective() {
        return objective;
    }

    /** {@code ||P1 − a||₁ + ||Pᵀ1 − b||₁} of the returned plan. */
    public double marginalError() {
        return marginalError;
    }

    /** Marginal error at each check, in order. Shared; do not modify. */
    public double[] marginalErrorHistory() {
        return marginalErrorHistory;
    }

    public int iterations() {
        return iterations;
    }

    public boolean converged() {
        return stopReason == StopReason.CONVERGED;
    }

    public StopReason stopReason() {
        return stopReason;
    }

    /** Wall-clock solve time in seconds. */
    public double elapsedSeconds() {
        return elapsedSeconds;
    }

    /** Human-readable warnings, e.g. a fall-back to the log domain. */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * The phases of the solve in order, e.g. Sinkhorn then Newton (math.md §2.4); empty for methods without
     * phases (exact, assignment, IPOT).
     */
    public List<SolverPhase> phases() {
        return phases;
    }

    /** Iterations spent in Newton steps on the dual (0 when the solve never switched). */
    public int newtonIterations() {
        int k = 0;
        for (SolverPhase p : phases) {
            if (SolverPhase.NEWTON.equals(p.name())) {
                k += p.iterations();
            }
        }
        return k;
    }

    /** Column index per row for the assignment method, or {@code null}. */
    public int[] assignment() {
        return assignment;
    }

    /** Robust OT's relaxed source marginal, or {@code null}. */
    public double[] relaxedSourceWeights() {
        return relaxedSourceWeights;
    }

    /** Robust OT's relaxed target marginal, or {@code null}. */
    public double[] relaxedTargetWeights() {
        return relaxedTargetWeights;
    }

    /**
     * Whether the method penalises the marginals instead of imposing them (unbalanced OT's
     * {@code τ KL(P1 | a) + τ KL(Pᵀ1 | b)}, math.md §2.7): the plan then leaves a, b by design, so
     * {@link #marginalError()} measures that relaxation, not a failure to converge, and balanced OT's identities
     * (the Hessian's marginal identity, Prop. 4's derivatives) do not apply to the plan.
     */
    public boolean marginalsPenalised() {
        return marginalsPenalised;
    }

    /** Builder; {@link #build()} checks that nothing non-finite is about to escape. */
    public static final class Builder {
        private final String method;
        private double epsilon;
        private TransportPlan plan;
        private double[] f;
        private double[] g;
        private double transportCost = Double.NaN;
        private double objective = Double.NaN;
        private double marginalError = Double.NaN;
        private double[] marginalErrorHistory = new double[0];
        private int iterations;
        private StopReason stopReason = StopReason.CONVERGED;
        private double elapsedSeconds;
        private final List<String> warnings = new ArrayList<>();
        private final List<SolverPhase> phases = new ArrayList<>();
        private int[] assignment;
        private double[] relaxedSourceWeights;
        private double[] relaxedTargetWeights;
        private boolean marginalsPenalised;

        private Builder(String method) {
            this.method = method;
        }

        public Builder epsilon(double value) {
            this.epsilon = value;
            return this;
        }

        public Builder plan(TransportPlan value) {
            this.plan = value;
            return this;
        }

        public Builder potentials(double[] fValue, double[] gValue) {
            this.f = fValue;
            this.g = gValue;
            return this;
        }

        public Builder transportCost(double value) {
            this.transportCost = value;
            return this;
        }

        public Builder objective(double value) {
            this.objective = value;
            return this;
        }

        public Builder marginalError(double value) {
            this.marginalError = value;
            return this;
        }

        public Builder marginalErrorHistory(double[] value) {
            this.marginalErrorHistory = value;
            return this;
        }

        public Builder iterations(int value) {
            this.iterations = value;
            return this;
        }

        public Builder stopReason(StopReason value) {
            this.stopReason = value;
            return this;
        }

        public Builder elapsedSeconds(double value) {
            this.elapsedSeconds = value;
            return this;
        }

        public Builder warning(String value) {
            this.warnings.add(value);
            return this;
        }

        /** Appends a phase of {@code iterations} iterations (phases of no iterations are skipped). */
        public Builder phase(String name, int iterations) {
            if (iterations > 0) {
                this.phases.add(new SolverPhase(name, iterations));
            }
            return this;
        }

        /** Replaces the phases. */
        public Builder phases(List<SolverPhase> value) {
            this.phases.clear();
            this.phases.addAll(value);
            return this;
        }

        public Builder assignment(int[] value) {
            this.assignment = value;
            return this;
        }

        public Builder relaxedWeights(double[] source, double[] target) {
            this.relaxedSourceWeights = source;
            this.relaxedTargetWeights = target;
            return this;
        }

        /** Marks a method whose marginals are penalised, not imposed ({@link TransportResult#marginalsPenalised()}). */
        public Builder marginalsPenalised(boolean value) {
            this.marginalsPenalised = value;
            return this;
        }

        /**
         * Fills transport cost, objective and marginal error from the plan where they were not set,
         * then builds.
         */
        public TransportResult build(TransportProblem problem) {
            if (plan == null) {
                throw new IllegalStateException("a result needs a plan");
            }
            if (Double.isNaN(transportCost)) {
                transportCost = plan.transportCost(problem);
            }
            if (Double.isNaN(objective)) {
                // At ε = 0 the objective is the transport cost: no second pass over the n·m plan.
                objective = epsilon == 0 ? transportCost : plan.entropicObjective(problem, epsilon);
            }
            if (Double.isNaN(marginalError)) {
                marginalError = plan.marginalError(problem);
            }
            requireFinite(plan.values(), "plan");
            requireFinite(f, "potential f");
            requireFinite(g, "potential g");
            if (!Double.isFinite(transportCost) || !Double.isFinite(objective) || !Double.isFinite(marginalError)) {
                throw new IllegalStateException(method + " produced a non-finite summary (cost " + transportCost
                        + ", objective " + objective + ", marginal error " + marginalError + ")");
            }
            return new TransportResult(this);
        }

        private void requireFinite(double[] v, String what) {
            if (v == null) {
                return;
            }
            for (double x : v) {
                if (!Double.isFinite(x)) {
                    throw new IllegalStateException(method + " produced a non-finite " + what
                            + "; solvers must return their last good iterate instead");
                }
            }
        }
    }
}

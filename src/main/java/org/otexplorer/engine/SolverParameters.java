package org.otexplorer.engine;

import org.otexplorer.parameters.Parameter;

/**
 * The declarations of the solver parameters (name, type, default, range, scale, description); each solver
 * lists the ones it reads ({@link Solver#parameters()}). Scenario files, {@code otx solve}, the explorer's
 * solver panel and the README's table are made from these declarations, so a parameter is described here
 * once. A solver with a parameter of its own declares it in its own class.
 */
public final class SolverParameters {
    /** Entropic regularisation ε (scenario and CLI default: 0.05 × mean C). */
    public static final Parameter<Epsilon> EPSILON = Parameter.of("epsilon", Epsilon.TYPE)
            .defaultValue(Epsilon.relativeToMean(0.05)).above(0).typical(1e-4, 10).logScale().symbol("ε")
            .describe("Weight of the entropy term: small ε gives a sharp, nearly one-to-one plan, large ε a "
                    + "blurred one; absolute, or relative to the mean (or largest) cost.")
            .build();
    /** Stopping tolerance on the marginal error. */
    public static final Parameter<Double> TOLERANCE = Parameter.real("tolerance").defaultValue(1e-9).atLeast(0)
            .atMost(2).typical(1e-12, 1e-3).logScale().symbol("tolerance").option("--tol")
            .describe("The solver stops once the marginal error ‖P1 − a‖₁ + ‖Pᵀ1 − b‖₁ is at most this.")
            .build();
    /** Iteration limit. */
    public static final Parameter<Integer> MAX_ITERATIONS = Parameter.integer("maxIterations").defaultValue(10_000)
            .atLeast(1).typical(100, 1e6).logScale().symbol("iteration limit").option("--max-iter")
            .describe("The solver gives up after this many iterations (outer iterations for IPOT and robust OT) "
                    + "even if the tolerance is not reached.")
            .build();
    /** ε-scaling: anneal ε from max C down to the target. */
    public static final Parameter<Boolean> EPSILON_SCALING = Parameter.flag("epsilonScaling")
            .symbol("ε-scaling")
            .describe("Anneal ε from the largest cost down to the target, halving it and warm-starting each stage.")
            .build();
    /** Sinkhorn–Newton phase (math.md §2.4), on by default. */
    public static final Parameter<Boolean> NEWTON = Parameter.flag("newton").defaultValue(true)
            .symbol("Newton phase")
            .describe("Switch to Newton steps on the dual once the Sinkhorn rate stalls (math.md §2.4); off shows "
                    + "the stall on purpose.")
            .build();
    /** ROBOT's source radius ρ1 (a fraction of ‖a‖₂ unless {@link #RELATIVE_RHO} is off). */
    public static final Parameter<Double> RHO1 = Parameter.real("rho1").range(0, 2).typical(0, 1).symbol("ρ1 source")
            .describe("ROBOT: how far (L2) the source marginal may move from a, as a fraction of ‖a‖₂ (or absolute, "
                    + "see relativeRho), letting outlying source points shed mass; a fraction r lets r²/(1 + r²) of "
                    + "uniformly weighted points lose all their mass (0.5: a fifth).")
            .build();
    /** ROBOT's target radius ρ2 (a fraction of ‖b‖₂ unless {@link #RELATIVE_RHO} is off). */
    public static final Parameter<Double> RHO2 = Parameter.real("rho2").range(0, 2).typical(0, 1).symbol("ρ2 target")
            .describe("ROBOT: how far (L2) the target marginal may move from b, as a fraction of ‖b‖₂ (or absolute, "
                    + "see relativeRho), letting outlying target points shed mass; a fraction r lets r²/(1 + r²) of "
                    + "uniformly weighted points lose all their mass (0.5: a fifth).")
            .build();
    /** Whether ρ1, ρ2 are fractions of ‖a‖₂, ‖b‖₂ (the default) or absolute radii (ROBOT's code). */
    public static final Parameter<Boolean> RELATIVE_RHO = Parameter.flag("relativeRho").defaultValue(true)
            .symbol("ρ relative to ‖a‖₂, ‖b‖₂")
            .describe("ρ1, ρ2 are fractions of ‖a‖₂ and ‖b‖₂, so a radius means the same at every n (uniform weights: "
                    + "‖a‖₂ = 1/√n); off: absolute L2 radii, as in ROBOT's code.")
            .build();
    /** ROBOT's projected-gradient step η on the relaxed marginals. */
    public static final Parameter<Double> ROBUST_STEP = Parameter.real("robustStep").defaultValue(1e-3).above(0)
            .atMost(10).typical(1e-4, 1).logScale().symbol("η  marginal step")
            .describe("ROBOT: step of the projected gradient on the relaxed marginals (math.md §11.2); the exact "
                    + "robustScheme takes it as its first step only.")
            .build();
    /** Robust OT's scheme: ROBOT's Algorithm 1 (the default) or the step-independent mirror descent (math.md §11.2). */
    public static final Parameter<String> ROBUST_SCHEME = Parameter.choice("robustScheme",
            RobustSinkhornSolver.ROBOT_SCHEME, RobustExactScheme.NAME)
            .symbol("robust scheme")
            .describe("Robust OT: \"robot\" runs ROBOT's Algorithm 1 (fixed step η, floor 1e-5, its answer depends on η); "
                    + "\"exact\" minimises the same objective by mirror descent with a line search and a first-order "
                    + "stopping test, so η is only its first step (math.md §11.2).")
            .build();
    /** The KL marginal penalty τ of unbalanced OT. */
    public static final Parameter<Double> TAU = Parameter.real("tau").defaultValue(1.0).above(0).typical(1e-3, 1e3)
            .logScale().symbol("τ  KL penalty")
            .describe("Unbalanced OT: weight of the KL penalty on the marginals; large τ approaches balanced OT, "
                    + "small τ lets mass be created or destroyed.")
            .build();
    /** IPOT's proximal parameter β. */
    public static final Parameter<Double> BETA = Parameter.real("beta").defaultValue(1.0).above(0).typical(1e-3, 10)
            .logScale().symbol("β  proximal step")
            .describe("IPOT: step of the proximal point iteration; small β moves cautiously from the previous plan, "
                    + "large β behaves like Sinkhorn with ε = β.")
            .build();
    /** IPOT's inner Sinkhorn iterations L. */
    public static final Parameter<Integer> INNER_ITERATIONS = Parameter.integer("innerIterations").defaultValue(1)
            .range(1, 1_000_000).typical(1, 100).symbol("L  inner iterations")
            .describe("IPOT: Sinkhorn iterations per proximal step (L = 1 is the thesis' choice).")
            .build();

    private SolverParameters() {
    }
}

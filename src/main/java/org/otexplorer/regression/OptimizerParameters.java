package org.otexplorer.regression;

import org.otexplorer.engine.Epsilon;
import org.otexplorer.parameters.Parameter;

/**
 * Declarations of the optimizer parameters several optimizers share (math.md §8, §11); a parameter whose default
 * depends on the method (ε, the initialisation, momentum, the Sinkhorn budget) is made per method by the factory
 * methods here, each optimizer holding its own. Each optimizer lists what it reads ({@link Optimizer#parameters()});
 * scenario files, the README table and the explorer read those lists.
 */
public final class OptimizerParameters {
    /** Iteration limit. */
    public static final Parameter<Integer> ITERATIONS = Parameter.integer("iterations").defaultValue(100).atLeast(1)
            .typical(1, 10_000).logScale()
            .describe("The run stops after this many iterations (Newton steps for sgd-newton).").build();
    /** Step size η. */
    public static final Parameter<Double> LEARNING_RATE = Parameter.real("learningRate").defaultValue(1e-3)
            .above(0).typical(1e-6, 1).logScale().symbol("η")
            .describe("Step size of the gradient steps.").build();
    /** Minibatch size; 0 is full batch. */
    public static final Parameter<Integer> BATCH_SIZE = Parameter.integer("batchSize").defaultValue(0).atLeast(0)
            .describe("Rows per stochastic minibatch; 0 uses every row (full batch).").build();
    /** Noise scale of the random and perturbed-truth initialisations. */
    public static final Parameter<Double> INIT_SCALE = Parameter.real("initScale").defaultValue(1.0).atLeast(0)
            .describe("Standard deviation of the noise of the random and perturbed-truth starts.").build();
    /** Multi-start: runs from this many seeds, keeping the lowest final loss. */
    public static final Parameter<Integer> STARTS = Parameter.integer("starts").defaultValue(1).atLeast(1)
            .typical(1, 20)
            .describe("Run from this many initialisations (seeds seed, seed+1, …) and keep the lowest final loss.")
            .build();
    /** ROBOT's preset: the papers' settings or the authors' code where it differs. */
    public static final Parameter<String> PRESET = Parameter.choice("preset", "paper", "code")
            .describe("paper: converged Sinkhorn as the papers state; code: the authors' fixed 200 unconverged "
                    + "log-domain iterations (math.md §11.4).")
            .build();
    /** Weight decay of PyTorch-style SGD. */
    public static final Parameter<Double> WEIGHT_DECAY = Parameter.real("weightDecay").defaultValue(5e-4)
            .atLeast(0).typical(0, 1e-2)
            .describe("L2 weight decay added to the gradient, as PyTorch's SGD (ROBOT's code).").build();
    /** ROBOT-robust's radius of the output marginal. */
    public static final Parameter<Double> RHO1 = Parameter.real("rho1").defaultValue(0.1).range(0, 2)
            .symbol("ρ1")
            .describe("ROBOT-robust: L2 radius the output marginal may move within.").build();
    /** ROBOT-robust's radius of the input marginal. */
    public static final Parameter<Double> RHO2 = Parameter.real("rho2").defaultValue(0.1).range(0, 2)
            .symbol("ρ2")
            .describe("ROBOT-robust: L2 radius the input marginal may move within.").build();
    /** ROBOT-robust's projected step on the marginals. */
    public static final Parameter<Double> ROBUST_STEP = Parameter.real("robustStep").defaultValue(1e-3).above(0)
            .logScale().describe("ROBOT-robust: projected-gradient step on the relaxed marginals.").build();

    private OptimizerParameters() {
    }

    /** ε of the method's OT loss, with the method's default (given ε without a reference is × mean C). */
    public static Parameter<Epsilon> epsilon(Epsilon defaultValue) {
        return Parameter.of("epsilon", Epsilon.TYPE).defaultValue(defaultValue).above(0).typical(1e-5, 10)
                .logScale().symbol("ε")
                .describe("Entropic regularisation of the method's OT loss; absolute, or relative to the mean (or "
                        + "largest) cost of the current problem.")
                .build();
    }

    /** The initialisation Θ0, with the method's default. */
    public static Parameter<String> init(String defaultValue) {
        return Parameter.choice("init", "ls", "rs", "zeros", "random", "perturbed-truth").defaultValue(defaultValue)
                .describe("Θ0: least squares on the shuffled pairs, the random-sample estimate, zeros, initScale·N(0,1)"
                        + ", or the truth plus initScale·N(0,1) (the differentiation paper's start).")
                .build();
    }

    /** Momentum of the gradient steps, with the method's default. */
    public static Parameter<Double> momentum(double defaultValue) {
        return Parameter.real("momentum").defaultValue(defaultValue).range(0, 1)
                .describe("Heavy-ball momentum of the gradient steps (0: plain gradient descent).").build();
    }

    /** Sinkhorn's iteration budget per loss evaluation, with the method's default. */
    public static Parameter<Integer> sinkhornIterations(int defaultValue) {
        return Parameter.integer("sinkhornIterations").defaultValue(defaultValue).atLeast(1).typical(10, 1e6)
                .logScale().describe("Sinkhorn iterations per loss evaluation at most (exactly this many with the "
                        + "code preset).")
                .build();
    }

    /** Sinkhorn's tolerance on the marginal error, with the method's default. */
    public static Parameter<Double> sinkhornTolerance(double defaultValue, String defaultMeaning) {
        return Parameter.real("sinkhornTolerance").defaultValue(defaultValue).atLeast(0).typical(1e-12, 1e-2)
                .logScale().describe("Sinkhorn stops once the marginal error is at most this" + defaultMeaning + ".")
                .build();
    }
}

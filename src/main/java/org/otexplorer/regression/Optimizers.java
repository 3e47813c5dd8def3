package org.otexplorer.regression;

import java.util.List;

/** Makes optimizers by the method ids of {@code otx fit} and scenario files. */
public final class Optimizers {
    private Optimizers() {
    }

    /** The ids this build implements. */
    public static List<String> ids() {
        return List.of(ClosedFormOptimizer.ORACLE, ClosedFormOptimizer.LEAST_SQUARES, AlternatingMinimization.ID,
                RobotOptimizer.ID, RobotOptimizer.ROBUST, GradientDescentOptimizer.ID, SgdNewtonOptimizer.ID, RandomSampleInitialization.ID,
                ExpectationMaximization.STOCHASTIC, ExpectationMaximization.HARD);
    }

    /**
     * An optimizer for the settings' method; with parameter {@code starts} > 1 it becomes a {@link MultiStart} of
     * itself.
     *
     * @throws IllegalArgumentException for an unknown id (the message lists the known ones)
     */
    public static Optimizer create(OptimizerSettings settings) {
        Optimizer base = create(settings.method());
        return settings.get(OptimizerParameters.STARTS) > 1 ? new MultiStart(base) : base;
    }

    /**
     * An optimizer for the id, single start.
     *
     * @throws IllegalArgumentException for an unknown id (the message lists the known ones)
     */
    public static Optimizer create(String id) {
        return switch (id == null ? "" : id) {
            case ClosedFormOptimizer.ORACLE, ClosedFormOptimizer.LEAST_SQUARES -> new ClosedFormOptimizer(id);
            case AlternatingMinimization.ID -> new AlternatingMinimization();
            case RobotOptimizer.ID, RobotOptimizer.ROBUST -> new RobotOptimizer(id);
            case GradientDescentOptimizer.ID -> new GradientDescentOptimizer();
            case SgdNewtonOptimizer.ID -> new SgdNewtonOptimizer();
            case RandomSampleInitialization.ID -> new RandomSampleInitialization();
            case ExpectationMaximization.STOCHASTIC, ExpectationMaximization.HARD -> new ExpectationMaximization(id);
            default -> throw new IllegalArgumentException("unknown optimizer '" + id + "'; expected one of " + ids());
        };
    }
}

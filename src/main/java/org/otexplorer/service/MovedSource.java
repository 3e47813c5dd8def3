package org.otexplorer.service;

import java.nio.file.Path;
import java.util.List;
import org.otexplorer.io.Scenario;
import org.otexplorer.io.ScenarioData;
import org.otexplorer.io.RegressionSpec.OptimizerSpec;
import org.otexplorer.regression.OptimizerParameters;
import org.otexplorer.regression.Optimizers;
import org.otexplorer.regression.RegressionData;

/**
 * The source cloud of a point-cloud registration scenario moved by an iterate Θ of the fit (issue 14 view 7): the
 * model's predictions {@code f(u_i; Θ)} on the naive pairs' inputs, the rows the explorer's source cloud is made of
 * ({@link RegressionData#leastSquaresPredictions()} is the same at Θ_LS), so as an optimizer converges the cloud
 * settles onto the target. The race's followed lane is the first optimizer that iterates (not a closed form).
 */
public final class MovedSource {
    /** The data generator whose scenarios move their source cloud. */
    public static final String GENERATOR = "point-cloud-registration";

    private final RegressionData data;
    private final double[][] inputs;

    private MovedSource(RegressionData data) {
        this.data = data;
        this.inputs = data.naivePairs().inputs();
    }

    /** Whether a scenario is a registration whose source moves with the fit. */
    public static boolean applies(Scenario s) {
        return s.regression() != null && GENERATOR.equals(s.data().generator());
    }

    /**
     * The registration's data, as the race fits it.
     *
     * @throws IllegalArgumentException when the scenario is not a registration or its data cannot be made
     */
    public static MovedSource of(Scenario s, Path base) {
        if (!applies(s)) {
            throw new IllegalArgumentException("only point-cloud registration scenarios move their source cloud");
        }
        return new MovedSource(ScenarioData.regressionData(s, base));
    }

    /** The source cloud moved by Θ: one row per source point, in the target's coordinates. */
    public double[][] at(double[][] theta) {
        return data.model().predictAll(inputs, theta);
    }

    /** The true parameters Θ*, or {@code null} when the data do not know them. */
    public double[][] truth() {
        return data.trueParameters();
    }

    /** The lane the cloud follows: the scenario's first optimizer that iterates, or −1 when none does. */
    public static int followedLane(Scenario s) {
        List<OptimizerSpec> specs = s.regression() == null ? List.of() : s.regression().optimizers();
        for (int k = 0; k < specs.size(); k++) {
            if (Optimizers.create(specs.get(k).method()).parameters().contains(OptimizerParameters.ITERATIONS)) {
                return k;
            }
        }
        return -1;
    }
}

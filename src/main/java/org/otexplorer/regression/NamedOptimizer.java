package org.otexplorer.regression;

import java.util.ArrayList;
import java.util.List;
import org.otexplorer.parameters.Parameter;

/**
 * The id, description and declared parameters every optimizer reports, held once (package-private base of the
 * optimizers); every method also takes {@link OptimizerParameters#STARTS} ({@link MultiStart}).
 */
abstract class NamedOptimizer implements Optimizer {
    private final String id;
    private final String description;
    private final List<Parameter<?>> parameters;

    NamedOptimizer(String id, String description, List<Parameter<?>> parameters) {
        this.id = id;
        this.description = description;
        List<Parameter<?>> all = new ArrayList<>(parameters);
        all.add(OptimizerParameters.STARTS);
        this.parameters = List.copyOf(all);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final List<Parameter<?>> parameters() {
        return parameters;
    }
}

package org.otexplorer.regression;

/** The id every optimizer reports, held once (package-private base of the optimizers). */
abstract class NamedOptimizer implements Optimizer {
    private final String id;

    NamedOptimizer(String id) {
        this.id = id;
    }

    @Override
    public final String id() {
        return id;
    }
}

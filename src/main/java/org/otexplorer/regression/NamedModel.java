package org.otexplorer.regression;

/** The id and linearity every {@link RegressionModel} reports, kept in one place. */
abstract class NamedModel implements RegressionModel {
    private final String id;
    private final boolean linear;

    NamedModel(String id, boolean linear) {
        this.id = id;
        this.linear = linear;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final boolean isLinear() {
        return linear;
    }
}

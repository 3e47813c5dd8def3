package org.otexplorer.ui;

import org.otexplorer.io.DataSpec;
import org.otexplorer.io.EngineSpec;
import org.otexplorer.io.Scenario;

/** The scenario the explorer opens with and File → New starts from: something worth looking at at once. */
public final class DefaultScenario {
    private DefaultScenario() {
    }

    /** Two Gaussian blobs of 60 points, stabilized Sinkhorn at ε = 0.05·mean(C): a visibly blurred matching. */
    public static Scenario create() {
        return new Scenario(null, "Two Gaussian blobs",
                "Entropic OT between two blobs of 60 points. Drag ε to see the plan sharpen towards a matching "
                        + "(small ε) or blur towards the independent coupling (large ε).",
                1L, DataSpec.defaults().withGenerator("gaussian-blobs").withSizes(60, 60, 2),
                EngineSpec.defaults().withMethod("sinkhorn").withEpsilon(0.05, true).withStopping(1e-9, 10_000),
                null, null);
    }
}

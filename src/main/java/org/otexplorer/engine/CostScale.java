package org.otexplorer.engine;

/** The two scales of a cost matrix that a relative ε may refer to ({@link Epsilon}). */
public interface CostScale {
    /** Mean of the cost matrix, mean(C). */
    double meanCost();

    /** Largest entry of the cost matrix, max(C). */
    double maxCost();
}

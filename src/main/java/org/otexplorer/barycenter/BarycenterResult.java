package org.otexplorer.barycenter;

import org.otexplorer.engine.StopReason;

/**
 * A finished barycenter run: the barycenter q, how it stopped, and the errors it converged on.
 *
 * @param label          the iteration's name and parameters
 * @param barycenter     q (mass one up to the marginal error)
 * @param iterations     steps taken
 * @param stopReason     converged (marginal error and last change of q at most the tolerance), iteration limit,
 *                       cancelled, or numerical breakdown (the last finite q is returned)
 * @param marginalError  {@link BarycenterIteration#marginalError()} at the end (infinite if no step was taken or
 *                       the numbers broke down)
 * @param lastChange     {@code ||q_t − q_{t−1}||₁} over the last step (infinite if none)
 * @param errorHistory   the marginal error at each checked step
 * @param checkedSteps   the steps at which it was checked
 * @param epsilon        the final regularisation (ε, or β/t for IPOT)
 * @param seconds        wall-clock time
 * @param sharpness      entropy and support size of q
 */
public record BarycenterResult(String label, double[] barycenter, int iterations, StopReason stopReason,
                               double marginalError, double lastChange, double[] errorHistory, int[] checkedSteps,
                               double epsilon, double seconds, Sharpness sharpness) {
    public boolean converged() {
        return stopReason == StopReason.CONVERGED;
    }
}

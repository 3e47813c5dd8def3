package org.otexplorer.engine;

/**
 * Where a solver hands its iterates for a step-by-step recording ({@link StepThrough}): the Sinkhorn loop after each
 * checked iteration (the scheme's state then, see {@link StepTape} for what it means per scheme), the Newton phase
 * after each step, IPOT after each proximal step. The arguments are the solver's own objects: a sink copies what it
 * keeps, and asks the scheme or stepper for its state only when it keeps it.
 */
interface IterateSink {
    /** Records nothing; the solvers then do no extra work. */
    IterateSink NONE = new IterateSink() {
    };

    /** Sinkhorn iteration {@code iteration} (counted from 1, across phases) ended with this scheme state. */
    default void sinkhorn(int iteration, SinkhornLoop.Scheme scheme) {
    }

    /** Newton step {@code iteration} (numbered after the Sinkhorn iterations before it) reached these potentials. */
    default void newton(int iteration, double[] f, double[] g) {
    }

    /** IPOT's proximal step {@code iteration} ended; {@link IpotStepper#plan()} is its iterate. */
    default void proximal(int iteration, IpotStepper stepper) {
    }
}

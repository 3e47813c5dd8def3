package org.otexplorer.service;

/**
 * The spectrum panel's sweeps ({@value #CHANNEL}): λ₂ₙ₋₁ and the condition number of the scenario's own data
 * re-solved over ε or over N, beside the unit-circle closed forms ({@link SpectrumSweep}). A newer request or a
 * cancel stops the running sweep between grid points and inside each solve.
 */
public final class SweepAnalysis implements Analysis<SweepAnalysis.Input, SpectrumSweep> {
    /** The channel its jobs run on. */
    public static final String CHANNEL = "transport.sweep";

    /**
     * What to sweep.
     *
     * @param transport the scenario and its directory
     * @param variable  {@link SpectrumSweep#EPSILON} or {@link SpectrumSweep#SIZE}
     */
    public record Input(TransportInput transport, String variable) {
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public Job<SpectrumSweep> job(Input input) {
        return context -> SpectrumSweep.compute(input.transport().scenario(), input.transport().baseDirectory(),
                input.variable(), context);
    }
}

package org.otexplorer.barycenter;

import org.otexplorer.parameters.Parameter;

/**
 * The entropic barycenter by iterative Bregman projections (Benamou, Carlier, Cuturi, Nenna, Peyré 2015; math.md
 * §16.3) in the log domain: each step projects every plan {@code Γ_k} onto its column marginal {@code p_k}, sets q
 * to the weighted geometric mean of the row sums, and projects the rows onto q. Starting from {@code F_k = 0} it
 * keeps {@code Σ_k λ_k F_k = 0} (the consensus condition {@code Π_k a_k^{λ_k} = 1}) and converges to the barycenter
 * of the entropic problem at ε, which is blurred by about √ε.
 */
public final class IbpBarycenter extends LogDomainBarycenter {
    /**
     * @throws IllegalArgumentException unless ε is a finite number > 0
     */
    public IbpBarycenter(BarycenterProblem problem, double epsilon) {
        super(problem, requirePositive(epsilon));
    }

    @Override
    public void step() {
        bregmanSweep();
        steps++;
    }

    @Override
    public String label() {
        return "IBP eps = " + Parameter.format(eps);
    }

    private static double requirePositive(double epsilon) {
        if (!(epsilon > 0) || Double.isInfinite(epsilon)) {
            throw new IllegalArgumentException("epsilon must be a finite number > 0, got " + epsilon);
        }
        return epsilon;
    }
}

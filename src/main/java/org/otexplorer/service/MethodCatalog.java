package org.otexplorer.service;

import java.util.List;
import java.util.Set;
import org.otexplorer.engine.SolverFactory;

/**
 * What the parameters panel needs to know about the solver methods without touching a solver: their ids,
 * one sentence about each, and which parameters each reads (the others are hidden).
 */
public final class MethodCatalog {
    /** A parameter group of the parameters panel. */
    public enum Parameter {
        /** Entropic regularisation ε. */
        EPSILON,
        /** ROBOT's radii ρ1, ρ2. */
        RHO,
        /** The KL marginal penalty τ of unbalanced OT. */
        TAU,
        /** IPOT's proximal parameter β. */
        BETA,
        /** Tolerance on the marginal error and the iteration limit. */
        STOPPING
    }

    private MethodCatalog() {
    }

    /** Method ids, in the order the CLI lists them. */
    public static List<String> methodIds() {
        return SolverFactory.methodIds();
    }

    /** The parameter groups a method reads. */
    public static Set<Parameter> parametersOf(String method) {
        return switch (method) {
            case "sinkhorn", "sinkhorn-log" -> Set.of(Parameter.EPSILON, Parameter.STOPPING);
            case "robust" -> Set.of(Parameter.EPSILON, Parameter.RHO, Parameter.STOPPING);
            case "unbalanced" -> Set.of(Parameter.EPSILON, Parameter.TAU, Parameter.STOPPING);
            case "ipot" -> Set.of(Parameter.BETA, Parameter.STOPPING);
            default -> Set.of();
        };
    }

    /** One sentence on what the method computes. */
    public static String describe(String method) {
        return switch (method) {
            case "sinkhorn" -> "Entropic OT by stabilized scaling Sinkhorn; falls back to the log domain when ε is tiny.";
            case "sinkhorn-log" -> "Entropic OT by log-domain Sinkhorn: slower per iteration, stable for any ε.";
            case "ipot" -> "Unregularised OT by inexact proximal point (IPOT): Sinkhorn steps around the last plan.";
            case "exact" -> "Unregularised OT solved exactly by the network simplex: a sparse vertex plan.";
            case "assignment" -> "Optimal one-to-one matching (n = m) by Jonker–Volgenant.";
            case "robust" -> "ROBOT robust OT: marginals may move within L2 balls of radii ρ1, ρ2, so outliers shed mass.";
            case "unbalanced" -> "Unbalanced OT: marginals enforced softly by a KL penalty of weight τ.";
            default -> "";
        };
    }
}

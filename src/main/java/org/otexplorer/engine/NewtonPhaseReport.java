package org.otexplorer.engine;

import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** What a Newton phase (math.md §2.4) means for a solve's stop reason, and the warnings that say what happened. */
final class NewtonPhaseReport {
    private NewtonPhaseReport() {
    }

    /**
     * The stop reason a Newton phase ending this way gives the solve, or {@code null} when it failed and the
     * solve falls back to Sinkhorn.
     */
    static StopReason stopReason(SinkhornNewton.Status status) {
        return switch (status) {
            case CONVERGED -> StopReason.CONVERGED;
            case CANCELLED -> StopReason.CANCELLED;
            case PRECISION_LIMIT -> StopReason.NUMERICAL_BREAKDOWN;
            case LINE_SEARCH_FAILED, STALLED, STEP_LIMIT -> null;
        };
    }

    /** One Newton phase of a solve: the Sinkhorn iterations before it, the rate that triggered it, how it ended. */
    record Switch(int sinkhornIterations, double rate, SinkhornNewton.Outcome outcome) {
    }

    /**
     * The warnings for a solve's Newton phases, one per cause: the switch (with the rate that triggered it, what
     * Newton did and, when it failed, that Sinkhorn continued), or, after several phases, one line for the
     * switches with the ranges of rates, iterations and steps and the counts, and one line per kind of failure
     * with its count.
     */
    static List<String> warnings(List<Switch> switches) {
        if (switches.isEmpty()) {
            return List.of();
        }
        if (switches.size() == 1) {
            Switch only = switches.get(0);
            String note = String.format("the Sinkhorn rate stalled (%.6f per iteration after %d iterations): switched "
                            + "to Newton steps on the dual, %d step(s) with %d conjugate-gradient iterations, error %.3g",
                    only.rate(), only.sinkhornIterations(), only.outcome().steps(), only.outcome().cgIterations(),
                    only.outcome().error());
            String why = failure(only.outcome().status());
            return List.of(why == null ? note
                    : note + "; the Newton phase " + why + ", so Sinkhorn continued from its best iterate");
        }
        List<String> out = new ArrayList<>();
        Switch last = switches.get(switches.size() - 1);
        int cg = switches.stream().mapToInt(w -> w.outcome().cgIterations()).sum();
        out.add(String.format("the Sinkhorn rate stalled %d times (%s per iteration, after %s iterations): switched to "
                        + "Newton steps on the dual %d times, %s step(s) per phase with %d conjugate-gradient iterations "
                        + "in all; the last phase ended at error %.3g",
                switches.size(), range(switches, w -> w.rate(), "%.6f"),
                range(switches, w -> w.sinkhornIterations(), "%.0f"), switches.size(),
                range(switches, w -> w.outcome().steps(), "%.0f"), cg, last.outcome().error()));
        Map<String, List<Switch>> failures = new LinkedHashMap<>();
        for (Switch w : switches) {
            String why = failure(w.outcome().status());
            if (why != null) {
                failures.computeIfAbsent(why, k -> new ArrayList<>()).add(w);
            }
        }
        failures.forEach((why, phases) -> out.add(String.format("%d of the %d Newton phases %s (error %s), so Sinkhorn "
                        + "continued from its best iterate", phases.size(), switches.size(), why,
                range(phases, w -> w.outcome().error(), "%.3g"))));
        return out;
    }

    /** Why a failed Newton phase handed back to Sinkhorn, or {@code null} when it did not fail. */
    private static String failure(SinkhornNewton.Status status) {
        return switch (status) {
            case STEP_LIMIT -> "ran out of steps";
            case STALLED -> "stopped lowering the error far above round-off";
            case LINE_SEARCH_FAILED -> "found no step that lowers the dual objective";
            default -> null;
        };
    }

    /** {@code "min to max"} of a quantity over the phases, or the single value when they agree in print. */
    private static String range(List<Switch> switches, ToDoubleFunction<Switch> quantity, String format) {
        DoubleSummaryStatistics stats = switches.stream().mapToDouble(quantity).summaryStatistics();
        String low = String.format(Locale.ROOT, format, stats.getMin());
        String high = String.format(Locale.ROOT, format, stats.getMax());
        return low.equals(high) ? low : low + " to " + high;
    }

    /**
     * The residual below which a Newton stall is the precision limit: {@code 64 max(2⁻⁵³ max|C|/ε, 2⁻⁵³ (n + m))}
     * times the total mass (every entry's relative rounding, or the summation's).
     */
    static double precisionFloor(TransportProblem problem, double eps, double mass) {
        return 64 * Math.max(EntropicSolverSupport.roundingLevel(problem, eps), 0x1p-53 * (problem.n() + problem.m()))
                * mass;
    }

    /** The warning that the residual stopped falling at the precision limit of double at this ε. */
    static String precisionLimit(TransportProblem problem, double eps, double error) {
        return String.format("Newton steps stopped lowering the error at %.3g: at epsilon = %.3g the plan "
                        + "exp((f + g - C)/epsilon) carries relative rounding errors of about 2^-53 max|C|/epsilon = "
                        + "%.2g, so double precision cannot meet the tolerance; not converged",
                error, eps, EntropicSolverSupport.roundingLevel(problem, eps));
    }
}

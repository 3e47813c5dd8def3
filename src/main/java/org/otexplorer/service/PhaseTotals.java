package org.otexplorer.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.otexplorer.engine.SolverPhase;

/**
 * A solve's phases as the status bar shows them (math.md §2.4): in order when each kind ran once ("sinkhorn 387,
 * newton 16"); each kind once with its iterations summed, and how many phases ran, when a kind came back ("sinkhorn
 * 6390, newton 46 in 4 phases" for Sinkhorn 2130, Newton 27, Sinkhorn 4260, Newton 19: the whole sequence made the
 * bar wider than a 1280-pixel window in presenter mode); empty for a single phase. The warnings keep the story of
 * each switch.
 */
final class PhaseTotals {
    private PhaseTotals() {
    }

    static String of(List<SolverPhase> phases) {
        if (phases.size() < 2) {
            return "";
        }
        Map<String, Long> totals = new LinkedHashMap<>();
        phases.forEach(phase -> totals.merge(phase.name(), (long) phase.iterations(), Long::sum));
        String kinds = totals.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return totals.size() == phases.size() ? kinds
                : kinds + String.format(Locale.ROOT, " in %d phases", phases.size());
    }
}

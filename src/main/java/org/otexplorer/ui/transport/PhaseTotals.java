package org.otexplorer.ui.transport;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A solve's phases for the status bar: each phase kind once, with its iterations summed, and how many phases ran
 * when a kind came back ("sinkhorn 6390, newton 46 in 4 phases" for "sinkhorn 2130, newton 27, sinkhorn 4260,
 * newton 19"). The whole sequence made the bar wider than a 1280-pixel window in presenter mode, cutting off its
 * right end; the warnings keep the story of each switch.
 */
final class PhaseTotals {
    private PhaseTotals() {
    }

    /** {@code phases} as {@code SolveView.phases} writes them ("name count, name count"), totalled by name. */
    static String of(String phases) {
        if (phases.isEmpty()) {
            return phases;
        }
        String[] parts = phases.split(", ");
        Map<String, Long> totals = new LinkedHashMap<>();
        for (String part : parts) {
            int space = part.lastIndexOf(' ');
            if (space < 0) {
                return phases; // not of the form "name count": shown as it is
            }
            try {
                totals.merge(part.substring(0, space), Long.parseLong(part.substring(space + 1)), Long::sum);
            } catch (NumberFormatException notACount) {
                return phases;
            }
        }
        if (totals.size() == parts.length) {
            return phases;
        }
        return totals.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ")) + String.format(Locale.ROOT, " in %d phases", parts.length);
    }
}

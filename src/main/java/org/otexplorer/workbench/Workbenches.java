package org.otexplorer.workbench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The registered workbenches ({@link ServiceLoader} over {@code META-INF/services/org.otexplorer.workbench.Workbench}
 * on the class path), in tab order, and the scenario sections they declare. Read once.
 */
public final class Workbenches {
    /** The workbench a scenario without a {@code workbench} key opens in. */
    public static final String DEFAULT = "transport";

    private static final List<Workbench> ALL = load();
    private static final Map<String, ScenarioSection> SECTIONS = sectionsOf(ALL);

    private Workbenches() {
    }

    /** Every registered workbench, in tab order. */
    public static List<Workbench> all() {
        return ALL;
    }

    /** The registered ids, in tab order. */
    public static List<String> ids() {
        return ALL.stream().map(Workbench::id).toList();
    }

    /** The section a key of scenario files names, or {@code null} when no workbench declares it. */
    public static ScenarioSection section(String name) {
        return SECTIONS.get(name);
    }

    /** Every declared section, by name. */
    public static Map<String, ScenarioSection> sections() {
        return SECTIONS;
    }

    private static List<Workbench> load() {
        List<Workbench> found = new ArrayList<>();
        ServiceLoader.load(Workbench.class).forEach(found::add);
        found.sort(Comparator.comparingInt(Workbench::order).thenComparing(Workbench::id));
        return List.copyOf(found);
    }

    private static Map<String, ScenarioSection> sectionsOf(List<Workbench> all) {
        Map<String, ScenarioSection> out = new LinkedHashMap<>();
        for (Workbench w : all) {
            for (ScenarioSection s : w.sections()) {
                if (out.putIfAbsent(s.name(), s) != null) {
                    throw new IllegalStateException("two workbenches declare the scenario section '" + s.name() + "'");
                }
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}

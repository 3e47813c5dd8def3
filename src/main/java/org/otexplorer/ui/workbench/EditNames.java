package org.otexplorer.ui.workbench;

import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.otexplorer.engine.SolverFactory;
import org.otexplorer.io.Scenario;
import org.otexplorer.parameters.Parameter;
import org.otexplorer.parameters.ParameterValues;
import org.otexplorer.workbench.ScenarioSection;
import org.otexplorer.workbench.Workbenches;

/**
 * Names an edit by what it changed, for Edit → Undo ("Undo ε change"): the first part that differs between the
 * scenario before and after, as the explorer labels it — a declared parameter by its symbol (ε, ρ1 source), a
 * field of the data, regression or view settings by its name (n, noise, colormap), the seed, the method.
 */
final class EditNames {
    private EditNames() {
    }

    /** What changed from {@code before} to {@code after}, e.g. "ε change"; "edit" when nothing is named. */
    static String describe(Scenario before, Scenario after) {
        String part = changedPart(before, after);
        return part == null ? "edit" : part + " change";
    }

    private static String changedPart(Scenario before, Scenario after) {
        if (!Objects.equals(before.seed(), after.seed())) {
            return "seed";
        }
        if (!Objects.equals(before.data(), after.data())) {
            return firstComponent(before.data(), after.data(), "data");
        }
        if (!Objects.equals(before.engine().method(), after.engine().method())) {
            return "method";
        }
        if (!Objects.equals(before.engine().values(), after.engine().values())) {
            return changedParameter(before.engine().values(), after.engine().values(),
                    SolverFactory.allParameters(), "solver");
        }
        if (!Objects.equals(before.regression(), after.regression())) {
            return before.regression() == null || after.regression() == null ? "regression"
                    : firstComponent(before.regression(), after.regression(), "regression");
        }
        if (!Objects.equals(before.view(), after.view())) {
            return firstComponent(before.view(), after.view(), "view");
        }
        for (String section : union(before.sections().keySet(), after.sections().keySet())) {
            ParameterValues was = before.section(section);
            ParameterValues now = after.section(section);
            if (!was.equals(now)) {
                ScenarioSection declared = Workbenches.section(section);
                return declared == null ? section : changedParameter(was, now, declared.parameters(), section);
            }
        }
        return null;
    }

    /** The symbol of the first declared parameter whose value differs, or {@code fallback}. */
    private static String changedParameter(ParameterValues was, ParameterValues now, List<Parameter<?>> declared,
                                           String fallback) {
        for (Parameter<?> p : declared) {
            if (!Objects.equals(was.get(p), now.get(p))) {
                return p.symbol() == null || p.symbol().isBlank() ? p.name() : p.symbol();
            }
        }
        return fallback;
    }

    /** The name of the first record component that differs, or {@code fallback}. */
    private static String firstComponent(Record was, Record now, String fallback) {
        for (RecordComponent c : was.getClass().getRecordComponents()) {
            try {
                if (!Objects.equals(c.getAccessor().invoke(was), c.getAccessor().invoke(now))) {
                    return c.getName();
                }
            } catch (ReflectiveOperationException e) {
                return fallback;
            }
        }
        return fallback;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}

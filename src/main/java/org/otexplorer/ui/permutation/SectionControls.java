package org.otexplorer.ui.permutation;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import org.otexplorer.parameters.Parameter;
import org.otexplorer.parameters.ParameterValues;
import org.otexplorer.ui.workbench.ParameterControl;
import org.otexplorer.ui.workbench.ScenarioEditor;
import org.otexplorer.ui.workbench.ScenarioModel;

/**
 * Controls for some parameters of the {@code permutation} section, made from their declarations
 * ({@link ParameterControl}: sliders, spinners that refuse values out of range with a dialog, menus), linked to the
 * scenario through a {@link ScenarioEditor} scoped to exactly those parameters.
 */
final class SectionControls {
    private final List<ParameterControl<?>> controls = new ArrayList<>();
    private final ScenarioEditor editor;

    SectionControls(ScenarioModel model, List<Parameter<?>> parameters) {
        for (Parameter<?> p : parameters) {
            controls.add(control(p));
        }
        editor = new ScenarioEditor(model, s -> values(PermutationSection.of(s), parameters), s -> {
            ParameterValues v = PermutationSection.of(s);
            controls.forEach(c -> show(c, v));
        });
    }

    /** Every control's node, in the declared order. */
    List<Node> nodes() {
        return controls.stream().map(ParameterControl::node).toList();
    }

    private <T> ParameterControl<T> control(Parameter<T> p) {
        return ParameterControl.of(p, v -> edit(p, v), null);
    }

    private <T> void edit(Parameter<T> p, T value) {
        // The editor exists once every control is made; edits before that are write-backs.
        if (editor != null) {
            editor.edit(s -> PermutationSection.with(s, p, value));
        }
    }

    private static <T> void show(ParameterControl<T> c, ParameterValues v) {
        c.show(v.get(c.parameter()));
    }

    private static List<Object> values(ParameterValues v, List<Parameter<?>> parameters) {
        List<Object> out = new ArrayList<>();
        for (Parameter<?> p : parameters) {
            out.add(v.get(p));
        }
        return out;
    }
}

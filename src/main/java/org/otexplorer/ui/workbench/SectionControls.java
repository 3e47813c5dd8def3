package org.otexplorer.ui.workbench;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import org.otexplorer.parameters.Parameter;
import org.otexplorer.parameters.ParameterValues;

/**
 * Controls for some parameters of a workbench's scenario section, made from their declarations
 * ({@link ParameterControl}: sliders, spinners that refuse values out of range with a dialog, menus), linked to the
 * scenario through a {@link ScenarioEditor} scoped to exactly those parameters.
 */
public final class SectionControls {
    private final List<ParameterControl<?>> controls = new ArrayList<>();
    private final String section;
    private final ScenarioEditor editor;

    /** Controls for {@code parameters} of the scenario section named {@code section}. */
    public SectionControls(ScenarioModel model, String section, List<Parameter<?>> parameters) {
        this.section = section;
        for (Parameter<?> p : parameters) {
            controls.add(control(p));
        }
        editor = new ScenarioEditor(model, s -> values(s.section(section), parameters), s -> {
            ParameterValues v = s.section(section);
            controls.forEach(c -> show(c, v));
        });
    }

    /** Every control's node, in the declared order. */
    public List<Node> nodes() {
        return controls.stream().map(ParameterControl::node).toList();
    }

    private <T> ParameterControl<T> control(Parameter<T> p) {
        return ParameterControl.of(p, v -> edit(p, v), null);
    }

    private <T> void edit(Parameter<T> p, T value) {
        // The editor exists once every control is made; edits before that are write-backs.
        if (editor != null) {
            editor.edit(s -> s.withSection(section, s.section(section).with(p, value)));
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

package org.otexplorer.ui.workbench;

import java.util.Locale;
import java.util.function.DoubleFunction;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A named slider for one numeric parameter, on a linear or logarithmic scale, with its current value
 * written beside the name and a one-sentence tooltip. Usable from FXML:
 * {@code <ParameterSlider name="ε" min="1e-4" max="10" logScale="true" tip="..."/>}.
 */
public final class ParameterSlider extends VBox {
    private final Label nameLabel = new Label();
    private final Label valueLabel = new Label();
    private final Slider slider = new Slider(0, 1, 0.5);
    private final DoubleProperty value = new SimpleDoubleProperty(this, "value", 0.5);
    private boolean logScale;
    private double min = 0;
    private double max = 1;
    private boolean syncing;
    private DoubleFunction<String> formatter = v -> String.format(Locale.ROOT, "%.3g", v);

    /** An unnamed slider on [0, 1]; FXML sets the rest. */
    public ParameterSlider() {
        getStyleClass().add("parameter-slider");
        nameLabel.getStyleClass().add("parameter-name");
        valueLabel.getStyleClass().add("parameter-value");
        nameLabel.setMinWidth(Region.USE_PREF_SIZE);
        // a value wider than the panel (presenter mode, "0.000500 × mean C = 0.00213") wraps at its spaces instead
        // of widening the side panel's content past the panel, which cut every control at its right edge
        valueLabel.setWrapText(true);
        valueLabel.setMinWidth(0);
        valueLabel.maxWidthProperty().bind(widthProperty());
        // name and value share a line where they fit and wrap (the value below the name) where they do not,
        // so neither is cut off in a narrow panel or at the presenter scale
        FlowPane header = new FlowPane(8, 0, nameLabel, valueLabel);
        // a flow pane is at least as wide as its widest child on one line, which made a long value ("0.000500 ×
        // mean C = 0.00213" in presenter mode) widen the side panel's content past its viewport, cutting every line
        // of the panel at its right edge; the value wraps instead
        header.setMinWidth(0);
        getChildren().addAll(header, slider);
        slider.valueProperty().addListener((obs, old, pos) -> {
            if (!syncing) {
                syncing = true;
                value.set(fromPosition(pos.doubleValue()));
                syncing = false;
            }
        });
        value.addListener((obs, old, v) -> {
            if (!syncing) {
                syncing = true;
                slider.setValue(toPosition(v.doubleValue()));
                syncing = false;
            }
            valueLabel.setText(formatter.apply(v.doubleValue()));
        });
    }

    /** The parameter's value in its own units (not the slider position). */
    public DoubleProperty valueProperty() {
        return value;
    }

    public double getValue() {
        return value.get();
    }

    /** Sets the value, clamped to [min, max] by the slider. */
    public void setValue(double v) {
        value.set(v);
    }

    /**
     * Shows a value held elsewhere (the scenario's): the range widens to include it rather than the thumb
     * clamping it, so the slider always shows the value that is used.
     */
    public void showValue(double v) {
        if (v < min && (!logScale || v > 0)) {
            setMin(v);
        } else if (v > max) {
            setMax(v);
        }
        setValue(v);
    }

    /** Whether the user is dragging the thumb right now. */
    public boolean isValueChanging() {
        return slider.isValueChanging();
    }

    /** The slider inside (for tests and key bindings). */
    public Slider getSlider() {
        return slider;
    }

    public String getName() {
        return nameLabel.getText();
    }

    public void setName(String name) {
        nameLabel.setText(name);
    }

    public double getMin() {
        return min;
    }

    public void setMin(double v) {
        min = v;
        rescale();
    }

    public double getMax() {
        return max;
    }

    public void setMax(double v) {
        max = v;
        rescale();
    }

    public boolean isLogScale() {
        return logScale;
    }

    /** Log scale: equal slider steps multiply the value by equal factors. */
    public void setLogScale(boolean v) {
        logScale = v;
        rescale();
    }

    public String getTip() {
        Tooltip t = slider.getTooltip();
        return t == null ? null : t.getText();
    }

    /** The one-sentence explanation shown on hover over the name and the slider. */
    public void setTip(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        slider.setTooltip(tip);
        nameLabel.setTooltip(tip);
    }

    /** How the value is written beside the name. */
    public void setFormatter(DoubleFunction<String> f) {
        formatter = f;
        refreshText();
    }

    /** Rewrites the value text (after something the formatter reads changed). */
    public void refreshText() {
        valueLabel.setText(formatter.apply(value.get()));
    }

    private void rescale() {
        syncing = true;
        slider.setMin(logScale ? Math.log10(min) : min);
        slider.setMax(logScale ? Math.log10(max) : max);
        slider.setValue(toPosition(value.get()));
        syncing = false;
    }

    private double toPosition(double v) {
        return logScale ? Math.log10(Math.max(v, Double.MIN_NORMAL)) : v;
    }

    private double fromPosition(double pos) {
        return logScale ? Math.pow(10, pos) : pos;
    }
}

package org.otexplorer.ui.workbench;

import java.util.function.LongConsumer;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextFormatter;
import javafx.util.StringConverter;

/**
 * A spinner of whole numbers that never shows one value while the scenario holds another: it shows exactly the value
 * it is given (a value outside its range widens nothing and is shown as it is), steps stay within its range, and a
 * typed value outside the range or not a whole number is not clamped but refused: the text returns to the held value
 * and the refusal is reported (the panels show a dialog naming the field and its range).
 */
public final class WholeNumberSpinner extends Spinner<Long> {
    private final String name;
    private final long min;
    private final long max;
    private java.util.function.Consumer<String> refused = message -> { };

    /**
     * A spinner named {@code name} (for messages) over [min, max], stepping by {@code step}.
     *
     * @param edited receives the user's valid edits
     */
    public WholeNumberSpinner(String name, long min, long max, long initial, long step, LongConsumer edited) {
        this.name = name;
        this.min = min;
        this.max = max;
        setEditable(true);
        Factory factory = new Factory(step);
        factory.setValue(initial);
        setValueFactory(factory);
        getEditor().setTextFormatter(new TextFormatter<>(change ->
                change.getControlNewText().matches("-?[0-9]*") ? change : null));
        valueProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(was) && !factory.showing) {
                edited.accept(now);
            }
        });
        getEditor().setOnAction(e -> commitText());
        focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commitText();
            }
        });
    }

    /** Where a refused value is reported (a dialog, in the panels). */
    public void setOnRefused(java.util.function.Consumer<String> report) {
        refused = report;
    }

    /**
     * Shows a value held elsewhere, without reporting it as an edit. The same value again changes nothing: a
     * rewritten editor text is repainted, and during a drag every edit re-shows the scenario.
     */
    public void show(long value) {
        Factory f = (Factory) getValueFactory();
        String text = Long.toString(value);
        if (f.getValue() != null && f.getValue() == value && text.equals(getEditor().getText())) {
            return;
        }
        f.showing = true;
        try {
            f.setValue(value);
            getEditor().setText(text);
        } finally {
            f.showing = false;
        }
    }

    private void commitText() {
        String text = getEditor().getText().strip();
        Long held = getValue();
        long typed;
        try {
            typed = Long.parseLong(text);
        } catch (NumberFormatException e) {
            refuse(name + " must be a whole number between " + min + " and " + max + ", got '" + text + "'", held);
            return;
        }
        if (typed < min || typed > max) {
            refuse(name + " must be between " + min + " and " + max + ", got " + typed, held);
            return;
        }
        getValueFactory().setValue(typed);
    }

    private void refuse(String message, Long held) {
        getEditor().setText(held == null ? "" : Long.toString(held));
        refused.accept(message);
    }

    /** Steps within [min, max]; shows any value it is given. */
    private final class Factory extends SpinnerValueFactory<Long> {
        private final long step;
        private boolean showing;

        Factory(long step) {
            this.step = step;
            setConverter(new StringConverter<>() {
                @Override
                public String toString(Long v) {
                    return v == null ? "" : Long.toString(v);
                }

                @Override
                public Long fromString(String s) {
                    return Long.valueOf(s.strip());
                }
            });
        }

        @Override
        public void decrement(int steps) {
            setValue(Math.max(min, Math.min(max, getValue() - steps * step)));
        }

        @Override
        public void increment(int steps) {
            setValue(Math.max(min, Math.min(max, getValue() + steps * step)));
        }
    }
}

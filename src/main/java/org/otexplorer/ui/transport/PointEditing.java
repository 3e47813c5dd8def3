package org.otexplorer.ui.transport;

import java.util.function.IntSupplier;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.event.EventHandler;
import javafx.scene.Cursor;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.util.Duration;
import org.otexplorer.io.DataSpec;
import org.otexplorer.io.InlinePoints;
import org.otexplorer.io.Scenario;
import org.otexplorer.service.DemoPointClouds;
import org.otexplorer.ui.charts.DataScatterChart;
import org.otexplorer.ui.charts.ScatterData;
import org.otexplorer.ui.charts.ScatterHit;
import org.otexplorer.ui.workbench.ScenarioModel;

/**
 * Direct manipulation of the points on the source-and-target chart (issue 14 view 3), each gesture one undoable
 * scenario edit: drag a point to move it (one undo step per drag; the axes hold still meanwhile, the plan follows
 * as the solves warm-start), click on empty space to add a source point, Shift+click to add a target point,
 * Delete or Backspace to remove the point under the pointer, scroll on a point to make its weight heavier or
 * lighter (by {@value #WEIGHT_STEP} a notch; the weights are renormalised and the marker area follows). Generated
 * data become points written in the scenario ({@link InlinePoints}) at the first edit. Points with more than two
 * coordinates move in the two shown; a new point takes the mean of its side in the others.
 *
 * <p>A drag makes at most one edit per FX pulse, the pointer's newest position (mouse events come faster than
 * frames, and each edit starts a solve), and says while the point is {@link #moving() moving}: from its first move
 * until the drag ends or the pointer rests {@value #REST_MILLIS} ms, so that the panels can draw a cheaper picture
 * meanwhile and the full one when it rests.
 */
public final class PointEditing {
    /** What one scroll notch multiplies a weight by. */
    public static final double WEIGHT_STEP = 1.25;
    /** How long a click waits for a second click (a double-click resets the zoom and adds nothing). */
    static final Duration DOUBLE_CLICK = Duration.millis(300);
    /** How long the pointer rests, mid-drag, before the point counts as no longer moving. */
    static final long REST_MILLIS = 250;

    private final DataScatterChart chart;
    private final ScenarioModel model;
    private final Supplier<InlinePoints> editable;
    private final IntSupplier xCoordinate;
    private final IntSupplier yCoordinate;
    private final PauseTransition pendingAdd = new PauseTransition(DOUBLE_CLICK);
    private final EventHandler<KeyEvent> keys = this::keyPressed;
    private ScatterHit hovered;
    private ScatterHit dragged;
    private double[] grabOffset;
    private boolean pressConsumed;
    private final ReadOnlyBooleanWrapper moving = new ReadOnlyBooleanWrapper(this, "moving");
    private UnaryOperator<Scenario> pendingMove;
    private String pendingName;
    private long lastMoveNanos;
    private final AnimationTimer pulses = new AnimationTimer() {
        @Override
        public void handle(long now) {
            applyPendingMove();
            if (moving.get() && now - lastMoveNanos > REST_MILLIS * 1_000_000) {
                moving.set(false);
            }
        }
    };

    /**
     * @param editable    the points as the scenario holds them or as its generator made them for the picture
     *                    shown, or {@code null} when they cannot be edited now
     * @param xCoordinate the coordinate on the horizontal axis (0-based)
     * @param yCoordinate the coordinate on the vertical axis
     */
    PointEditing(DataScatterChart chart, ScenarioModel model, Supplier<InlinePoints> editable,
                 IntSupplier xCoordinate, IntSupplier yCoordinate) {
        this.chart = chart;
        this.model = model;
        this.editable = editable;
        this.xCoordinate = xCoordinate;
        this.yCoordinate = yCoordinate;
        var node = chart.chart();
        node.setFocusTraversable(true);
        node.addEventFilter(MouseEvent.MOUSE_MOVED, e -> hover(e.getSceneX(), e.getSceneY()));
        node.addEventFilter(MouseEvent.MOUSE_EXITED, e -> hover(Double.NaN, Double.NaN));
        node.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        node.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        node.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
        node.addEventFilter(MouseEvent.MOUSE_CLICKED, this::clicked);
        node.addEventFilter(ScrollEvent.SCROLL, this::scrolled);
        // Delete acts on the point under the pointer wherever the keyboard focus is (the ε slider just dragged),
        // except in a text field, where it edits the text.
        node.sceneProperty().addListener((o, was, scene) -> {
            if (was != null) {
                was.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
        });
    }

    /** Whether a dragged point is moving: it moved less than {@value #REST_MILLIS} ms ago and is still held. */
    public ReadOnlyBooleanProperty moving() {
        return moving.getReadOnlyProperty();
    }

    /** The point under the pointer, or {@code null}. */
    public ScatterHit hovered() {
        return hovered;
    }

    private void hover(double sceneX, double sceneY) {
        hovered = Double.isNaN(sceneX) ? null : chart.pointAt(sceneX, sceneY);
        boolean editing = hovered != null && editable.get() != null;
        chart.chart().setCursor(editing ? Cursor.HAND : null);
        chart.highlight(editing ? hovered : null);
    }

    /** The points to edit, if the chart shows them as they are (no add or remove on its way). */
    private InlinePoints current() {
        InlinePoints points = editable.get();
        ScatterData shown = chart.shown();
        boolean inStep = points != null && shown != null && shown.sourceX().length == points.n()
                && shown.targetX().length == points.m();
        return inStep ? points : null;
    }

    private void pressed(MouseEvent e) {
        pressConsumed = false;
        chart.chart().requestFocus();
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        ScatterHit hit = chart.pointAt(e.getSceneX(), e.getSceneY());
        InlinePoints points = current();
        double[] at = chart.dataAt(e.getSceneX(), e.getSceneY());
        if (hit == null || points == null || at == null) {
            return;
        }
        double[] p = (hit.target() ? points.target() : points.source())[hit.index()];
        double[] shown = projected(p);
        grabOffset = new double[] {shown[0] - at[0], shown[1] - at[1]};
        dragged = hit;
        pressConsumed = true;
        model.beginGesture("move " + hit.label());
        chart.holdRange(true);
        pulses.start();
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (dragged == null) {
            return;
        }
        e.consume();
        double[] at = chart.dataAt(e.getSceneX(), e.getSceneY());
        InlinePoints points = editable.get();
        if (at == null || points == null) {
            return;
        }
        ScatterHit hit = dragged;
        double[] p = (hit.target() ? points.target() : points.source())[hit.index()];
        double[] moved = placed(p, at[0] + grabOffset[0], at[1] + grabOffset[1]);
        pendingName = "move " + hit.label();
        pendingMove = withPoints(points.withPoint(hit.target(), hit.index(), moved));
        lastMoveNanos = System.nanoTime();
        moving.set(true);
    }

    /** Makes the newest move of the drag one edit (once a pulse, and when the drag ends). */
    private void applyPendingMove() {
        if (pendingMove != null) {
            UnaryOperator<Scenario> move = pendingMove;
            pendingMove = null;
            model.update(pendingName, move);
        }
    }

    private void released(MouseEvent e) {
        if (dragged == null) {
            return;
        }
        e.consume();
        dragged = null;
        applyPendingMove();
        pulses.stop();
        moving.set(false);
        model.endGesture();
        chart.holdRange(false);
    }

    private void clicked(MouseEvent e) {
        if (pressConsumed) {
            e.consume();
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (e.getClickCount() > 1) {
            pendingAdd.stop(); // a double-click resets the zoom; it adds no point
            return;
        }
        InlinePoints points = current();
        double[] at = chart.dataAt(e.getSceneX(), e.getSceneY());
        if (!e.isStillSincePress() || points == null || at == null || chart.pointAt(e.getSceneX(), e.getSceneY()) != null) {
            return;
        }
        boolean target = e.isShiftDown();
        pendingAdd.setOnFinished(done -> {
            InlinePoints now = current();
            if (now != null) {
                double[][] side = target ? now.target() : now.source();
                model.updateAlone("add " + (target ? "target" : "source") + " point", withPoints(now.withAdded(target,
                        placed(mean(side), at[0], at[1])), -1));
            }
        });
        pendingAdd.playFromStart();
    }

    private void scrolled(ScrollEvent e) {
        ScatterHit hit = chart.pointAt(e.getSceneX(), e.getSceneY());
        InlinePoints points = current();
        if (hit == null || points == null || e.getDeltaY() == 0) {
            return;
        }
        e.consume();
        double factor = e.getDeltaY() > 0 ? WEIGHT_STEP : 1 / WEIGHT_STEP;
        edit("weight of " + hit.label(), points.withWeightScaled(hit.target(), hit.index(), factor));
    }

    private void keyPressed(KeyEvent e) {
        if (e.getCode() != KeyCode.DELETE && e.getCode() != KeyCode.BACK_SPACE) {
            return;
        }
        ScatterHit hit = hovered;
        InlinePoints points = current();
        if (e.getTarget() instanceof TextInputControl) {
            return;
        }
        if (hit == null || points == null || (hit.target() ? points.m() : points.n()) == 1) {
            return;
        }
        e.consume();
        hovered = null;
        chart.highlight(null);
        model.updateAlone("remove " + hit.label(), withPoints(points.withRemoved(hit.target(), hit.index()),
                hit.target() ? hit.index() : -1));
    }

    private void edit(String name, InlinePoints next) {
        model.update(name, withPoints(next));
    }

    private static UnaryOperator<Scenario> withPoints(InlinePoints next) {
        return s -> s.withData(s.data().withPoints(next));
    }

    /**
     * The edit writing points with a target added or removed ({@code removedTarget}: its index, else −1) that keeps
     * the generator's outliers ringed: they are the first ⌊f·m⌋ targets ({@link DemoPointClouds#outlierTargets}), so
     * the fraction f is set for the new m to count the same outliers, one less when one of them was removed.
     */
    private static UnaryOperator<Scenario> withPoints(InlinePoints next, int removedTarget) {
        return s -> {
            int outliers = DemoPointClouds.outlierTargets(s.data());
            int kept = removedTarget >= 0 && removedTarget < outliers ? outliers - 1 : outliers;
            DataSpec data = s.data().withPoints(next);
            if (outliers > 0) {
                data = data.withFractions(data.shuffleFraction(), kept == 0 ? 0 : Math.min(1, (kept + 0.5) / next.m()));
            }
            return s.withData(data);
        };
    }

    /** A point's position on the chart: its two shown coordinates (one-dimensional points: the value). */
    private double[] projected(double[] p) {
        return p.length == 1 ? new double[] {p[0], 0} : new double[] {p[xCoordinate.getAsInt()],
            p[yCoordinate.getAsInt()]};
    }

    /** {@code p} with its shown coordinates set to (x, y); a one-dimensional point moves along its rail only. */
    private double[] placed(double[] p, double x, double y) {
        double[] out = p.clone();
        if (out.length == 1) {
            out[0] = x;
        } else {
            out[xCoordinate.getAsInt()] = x;
            out[yCoordinate.getAsInt()] = y;
        }
        return out;
    }

    private static double[] mean(double[][] points) {
        double[] out = new double[points[0].length];
        for (double[] p : points) {
            for (int k = 0; k < out.length; k++) {
                out[k] += p[k] / points.length;
            }
        }
        return out;
    }
}

package org.otexplorer.ui.charts;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The curves a renderer shows, changed in place. A new chart-fx data set makes its renderer build a styled node for
 * it (a CSS lookup by reflection, about a millisecond of FX-thread time); a view redrawn on every edit of a drag
 * keeps its data sets and changes their values while the same curves, by name, stay on show (issue 14: a point drag
 * at 20 frames per second).
 */
final class ShownCurves {
    private ShownCurves() {
    }

    /**
     * One curve: its legend name, its points and its style sheet classes (given to {@link ChartScale#style}).
     *
     * @param name  the legend name; a curve of the same name replaces the values of the one on show
     * @param x     the abscissae
     * @param y     the ordinates, as many
     * @param style      the data set's base style
     * @param styleClass a style sheet class of the data set (its colours from the theme), or {@code null}
     */
    record Curve(String name, double[] x, double[] y, String style, String styleClass) {
    }

    /**
     * Makes {@code shown} (a renderer's data sets on {@code chart}) hold exactly {@code wanted}: the values of each
     * data set whose name and place match are replaced, otherwise the list is rebuilt with new, styled data sets.
     */
    static void show(XYChart chart, List<DataSet> shown, List<Curve> wanted) {
        if (sameNames(shown, wanted)) {
            for (int k = 0; k < wanted.size(); k++) {
                Curve c = wanted.get(k);
                ((DoubleDataSet) shown.get(k)).set(c.x(), c.y(), c.x().length, false);
            }
            return;
        }
        List<DataSet> sets = new ArrayList<>(wanted.size());
        for (Curve c : wanted) {
            DoubleDataSet set = new DoubleDataSet(c.name(), c.x(), c.y(), c.x().length, false);
            ChartScale.style(chart, set, c.style());
            if (c.styleClass() != null) {
                set.addStyleClasses(c.styleClass());
            }
            sets.add(set);
        }
        shown.clear();
        shown.addAll(sets);
    }

    private static boolean sameNames(List<DataSet> shown, List<Curve> wanted) {
        if (shown.size() != wanted.size()) {
            return false;
        }
        for (int k = 0; k < wanted.size(); k++) {
            if (!(shown.get(k) instanceof DoubleDataSet) || !wanted.get(k).name().equals(shown.get(k).getName())
                    || !unlocked(shown.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether nobody holds the data set's lock, so that changing it in place cannot wait. Its lock is not
     * reentrant (a {@code StampedLock}), and a chart taken out of the scene between chart-fx's pre- and post-layout
     * keeps its data sets read-locked: the FX thread would then wait for ever; a new data set never waits.
     */
    static boolean unlocked(DataSet set) {
        return set.lock() instanceof io.fair_acc.dataset.locks.DefaultDataSetLock<?> lock
                && lock.getReaderCount() == 0 && lock.getWriterCount() == 0;
    }
}

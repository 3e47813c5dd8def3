package org.otexplorer.ui.charts;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.Zoomer;
import io.fair_acc.chartfx.renderer.ContourType;
import io.fair_acc.chartfx.renderer.spi.ContourDataSetRenderer;
import io.fair_acc.chartfx.ui.geometry.Side;
import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.spi.DataSetBuilder;

/**
 * The transport plan as a heatmap (chart-fx {@link ContourDataSetRenderer} in {@link ContourType#HEATMAP}
 * mode): column j (target) along x, row i (source) along y, the color bar on a z axis at the right.
 */
public final class PlanHeatmapChart {
    private final XYChart chart;
    private final ContourDataSetRenderer renderer = new ContourDataSetRenderer();
    private final DefaultNumericAxis zAxis = Charts.axis("P");
    private DataSet dataSet;

    public PlanHeatmapChart() {
        DefaultNumericAxis x = Charts.axis("target j");
        DefaultNumericAxis y = Charts.axis("source i");
        y.invertAxis(true);
        zAxis.setSide(Side.RIGHT);
        zAxis.getProperties().put(Zoomer.ZOOMER_OMIT_AXIS, true);
        chart = Charts.chart(x, y);
        chart.getAxes().add(zAxis);
        chart.setLegendVisible(false);
        renderer.getAxes().addAll(x, y, zAxis);
        renderer.setContourType(ContourType.HEATMAP);
        chart.getRenderers().setAll(renderer);
    }

    public XYChart chart() {
        return chart;
    }

    /**
     * Shows a plan: {@code values} row-major, {@code rows × columns}; {@code logScale} only renames the color
     * axis (the values are already log10 then).
     */
    public void update(int rows, int columns, double[] values, boolean logScale, String colormap) {
        double[] x = new double[columns];
        double[] y = new double[rows];
        for (int j = 0; j < columns; j++) {
            x[j] = j;
        }
        for (int i = 0; i < rows; i++) {
            y[i] = i;
        }
        double[][] z = new double[rows][columns];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(values, i * columns, z[i], 0, columns);
        }
        DataSet next = new DataSetBuilder("plan").setValues(DataSet.DIM_X, x).setValues(DataSet.DIM_Y, y)
                .setValues(DataSet.DIM_Z, z).build();
        renderer.setColorGradient(Charts.colormap(colormap));
        zAxis.setName(logScale ? "log10 P" : "P");
        if (dataSet != null) {
            renderer.getDatasets().remove(dataSet);
        }
        dataSet = next;
        renderer.getDatasets().add(dataSet);
        chart.invalidate();
    }

    /** The data set on display, or null before the first update. */
    public DataSet dataSet() {
        return dataSet;
    }
}

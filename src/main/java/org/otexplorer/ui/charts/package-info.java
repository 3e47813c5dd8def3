/**
 * Chart factories of the explorer's panels, one small class per chart, built with chart-fx from plain
 * arrays (no solver types): {@link org.otexplorer.ui.charts.PlanHeatmapChart},
 * {@link org.otexplorer.ui.charts.DataScatterChart}, {@link org.otexplorer.ui.charts.SpectrumChart}.
 * Each exposes its chart node and an {@code update(...)} (the scatter chart: {@code show(...)}) for live data,
 * called on the FX thread. The source-and-target chart draws with a chart-fx renderer of its own
 * ({@link org.otexplorer.ui.charts.ScatterRenderer}): its matching lines are rasterised in bounded time
 * ({@link org.otexplorer.ui.charts.LinePicture}, plain Java, safe off the FX thread) and its colours and sizes come
 * from {@code scatter-chart.css} in this package's resources. For SVG and PDF figures it draws the same layers as
 * vector shapes ({@link org.otexplorer.ui.charts.VectorDrawable}; markers through one routine for the canvas and
 * the page, {@code MarkerSurface}). The plan's marginal strips take their theme colours from
 * {@code plan-heatmap.css}; plans side by side share one {@link org.otexplorer.ui.charts.MarginalKey}.
 * Every numeric axis of the explorer, here and in the workbenches, is a {@link org.otexplorer.ui.charts.ReadableAxis}:
 * its tick labels carry the digits their step needs ({@code TickText}, plain Java) and enough of them show to read a
 * value, at every size and in presenter mode.
 */
package org.otexplorer.ui.charts;

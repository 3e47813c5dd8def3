/**
 * Chart factories of the explorer's panels, one small class per chart, built with chart-fx from plain
 * arrays (no solver types): {@link org.otexplorer.ui.charts.PlanHeatmapChart},
 * {@link org.otexplorer.ui.charts.DataScatterChart}, {@link org.otexplorer.ui.charts.SpectrumChart}.
 * Each exposes its chart node and an {@code update(...)} for live data, called on the FX thread.
 */
package org.otexplorer.ui.charts;

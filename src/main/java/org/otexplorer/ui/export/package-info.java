/**
 * Figure rendering: any chart or panel to PNG at scale 1×–4× (exact pixel size, laid out at the target size so
 * text and lines stay crisp), and the headless FX toolkit {@code otx export} starts. What a figure shows comes
 * from the workbenches' {@code ExportFigure}s.
 */
package org.otexplorer.ui.export;

/**
 * Figure rendering: any chart or panel to PNG at scale 1×–4× (exact pixel size, laid out at the target size so
 * text and lines stay crisp, {@link org.otexplorer.ui.export.FigureStage}), animated figures frame by frame to an
 * animated GIF or numbered PNG frames ({@link org.otexplorer.ui.export.AnimationExporter},
 * {@link org.otexplorer.ui.export.AnimationTarget}), and the headless FX toolkit {@code otx export} starts. What a
 * figure shows comes from the workbenches' {@code ExportFigure}s and {@code AnimatedFigure}s.
 */
package org.otexplorer.ui.export;
